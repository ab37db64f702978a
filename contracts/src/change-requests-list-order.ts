import type { CrStage } from './change-requests-vocabulary.js';

// The change-request table's orders, in one place: the API sorts every matching CR with them (so a
// sort covers all pages, not the ones loaded), and the table's headers name the same keys.

export const CR_LIST_SORTS = ['number', 'score', 'due', 'stage'] as const;
export type CrListSort = (typeof CR_LIST_SORTS)[number];
export type CrListOrder = 'asc' | 'desc';
/** The direction a header sorts in first: newest and highest first, soonest due and earliest stage first. */
export const CR_LIST_DEFAULT_ORDER: Record<CrListSort, CrListOrder> = {
  number: 'desc',
  score: 'desc',
  due: 'asc',
  stage: 'asc',
};

export interface CrSortable {
  number: number;
  score: number | null;
  dueDate: string | null;
  stage: CrStage;
}

const compareNullable = (a: number | string | null, b: number | string | null) =>
  a === b ? 0 : a === null ? 1 : b === null ? -1 : a < b ? -1 : 1;

/**
 * A sorted copy. CRs without a score or due date go last in either direction; ties by number, newest
 * first. `stageOrder`: the workspace's stages in workflow order (unknown stages last).
 */
export function orderChangeRequests<T>(
  items: readonly T[],
  sortable: (item: T) => CrSortable,
  sort: CrListSort,
  order: CrListOrder,
  stageOrder: readonly CrStage[],
): T[] {
  const sign = order === 'asc' ? 1 : -1;
  const key = (cr: CrSortable): number | string | null => {
    if (sort === 'score') return cr.score;
    if (sort === 'due') return cr.dueDate;
    if (sort === 'stage') return stageOrder.includes(cr.stage) ? stageOrder.indexOf(cr.stage) : stageOrder.length;
    return cr.number;
  };
  return items
    .map((item) => ({ item, cr: sortable(item) }))
    .sort((x, y) => {
      const a = key(x.cr);
      const b = key(y.cr);
      if (a === null || b === null) return compareNullable(a, b) || y.cr.number - x.cr.number;
      return (a < b ? -sign : a > b ? sign : 0) || y.cr.number - x.cr.number;
    })
    .map(({ item }) => item);
}
