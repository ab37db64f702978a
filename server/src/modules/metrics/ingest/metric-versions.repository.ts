import { queryBuilder, type DbScope } from '../../../db/scope.js';
import type { VersionTimeline } from '../version-timeline.js';

/**
 * Re-resolves `metric_daily.version_id` of one policy after its versions' dates moved (a publication,
 * a historic import): per market, one UPDATE per span of days between two launches (or a retirement),
 * each setting the version the timeline puts in force on the span's first day. Runs in the caller's
 * transaction, so the rows and the library never disagree once it commits. Returns the days whose rows
 * changed (null when none did), for the caller to refresh their rollups.
 */
export async function reResolveVersions(
  trx: DbScope,
  policyId: string,
  timeline: VersionTimeline,
  marketIds: string[],
): Promise<{ from: string; to: string } | null> {
  const db = queryBuilder(trx);
  const policy = await db.selectFrom('policies').select('retired_at').where('id', '=', policyId).executeTakeFirst();
  const retired = policy?.retired_at?.slice(0, 10) ?? null;
  const present = await db
    .selectFrom('metric_daily')
    .select('market_id')
    .distinct()
    .where('policy_id', '=', policyId)
    .execute();
  const withRows = new Set(present.map((r) => r.market_id));
  const extent = await db
    .selectFrom('metric_daily')
    .select((eb) => [eb.fn.min('day').as('first'), eb.fn.max('day').as('last')])
    .where('policy_id', '=', policyId)
    .executeTakeFirst();
  let changed: { from: string; to: string } | null = null;
  for (const marketId of marketIds) {
    if (!withRows.has(marketId)) continue;
    const starts = [...new Set(timeline.launchesIn(policyId, marketId).map((l) => l.effectiveDate))];
    if (retired) starts.push(retired);
    const bounds = [...new Set(starts)].sort();
    // Before the first boundary nothing is in force; from each boundary, what the timeline says.
    const spans: { from: string | null; to: string | null }[] = [{ from: null, to: bounds[0] ?? null }];
    bounds.forEach((from, i) => spans.push({ from, to: bounds[i + 1] ?? null }));
    for (const span of spans) {
      const versionId = span.from ? timeline.versionOn(policyId, marketId, span.from) : null;
      let update = db
        .updateTable('metric_daily')
        .set({ version_id: versionId })
        .where('policy_id', '=', policyId)
        .where('market_id', '=', marketId);
      if (span.from) update = update.where('day', '>=', span.from);
      if (span.to) update = update.where('day', '<', span.to);
      // Rows already right are left alone (no write, no WAL for them).
      update = update.where((eb) =>
        versionId === null
          ? eb('version_id', 'is not', null)
          : eb.or([eb('version_id', 'is', null), eb('version_id', '!=', versionId)]),
      );
      const [result] = await update.execute();
      if (!result || result.numUpdatedRows === 0n) continue;
      const from = span.from ?? String(extent?.first);
      const to = span.to ?? String(extent?.last);
      changed = widen(changed, { from, to });
    }
  }
  return changed;
}

function widen(span: { from: string; to: string } | null, add: { from: string; to: string }) {
  if (!span) return add;
  return { from: add.from < span.from ? add.from : span.from, to: add.to > span.to ? add.to : span.to };
}
