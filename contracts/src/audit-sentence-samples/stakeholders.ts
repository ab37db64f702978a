import type { AuditAction } from '../audit-actions.js';
import type { Sample } from './fixtures.js';

/** One sample event per audit action of the stakeholder directory (contacts, RACI, influence map). */
export const STAKEHOLDER_SAMPLES: Partial<Record<AuditAction, Sample[]>> = {};
