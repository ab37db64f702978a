// @vitest-environment jsdom
import type { TeamCapacity } from '@policyops/contracts';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError, api } from '../../../lib/api';
import type * as apiModule from '../../../lib/api';
import {
  button,
  click,
  errorOf,
  field,
  renderInApp,
  settle,
  typeInto,
  type Rendered,
} from '../../../test/render-in-app';
import { TeamCapacityEditor } from './TeamCapacityEditor';

vi.mock('../../../lib/api', async (importOriginal) => ({
  ...(await importOriginal<typeof apiModule>()),
  api: { get: vi.fn(), post: vi.fn(), put: vi.fn(), patch: vi.fn(), delete: vi.fn() },
}));

const year = { label: 'FY2027' };
const quarters = [1, 2, 3, 4].map((n) => ({
  key: `FY2027-Q${n}`,
  label: `FY27 Q${n}`,
  start: '2026-07-01',
  end: '2026-09-30',
}));
const stored: TeamCapacity = {
  teamId: 'team-1',
  teamName: 'Child safety',
  people: 4,
  focus: 0.5,
  overrides: [
    { period: 'FY2027-Q3', people: 2, focus: 0.4 },
    { period: 'FY2026-Q4', people: 6, focus: 0.9 },
  ],
  version: 3,
};

const put = vi.mocked(api.put);
let view: Rendered;
const ui = (team: TeamCapacity) => <TeamCapacityEditor team={team} year={year} quarters={quarters} canManage />;

beforeEach(async () => {
  put.mockReset();
  view = await renderInApp(ui(stored));
});
afterEach(async () => view.unmount());

const open = () => click(button('Edit the capacity of Child safety'));

describe('TeamCapacityEditor', () => {
  it("names the shown year's quarter overrides beside the standing capacity", () => {
    expect(document.body.textContent).toContain('4 people × 50% focus · FY27 Q3: 2 people × 40%');
    expect(document.body.textContent).not.toContain('6 people');
  });

  it('sets one quarter, clears another, and sends the version with the other years kept as stored', async () => {
    put.mockResolvedValue({ ...stored, version: 4 });
    await open();
    expect(field('People in FY27 Q3').value).toBe('2');
    expect(field('Focus % in FY27 Q3').value).toBe('40');
    await click(button('Set a capacity for FY27 Q2'));
    // A new quarter starts from the standing capacity.
    expect(field('Focus % in FY27 Q2').value).toBe('50');
    await typeInto(field('People in FY27 Q2'), '1');
    await click(button('Clear the capacity of FY27 Q3 (use the standing one)'));
    expect(document.querySelector('[aria-label="People in FY27 Q3"]')).toBeNull();
    await click(button('Save'));
    await settle();

    expect(put).toHaveBeenCalledWith('/api/roadmap/teams/team-1/capacity', {
      version: 3,
      people: 4,
      focus: 0.5,
      overrides: [
        { period: 'FY2027-Q2', people: 1, focus: 0.5 },
        { period: 'FY2026-Q4', people: 6, focus: 0.9 },
      ],
    });
    expect(document.querySelector('[aria-label="People in FY27 Q2"]')).toBeNull();
  });

  it("shows the server's validation error under the quarter's field it names", async () => {
    put.mockRejectedValue(
      new ApiError({
        status: 400,
        code: 'VALIDATION_FAILED',
        title: 'Invalid request',
        errors: [{ path: 'body.overrides.0.focus', message: 'Focus is a share from 0 to 1' }],
      }),
    );
    await open();
    await click(button('Save'));
    await settle();
    expect(errorOf(field('Focus % in FY27 Q3'))).toBe('Focus is a share from 0 to 1');
    expect(errorOf(field('People in FY27 Q3'))).toBeNull();
    expect(field('Focus %').getAttribute('aria-invalid')).not.toBe('true');
  });

  it('refuses a blank quarter field on the field, sending nothing', async () => {
    await open();
    await typeInto(field('People in FY27 Q3'), '');
    await click(button('Save'));
    await settle();
    expect(errorOf(field('People in FY27 Q3'))).toBe('Enter a number');
    expect(put).not.toHaveBeenCalled();
  });

  it('says so when someone else saved first, then starts again from the stored values and version', async () => {
    put.mockRejectedValueOnce(
      new ApiError({ status: 409, code: 'VERSION_CONFLICT', title: 'Conflict', detail: 'Changed meanwhile' }),
    );
    await open();
    await typeInto(field('People in FY27 Q3'), '3');
    await click(button('Save'));
    await settle();
    const alert = document.querySelector('[role="alert"]');
    expect(alert?.textContent).toContain('Someone else changed this capacity');
    expect(alert?.textContent).toContain('Nothing was saved');

    // The refetch brings what the other planner stored.
    const theirs = { ...stored, people: 5, overrides: [{ period: 'FY2027-Q1', people: 1, focus: 1 }], version: 4 };
    await view.rerender(ui(theirs));
    expect(field('People').value).toBe('5');
    expect(field('People in FY27 Q1').value).toBe('1');
    expect(document.querySelector('[aria-label="People in FY27 Q3"]')).toBeNull();

    put.mockResolvedValue({ ...theirs, version: 5 });
    await click(button('Save'));
    await settle();
    expect(put).toHaveBeenLastCalledWith('/api/roadmap/teams/team-1/capacity', {
      version: 4,
      people: 5,
      focus: 0.5,
      overrides: [{ period: 'FY2027-Q1', people: 1, focus: 1 }],
    });
  });
});
