// Sentences for the audit actions of the RAID log (risks, issues and blockers, assumptions, dependencies).
import type { LooseBuilder } from './audit-sentences-planning.js';

export const RAID_SENTENCES: Record<string, LooseBuilder> = {};
