// Sentences for the audit actions of calendar feeds (feed tokens).
import type { LooseBuilder } from './audit-sentences-planning.js';

export const CALENDAR_SENTENCES: Record<string, LooseBuilder> = {};
