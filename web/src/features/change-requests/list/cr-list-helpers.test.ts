import type { ChangeRequest, CrSettings } from '@policyops/contracts';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../lib/api';
import {
  boardStages,
  filtersOf,
  isViewActive,
  moveNeedsReason,
  refusalOf,
  searchOfView,
  viewQueryOf,
} from './cr-list-helpers';

const cr = (number: number, patch: Partial<ChangeRequest> = {}): ChangeRequest =>
  ({
    number,
    stage: 'intake',
    dueDate: null,
    score: { value: null, formula: '', worked: '' },
    moves: [],
    ...patch,
  }) as unknown as ChangeRequest;

describe('saved view queries', () => {
  it('stores filters and order but not the tab, and opens on the table', () => {
    const search = { tab: 'board', stage: 'drafting', lane: 'fast', sort: 'score', order: 'desc' } as const;
    expect(viewQueryOf(search)).toEqual({ stage: 'drafting', lane: 'fast', sort: 'score', order: 'desc' });
    expect(filtersOf(search)).toEqual({ stage: 'drafting', lane: 'fast' });
    expect(searchOfView({ stage: 'drafting', lane: 'slow', junk: 'x' })).toEqual({ stage: 'drafting', tab: 'table' });
    expect(isViewActive({ tab: 'table', stage: 'drafting' }, { stage: 'drafting' })).toBe(true);
    expect(isViewActive({ tab: 'table', stage: 'drafting', q: 'x' }, { stage: 'drafting' })).toBe(false);
  });
});

describe('moves', () => {
  it('asks a reason for exits and where the API says one is missing', () => {
    const blockers = { fields: [], signOffs: [], orderViolations: [], reasonMissing: true, message: '' };
    const c = cr(1, {
      stage: 'approval',
      moves: [
        { to: 'drafting', allowed: false, blockers },
        { to: 'enablement', allowed: true, blockers: null },
      ] as unknown as ChangeRequest['moves'],
    });
    expect(moveNeedsReason(c, 'rejected')).toBe(true);
    expect(moveNeedsReason(c, 'drafting')).toBe(true);
    expect(moveNeedsReason(c, 'enablement')).toBe(false);
  });

  it('explains a refusal with the detail and one line per blocker', () => {
    const error = new ApiError({
      status: 409,
      code: 'CR_REQUIREMENTS_MISSING',
      title: 'Requirements missing',
      detail: 'CR-3 cannot leave Scoping: it needs a problem statement',
      errors: [{ path: 'requirements.fields.problemStatement', message: 'Problem statement is required' }],
    });
    expect(refusalOf(error)).toEqual({
      title: 'CR-3 cannot leave Scoping: it needs a problem statement',
      lines: ['Problem statement is required'],
    });
    expect(refusalOf(new ApiError({ status: 409, code: 'VERSION_CONFLICT', title: 'Stale' })).title).toContain(
      'changed',
    );
  });
});

describe('board stages', () => {
  it('follows the workspace path and ends with the exits', () => {
    const settings = { workflow: { stages: [{ key: 'intake' }, { key: 'drafting' }, { key: 'closed' }] } };
    expect(boardStages(settings as unknown as CrSettings)).toEqual([
      'intake',
      'drafting',
      'closed',
      'rejected',
      'withdrawn',
    ]);
  });
});
