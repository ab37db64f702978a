import type { InitiativeListQuery } from '@policyops/contracts';

/** The list's filters as the API takes them (the page and its size are the hook's business). */
export type InitiativeFilters = Partial<Omit<InitiativeListQuery, 'cursor' | 'limit' | 'status'>> & {
  status?: string;
};

/**
 * Query keys of the roadmap. A change to an initiative moves lists, its page, its parent's progress
 * and the year view, so every change refetches everything under ['roadmap'].
 */
export const roadmapKeys = {
  all: ['roadmap'] as const,
  settings: ['roadmap', 'settings'] as const,
  list: (filters: InitiativeFilters) => ['roadmap', 'initiatives', filters] as const,
  detail: (id: string) => ['roadmap', 'initiative', id] as const,
  updates: (id: string) => ['roadmap', 'updates', id] as const,
  options: (q: string) => ['roadmap', 'options', q] as const,
};

export const INITIATIVE_PAGE_SIZE = 50;
