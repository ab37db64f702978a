import type { AuditAction } from '../audit-actions.js';
import type { Sample } from './fixtures.js';

/** One sample event per audit action of working groups and their meetings. */
export const WORKING_GROUP_SAMPLES: Partial<Record<AuditAction, Sample[]>> = {};
