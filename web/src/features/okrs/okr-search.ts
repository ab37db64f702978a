// Loaded by the router, hence in the entry chunk: no imports of values from the contracts or from
// the rest of this feature.
import { definedOnly, textParam } from '../search/url-params';

const PERIOD_KEY = /^FY\d{4}(?:-Q[1-4])?$/;
const UUID = /^[0-9a-f-]{36}$/i;

/** The OKR pages' filters, kept in the URL so that a view can be shared. */
export interface OkrSearch {
  /** FY2027 or FY2027-Q2; absent: the current quarter. */
  period?: string;
  /** Only the caller's objectives. */
  mine?: boolean;
  teamId?: string;
}

export function validateOkrSearch(search: Record<string, unknown>): OkrSearch {
  const period = textParam(search.period, 10);
  const teamId = textParam(search.teamId, 36);
  return definedOnly({
    period: period && PERIOD_KEY.test(period) ? period : undefined,
    mine: search.mine === true || search.mine === 'true' ? true : undefined,
    teamId: teamId && UUID.test(teamId) ? teamId : undefined,
  });
}
