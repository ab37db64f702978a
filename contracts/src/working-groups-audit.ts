// Audit actions of working groups and their meetings.
// Each action needs a payload schema here (every field with .describe()), a sentence in
// audit-sentences-working-groups.ts and a sample in audit-sentence-samples/working-groups.ts.
import type { z } from 'zod';

/** The audit actions of this area; audit-actions.ts adds them to the one list. */
export const WORKING_GROUP_AUDIT_ACTIONS = [] as const;

/** The payload schema of each action (spread into AUDIT_PAYLOAD_SCHEMAS). */
export const WORKING_GROUP_AUDIT_PAYLOAD_SCHEMAS: Record<(typeof WORKING_GROUP_AUDIT_ACTIONS)[number], z.ZodType> = {};
