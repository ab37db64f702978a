import type { ChangeRequestEventsTable } from '../../db/change-requests-schema.js';
import { type DbScope, queryBuilder } from '../../db/scope.js';

/** A CR's events, newest first (ids are time-ordered, so they break ties of the same instant). */
export async function eventsOf(scope: DbScope, changeRequestId: string): Promise<ChangeRequestEventsTable[]> {
  return queryBuilder(scope)
    .selectFrom('change_request_events')
    .selectAll()
    .where('change_request_id', '=', changeRequestId)
    .orderBy('at', 'desc')
    .orderBy('id', 'desc')
    .execute();
}
