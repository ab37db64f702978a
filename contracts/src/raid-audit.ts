// Audit actions of the RAID log (risks, issues and blockers, assumptions, dependencies).
// Each action needs a payload schema here (every field with .describe()), a sentence in
// audit-sentences-raid.ts and a sample in audit-sentence-samples/raid.ts.
import type { z } from 'zod';

/** The audit actions of this area; audit-actions.ts adds them to the one list. */
export const RAID_AUDIT_ACTIONS = [] as const;

/** The payload schema of each action (spread into AUDIT_PAYLOAD_SCHEMAS). */
export const RAID_AUDIT_PAYLOAD_SCHEMAS: Record<(typeof RAID_AUDIT_ACTIONS)[number], z.ZodType> = {};
