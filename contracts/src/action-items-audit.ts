// Audit actions of action items.
// Each action needs a payload schema here (every field with .describe()), a sentence in
// audit-sentences-action-items.ts and a sample in audit-sentence-samples/action-items.ts.
import type { z } from 'zod';

/** The audit actions of this area; audit-actions.ts adds them to the one list. */
export const ACTION_ITEM_AUDIT_ACTIONS = [] as const;

/** The payload schema of each action (spread into AUDIT_PAYLOAD_SCHEMAS). */
export const ACTION_ITEM_AUDIT_PAYLOAD_SCHEMAS: Record<(typeof ACTION_ITEM_AUDIT_ACTIONS)[number], z.ZodType> = {};
