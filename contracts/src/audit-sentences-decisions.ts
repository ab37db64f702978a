// Sentences for the audit actions of the decision register.
import type { LooseBuilder } from './audit-sentences-planning.js';

export const DECISION_SENTENCES: Record<string, LooseBuilder> = {};
