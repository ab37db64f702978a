import type { OkrBoardQuery } from '@policyops/contracts';

/** Query keys of the OKR feature: a change to any objective invalidates all of them (roll-up crosses objectives). */
export const okrKeys = {
  all: ['okrs'] as const,
  periods: ['okrs', 'periods'] as const,
  board: (query: OkrBoardQuery) =>
    ['okrs', 'board', query.period ?? 'current', query.mine ?? false, query.teamId ?? ''] as const,
  objective: (id: string) => ['okrs', 'objective', id] as const,
};
