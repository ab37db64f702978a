// Sentences for the audit actions of the stakeholder directory (contacts, RACI, influence map).
import type { LooseBuilder } from './audit-sentences-planning.js';

export const STAKEHOLDER_SENTENCES: Record<string, LooseBuilder> = {};
