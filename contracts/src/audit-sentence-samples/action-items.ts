import type { AuditAction } from '../audit-actions.js';
import type { Sample } from './fixtures.js';

/** One sample event per audit action of action items. */
export const ACTION_ITEM_SAMPLES: Partial<Record<AuditAction, Sample[]>> = {};
