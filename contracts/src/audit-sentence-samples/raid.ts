import type { AuditAction } from '../audit-actions.js';
import type { Sample } from './fixtures.js';

/** One sample event per audit action of the RAID log (risks, issues and blockers, assumptions, dependencies). */
export const RAID_SAMPLES: Partial<Record<AuditAction, Sample[]>> = {};
