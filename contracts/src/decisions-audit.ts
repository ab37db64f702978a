// Audit actions of the decision register.
// Each action needs a payload schema here (every field with .describe()), a sentence in
// audit-sentences-decisions.ts and a sample in audit-sentence-samples/decisions.ts.
import type { z } from 'zod';

/** The audit actions of this area; audit-actions.ts adds them to the one list. */
export const DECISION_AUDIT_ACTIONS = [] as const;

/** The payload schema of each action (spread into AUDIT_PAYLOAD_SCHEMAS). */
export const DECISION_AUDIT_PAYLOAD_SCHEMAS: Record<(typeof DECISION_AUDIT_ACTIONS)[number], z.ZodType> = {};
