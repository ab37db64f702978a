import { type DbScope, queryBuilder } from '../../db/scope.js';

/** A key result as the roadmap names it: its title and objective (the figures come from the OKR module). */
export interface KeyResultRef {
  id: string;
  title: string;
  objective_id: string;
  objective_title: string;
  period_key: string;
}

function keyResultRefs(scope: DbScope) {
  return queryBuilder(scope)
    .selectFrom('key_results as k')
    .innerJoin('objectives as o', 'o.id', 'k.objective_id')
    .select(['k.id', 'k.title', 'k.objective_id', 'o.title as objective_title', 'o.period_key']);
}

/** The key results an initiative is linked to or feeds, by period then objective. */
export async function keyResultsOf(
  scope: DbScope,
  initiativeId: string,
): Promise<(KeyResultRef & { linked: boolean; fed: boolean })[]> {
  const rows = await keyResultRefs(scope)
    .leftJoin('initiative_key_results as l', (j) =>
      j.onRef('l.key_result_id', '=', 'k.id').on('l.initiative_id', '=', initiativeId),
    )
    .select(['l.initiative_id as link', 'k.source_kind', 'k.source_ref'])
    .where((eb) =>
      eb.or([
        eb('l.initiative_id', '=', initiativeId),
        eb.and([eb('k.source_kind', '=', 'initiative'), eb('k.source_ref', '=', initiativeId)]),
      ]),
    )
    .orderBy('o.period_key')
    .orderBy('o.title')
    .orderBy('k.position')
    .execute();
  return rows.map(({ link, source_kind, source_ref, ...ref }) => ({
    ...ref,
    linked: link !== null,
    fed: source_kind === 'initiative' && source_ref === initiativeId,
  }));
}

export async function linkedIds(scope: DbScope, initiativeId: string): Promise<string[]> {
  const rows = await queryBuilder(scope)
    .selectFrom('initiative_key_results')
    .select('key_result_id')
    .where('initiative_id', '=', initiativeId)
    .orderBy('key_result_id')
    .execute();
  return rows.map((r) => r.key_result_id);
}

export async function findKeyResultRefs(scope: DbScope, ids: string[]): Promise<KeyResultRef[]> {
  if (ids.length === 0) return [];
  return keyResultRefs(scope).where('k.id', 'in', ids).execute();
}

export async function replaceLinks(scope: DbScope, initiativeId: string, ids: string[], now: string): Promise<void> {
  const db = queryBuilder(scope);
  await db.deleteFrom('initiative_key_results').where('initiative_id', '=', initiativeId).execute();
  if (ids.length > 0)
    await db
      .insertInto('initiative_key_results')
      .values(ids.map((key_result_id) => ({ initiative_id: initiativeId, key_result_id, created_at: now })))
      .execute();
}

/** The initiatives linked to a key result, or feeding it, with their shown progress. */
export async function initiativesOf(scope: DbScope, keyResultId: string, fedBy: string | null) {
  return queryBuilder(scope)
    .selectFrom('initiatives as i')
    .leftJoin('initiative_key_results as l', (j) =>
      j.onRef('l.initiative_id', '=', 'i.id').on('l.key_result_id', '=', keyResultId),
    )
    .select(['i.id', 'i.title', 'i.status', 'i.derived_progress', 'i.progress_override'])
    .where((eb) => {
      const linked = eb('l.key_result_id', '=', keyResultId);
      return fedBy ? eb.or([linked, eb('i.id', '=', fedBy)]) : linked;
    })
    .orderBy('i.title')
    .orderBy('i.id')
    .execute();
}

/** Shown progress (override, else derived) and when it last changed, for the initiative feed. */
export async function progressOf(scope: DbScope, ids: string[]) {
  if (ids.length === 0) return [];
  return queryBuilder(scope)
    .selectFrom('initiatives')
    .select(['id', 'derived_progress', 'progress_override', 'updated_at'])
    .where('id', 'in', ids)
    .execute();
}

export async function keyResultSource(scope: DbScope, id: string) {
  return queryBuilder(scope)
    .selectFrom('key_results')
    .select(['id', 'source_kind', 'source_ref'])
    .where('id', '=', id)
    .executeTakeFirst();
}
