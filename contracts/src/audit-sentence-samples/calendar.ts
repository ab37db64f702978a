import type { AuditAction } from '../audit-actions.js';
import type { Sample } from './fixtures.js';

/** One sample event per audit action of calendar feeds (feed tokens). */
export const CALENDAR_SAMPLES: Partial<Record<AuditAction, Sample[]>> = {};
