import { queryBuilder, type DbScope } from '../../db/scope.js';

/** Sample policies by slug, sample initiatives and change requests by title (missing ones are absent). */
export async function sampleTargets(scope: DbScope, slugs: string[], initiatives: string[], crs: string[]) {
  const db = queryBuilder(scope);
  const policies = slugs.length
    ? await db.selectFrom('policies').select(['id', 'slug']).where('slug', 'in', slugs).execute()
    : [];
  const inits = initiatives.length
    ? await db.selectFrom('initiatives').select(['id', 'title']).where('title', 'in', initiatives).execute()
    : [];
  const changes = crs.length
    ? await db.selectFrom('change_requests').select(['id', 'title']).where('title', 'in', crs).execute()
    : [];
  return {
    policies: new Map(policies.map((p) => [p.slug, p.id])),
    initiatives: new Map(inits.map((i) => [i.title, i.id])),
    changeRequests: new Map(changes.map((c) => [c.title, c.id])),
  };
}

/** Decisions linked to a meeting and actions sourced from it (earlier sample sections made them). */
export async function recordsOfMeeting(scope: DbScope, meetingId: string) {
  const db = queryBuilder(scope);
  const decisions = await db
    .selectFrom('decisions as d')
    .innerJoin('decision_links as l', 'l.decision_id', 'd.id')
    .select(['d.id', 'd.title'])
    .where('l.kind', '=', 'meeting')
    .where('l.target_id', '=', meetingId)
    .orderBy('d.number')
    .execute();
  const actions = await db
    .selectFrom('action_items')
    .select(['id', 'title', 'status'])
    .where('source_kind', '=', 'meeting')
    .where('source_id', '=', meetingId)
    .orderBy('id')
    .execute();
  return { decisions, actions };
}
