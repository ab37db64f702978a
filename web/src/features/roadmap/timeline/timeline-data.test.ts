import type { RoadmapYear, RoadmapYearInitiative } from '@policyops/contracts';
import { describe, expect, it } from 'vitest';
import { warningsOf } from './RescheduleDialog';
import { rowsOf, yearCsv } from './timeline-data';
import { monthsOf, scaleOf } from './timeline-scale';

const id = (n: number) => `0190000${n}-0000-7000-8000-000000000000`;
const initiative = (n: number, patch: Partial<RoadmapYearInitiative>): RoadmapYearInitiative => ({
  id: id(n),
  title: `I${n}`,
  ownerId: id(9),
  parentId: null,
  status: 'planned',
  priority: 'p2',
  start: '2027-01-01',
  end: '2027-01-31',
  effortWeeks: null,
  areaIds: [],
  teamIds: [],
  progress: 0,
  progressOverridden: false,
  health: null,
  updateDue: false,
  editable: true,
  ...patch,
});

const year: RoadmapYear = {
  year: { key: 'FY2027', label: 'FY27', start: '2027-01-01', end: '2027-12-31' },
  quarters: [],
  fiscalYearStartMonth: 1,
  today: '2027-02-01',
  initiatives: [
    initiative(1, { title: '=Later', start: '2027-03-01', areaIds: [id(7), id(8)] }),
    initiative(2, { title: 'Early, "quoted"', areaIds: [id(8)], progress: 40, status: 'in_progress' }),
    initiative(3, { title: 'Nowhere' }),
  ],
  milestones: [
    {
      id: id(5),
      initiativeId: id(1),
      title: 'DSA report due',
      kind: 'regulatory_deadline',
      date: '2027-03-10',
      fixed: true,
      done: false,
    },
  ],
  dependencies: [],
  people: [{ id: id(9), name: 'Ana' }],
  areas: [
    { id: id(7), name: 'Child safety' },
    { id: id(8), name: 'Elections' },
  ],
  teams: [],
};

describe('the timeline rows', () => {
  it('puts each initiative once, in the lane of its first area by name, lanes in name order', () => {
    const rows = rowsOf(year, 'area').map((r) => (r.type === 'lane' ? `# ${r.label} ${r.count}` : r.initiative.title));
    expect(rows).toEqual([
      '# Child safety 1',
      '=Later',
      '# Elections 1',
      'Early, "quoted"',
      '# No policy area 1',
      'Nowhere',
    ]);
    expect(rowsOf(year, 'none').map((r) => r.key)).toEqual([id(2), id(3), id(1)]);
  });

  it('exports CSV with names, quoting and defused formulas', () => {
    const [header, first, second] = yearCsv(year).split('\r\n');
    expect(header).toMatch(/^Title,Owner,Status,Health,Priority,Start,End/);
    expect(first).toBe(`"'=Later",Ana,Planned,,P2,2027-03-01,2027-01-31,0,,Child safety; Elections,,1,no`);
    expect(second).toContain('"Early, ""quoted""",Ana,In progress');
  });

  it('scales days and months', () => {
    const scale = scaleOf('2027-01-01', '2027-12-31', 365);
    expect(scale.x('2027-02-01')).toBe(31);
    expect(monthsOf('2026-11-01', '2027-02-28').map((m) => `${m.label} ${m.end}`)).toEqual([
      'Nov 2026-11-30',
      'Dec 2026-12-31',
      'Jan 2027-01-31',
      'Feb 2027-02-28',
    ]);
  });

  it('words the warnings of a move', () => {
    const { summary, count } = warningsOf(year, 'Early', {
      brokenDependencies: [
        { dependencyId: null, predecessorId: id(2), successorId: id(1), lagDays: 0, shortByDays: 3, introduced: true },
      ],
      lateFixedMilestones: [
        {
          milestoneId: id(5),
          fixedDate: '2027-03-10',
          earliestDate: '2027-03-15',
          daysLate: 5,
          drivenBy: [],
          daysLateBefore: 0,
        },
      ],
      resolvedFixedMilestones: [],
      milestonesOutsideInitiative: [],
      finishBefore: null,
      finishAfter: null,
      finishDeltaDays: null,
    });
    expect(count).toBe(2);
    expect(summary).toBe(
      'Moving “Early” breaks 1 dependency: “Early, "quoted"” → “=Later” (3 days short); makes fixed milestone “DSA report due” 5 days late.',
    );
  });
});
