// Sentences for the audit actions of action items.
import type { LooseBuilder } from './audit-sentences-planning.js';

export const ACTION_ITEM_SENTENCES: Record<string, LooseBuilder> = {};
