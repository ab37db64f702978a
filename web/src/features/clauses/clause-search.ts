// Loaded by the router, hence in the entry chunk: no imports of values from the contracts
// or from the rest of this feature.

/** `?clause=<anchorId or number>` of the policy and version pages: the clause whose history is open. */
export interface ClauseSearch {
  clause?: string;
}

/** A clause number (3.2), a section number (3) or an anchor id (c-AbC123xY), as the API accepts them. */
export const CLAUSE_REF = /^(\d{1,3}(\.\d{1,3})?|[sc]-[A-Za-z0-9_-]{8})$/;

/** An anchor id alone: what a shared link carries, whatever the numbering of the day. */
export const ANCHOR_ID = /^[sc]-[A-Za-z0-9_-]{8}$/;

/**
 * Keeps `?clause=` when it is an anchor id or a clause number. A number (typed into a link, "§3.2")
 * is read in the version on screen, and the page then replaces it with that clause's anchor id.
 */
export function validateClauseSearch(search: Record<string, unknown>): ClauseSearch {
  return typeof search.clause === 'string' && CLAUSE_REF.test(search.clause) ? { clause: search.clause } : {};
}
