// Audit actions of the stakeholder directory (contacts, RACI, influence map).
// Each action needs a payload schema here (every field with .describe()), a sentence in
// audit-sentences-stakeholders.ts and a sample in audit-sentence-samples/stakeholders.ts.
import type { z } from 'zod';

/** The audit actions of this area; audit-actions.ts adds them to the one list. */
export const STAKEHOLDER_AUDIT_ACTIONS = [] as const;

/** The payload schema of each action (spread into AUDIT_PAYLOAD_SCHEMAS). */
export const STAKEHOLDER_AUDIT_PAYLOAD_SCHEMAS: Record<(typeof STAKEHOLDER_AUDIT_ACTIONS)[number], z.ZodType> = {};
