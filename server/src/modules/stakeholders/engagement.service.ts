import type { EngagementHistory } from '@policyops/contracts';
import type { DbScope } from '../../db/scope.js';
import { authorize, type Actor } from '../../http/actor.js';
import { notFound } from '../../http/app-error.js';
import { ENGAGEMENT_KINDS, type EngagementEntry, type EngagementSources } from './engagement-sources.js';
import type { StakeholdersService } from './stakeholders.service.js';

/** At most this many lines in one reply; the counts cover them all. */
export const ENGAGEMENT_LIMIT = 500;

/** Newest first; the same moment keeps a stable order by kind, then title. */
export function mergeEngagement(lists: readonly EngagementEntry[][]): EngagementEntry[] {
  return lists
    .flat()
    .sort((a, b) => b.at.localeCompare(a.at) || a.kind.localeCompare(b.kind) || a.title.localeCompare(b.title));
}

/** A person's engagement history, merged from every registered source (each applies the need-to-know rule). */
export class EngagementService {
  constructor(
    private readonly db: DbScope,
    private readonly directory: StakeholdersService,
    readonly sources: EngagementSources,
  ) {}

  /** Throws FORBIDDEN, NOT_FOUND. */
  async history(actor: Actor, stakeholderId: string): Promise<EngagementHistory> {
    authorize(actor, 'governance.read');
    const [summary] = (await this.directory.summaries(this.db, [stakeholderId])).values();
    if (!summary) throw notFound('The person');
    const person = { stakeholderId, userId: summary.userId };
    const lists = await Promise.all(this.sources.all().map((source) => source(this.db, actor, person)));
    const all = mergeEngagement(lists);
    const counts = Object.fromEntries(ENGAGEMENT_KINDS.map((k) => [k, 0])) as EngagementHistory['counts'];
    for (const entry of all) counts[entry.kind] += 1;
    return {
      stakeholder: summary,
      items: all.slice(0, ENGAGEMENT_LIMIT),
      counts,
      truncated: all.length > ENGAGEMENT_LIMIT,
    };
  }
}
