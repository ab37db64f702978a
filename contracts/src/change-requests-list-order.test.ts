import { describe, expect, it } from 'vitest';
import { orderChangeRequests, type CrSortable } from './change-requests-list-order.js';

const items: CrSortable[] = [
  { number: 1, score: 20, dueDate: '2027-02-01', stage: 'drafting' },
  { number: 2, score: null, dueDate: null, stage: 'intake' },
  { number: 3, score: 5, dueDate: '2027-01-01', stage: 'approval' },
];
const stages = ['intake', 'drafting', 'approval'] as const;
const numbers = (sorted: CrSortable[]) => sorted.map((c) => c.number);

describe('orderChangeRequests', () => {
  it('sorts by score and due date, unscored and undated last either way', () => {
    expect(numbers(orderChangeRequests(items, (c) => c, 'score', 'desc', stages))).toEqual([1, 3, 2]);
    expect(numbers(orderChangeRequests(items, (c) => c, 'score', 'asc', stages))).toEqual([3, 1, 2]);
    expect(numbers(orderChangeRequests(items, (c) => c, 'due', 'asc', stages))).toEqual([3, 1, 2]);
  });
  it('sorts by the workflow order of stages, and by number', () => {
    expect(numbers(orderChangeRequests(items, (c) => c, 'stage', 'asc', stages))).toEqual([2, 1, 3]);
    expect(numbers(orderChangeRequests(items, (c) => c, 'number', 'desc', stages))).toEqual([3, 2, 1]);
  });
});
