// Audit actions of calendar feeds (feed tokens).
// Each action needs a payload schema here (every field with .describe()), a sentence in
// audit-sentences-calendar.ts and a sample in audit-sentence-samples/calendar.ts.
import type { z } from 'zod';

/** The audit actions of this area; audit-actions.ts adds them to the one list. */
export const CALENDAR_AUDIT_ACTIONS = [] as const;

/** The payload schema of each action (spread into AUDIT_PAYLOAD_SCHEMAS). */
export const CALENDAR_AUDIT_PAYLOAD_SCHEMAS: Record<(typeof CALENDAR_AUDIT_ACTIONS)[number], z.ZodType> = {};
