// Sentences for the audit actions of working groups and their meetings.
import type { LooseBuilder } from './audit-sentences-planning.js';

export const WORKING_GROUP_SENTENCES: Record<string, LooseBuilder> = {};
