import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useLocation, useNavigate } from '@tanstack/react-router';
import type { ClauseHistory, VersionOutline } from '@policyops/contracts';
import { useCallback } from 'react';
import { api, seg } from '../../lib/api';
import { CLAUSE_REF } from './clause-search';

/**
 * Query keys, under ['policies'] so that every policy change (which refetches everything there)
 * refreshes outlines and clause histories too.
 */
export const clauseKeys = {
  outline: (ref: string, versionId: string) => ['policies', 'outline', ref, versionId] as const,
  history: (ref: string, clause: string, inVersion: string | undefined) =>
    ['policies', 'clause', ref, clause, inVersion ?? ''] as const,
};

const historyPath = (ref: string, clause: string) => `/api/policies/${seg(ref)}/clauses/${seg(clause)}`;

/** Numbered sections and clauses of one version, with their stable anchor ids. */
export function useVersionOutline(ref: string, versionId: string) {
  return useQuery({
    queryKey: clauseKeys.outline(ref, versionId),
    queryFn: ({ signal }) =>
      api.get<VersionOutline>(`/api/policies/${seg(ref)}/versions/${seg(versionId)}/outline`, undefined, signal),
    staleTime: 60_000,
  });
}

/** A clause (anchor id or number) followed through every version; cited in `inVersion`'s numbering. */
export function useClauseHistory(ref: string, clause: string | null, inVersion: string | undefined) {
  return useQuery({
    queryKey: clauseKeys.history(ref, clause ?? '', inVersion),
    queryFn: ({ signal }) => api.get<ClauseHistory>(historyPath(ref, clause ?? ''), { in: inVersion }, signal),
    enabled: Boolean(clause),
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
}

/**
 * Resolves what the user typed ("3.2" in `inVersion`'s numbering, or an anchor id) to its
 * history, and keeps it under the anchor id so the drawer opens without a second request.
 * Fails with the API's 400 (malformed) or 404 (no such clause).
 */
export function useResolveClause(ref: string, inVersion: string | undefined) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (clause: string) => api.get<ClauseHistory>(historyPath(ref, clause), { in: inVersion }),
    onSuccess: (history) => queryClient.setQueryData(clauseKeys.history(ref, history.anchorId, inVersion), history),
  });
}

/**
 * The open clause, kept in the page's `?clause=` so that a link opens it; and a way to change it.
 * Read from the query string as written: the router reads `?clause=3.10` as the number 3.1.
 */
export function useClauseParam(): [string | null, (anchorId: string | null) => void] {
  const searchStr = useLocation({ select: (location) => location.searchStr });
  const written = new URLSearchParams(searchStr).get('clause');
  const clause = written !== null && CLAUSE_REF.test(written) ? written : null;
  const navigate = useNavigate();
  const setClause = useCallback(
    (anchorId: string | null) =>
      void navigate({
        to: '.',
        search: (prev: Record<string, unknown>) => ({ ...prev, clause: anchorId ?? undefined }),
        replace: true,
        resetScroll: false,
      }),
    [navigate],
  );
  return [clause, setClause];
}
