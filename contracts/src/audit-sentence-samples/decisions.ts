import type { AuditAction } from '../audit-actions.js';
import type { Sample } from './fixtures.js';

/** One sample event per audit action of the decision register. */
export const DECISION_SAMPLES: Partial<Record<AuditAction, Sample[]>> = {};
