import { decisionKey, type DecisionSearchTarget } from '@policyops/contracts';
import type { DbScope } from '../../db/scope.js';
import type { Actor } from '../../http/actor.js';
import { viewerOf } from '../policies/policy-access.js';
import { optionsOf } from './decision-views.js';
import * as repo from './decisions.repository.js';
import type { DecisionRow } from './decisions.repository.js';

/** A record for the search index: its title and the text its words are found in. */
export interface RecordSearchDocument {
  kind: 'decision';
  entityId: string;
  title: string;
  body: string;
}

/** What the register needs of the search service (SearchService.indexRecord). */
export interface DecisionSearchIndex {
  indexRecord(trx: DbScope, doc: RecordSearchDocument): Promise<void>;
}

/** The words a decision is found by: its key and title, context, options, decision and rationale. */
export function searchDocumentOf(row: DecisionRow): RecordSearchDocument {
  const options = optionsOf(row).map((o) => [o.title, ...o.pros, ...o.cons].join('\n'));
  return {
    kind: 'decision',
    entityId: row.id,
    title: `${decisionKey(row.number)} ${row.title}`,
    body: [row.context, row.decision, row.rationale, ...options].filter((t) => t !== '').join('\n\n'),
  };
}

/** Search's question to the register: of these matched decisions, the ones this caller may see, as hits show them. */
export async function visibleSearchTargets(
  db: DbScope,
  actor: Actor,
  ids: string[],
): Promise<Map<string, DecisionSearchTarget & { text: string }>> {
  const rows = await repo.visibleByIds(db, viewerOf(actor), ids);
  return new Map(
    rows.map((r) => [
      r.id,
      {
        id: r.id,
        key: decisionKey(r.number),
        title: r.title,
        status: r.status as DecisionSearchTarget['status'],
        partlySuperseded: r.partly_superseded === 1,
        revisitDue: r.revisit_due_since !== null,
        decisionDate: r.decision_date,
        text: searchDocumentOf(r).body,
      },
    ]),
  );
}
