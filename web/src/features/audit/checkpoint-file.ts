import { saveFile } from '../../lib/save-file';
import type { AuditCheckpoint } from '@policyops/contracts';

/** The name the server suggests too (Content-Disposition): `policyops-audit-checkpoint-<seq>.json`. */
export function checkpointFileName(checkpoint: Pick<AuditCheckpoint, 'seq'>): string {
  return `policyops-audit-checkpoint-${checkpoint.seq}.json`;
}

/**
 * Hands a JSON value to the browser to save as a file. The checkpoint's signature covers its
 * fields, not their layout, so pretty-printing it for a human reader is safe.
 */
export function saveJsonFile(value: unknown, fileName: string): void {
  const blob = new Blob([`${JSON.stringify(value, null, 2)}\n`], { type: 'application/json' });
  saveFile(blob, fileName);
}
