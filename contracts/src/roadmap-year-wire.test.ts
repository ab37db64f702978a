import { describe, expect, it } from 'vitest';
import type { RoadmapYear } from './roadmap-year.contract.js';
import { decodeRoadmapYear, encodeRoadmapYear, RoadmapYearWireSchema } from './roadmap-year-wire.js';

const id = (n: number) => `01900000-0000-7000-8000-${String(n).padStart(12, '0')}`;

const initiative = (n: number, overrides: Partial<RoadmapYear['initiatives'][number]> = {}) => ({
  id: id(n),
  title: `Initiative ${n}`,
  ownerId: id(100),
  parentId: null,
  status: 'planned' as const,
  priority: 'p2' as const,
  start: '2027-01-04',
  end: '2027-03-26',
  effortWeeks: null,
  areaIds: [],
  teamIds: [],
  progress: 0,
  progressOverridden: false,
  health: null,
  updateDue: false,
  editable: true,
  ...overrides,
});

const year: RoadmapYear = {
  year: { key: 'FY2027', label: 'FY27', start: '2027-01-01', end: '2027-12-31' },
  quarters: [1, 2, 3, 4].map((q) => ({
    key: `FY2027-Q${q}`,
    label: `FY27 Q${q}`,
    start: '2027-01-01',
    end: '2027-03-31',
  })),
  fiscalYearStartMonth: 1,
  today: '2027-02-01',
  initiatives: [
    initiative(1, { areaIds: [id(201), id(200)], teamIds: [id(300)], health: 'at_risk', effortWeeks: 6 }),
    initiative(2, { parentId: id(1), ownerId: id(101), progress: 40, progressOverridden: true, editable: false }),
    initiative(3, { parentId: id(999), status: 'in_progress', updateDue: true }),
  ],
  milestones: [
    {
      id: id(10),
      initiativeId: id(2),
      title: 'Ofcom code deadline',
      kind: 'regulatory_deadline',
      date: '2027-03-17',
      fixed: true,
      done: false,
    },
    { id: id(11), initiativeId: id(1), title: 'Draft', kind: 'internal', date: '2027-02-01', fixed: false, done: true },
  ],
  dependencies: [
    {
      id: id(20),
      fromType: 'milestone',
      fromId: id(11),
      fromInitiativeId: id(1),
      toType: 'initiative',
      toId: id(2),
      toInitiativeId: id(2),
      lagDays: 3,
    },
    {
      id: id(21),
      fromType: 'initiative',
      fromId: id(2),
      fromInitiativeId: id(2),
      toType: 'milestone',
      toId: id(10),
      toInitiativeId: id(2),
      lagDays: -2,
    },
  ],
  people: [
    { id: id(100), name: 'Amara' },
    { id: id(101), name: 'Chen' },
  ],
  areas: [
    { id: id(200), name: 'Hate speech' },
    { id: id(201), name: 'Minor safety' },
  ],
  teams: [{ id: id(300), name: 'Policy EMEA' }],
};

describe('the roadmap year in columns', () => {
  it('decodes to exactly what was encoded, links and all', () => {
    const wire = encodeRoadmapYear(year);
    expect(RoadmapYearWireSchema.safeParse(wire).success).toBe(true);
    expect(decodeRoadmapYear(wire)).toEqual(year);
  });

  it('refers by row: a milestone to its initiative, a dependency to its ends, an initiative to its owner and areas', () => {
    const wire = encodeRoadmapYear(year);
    expect(wire.milestones.initiative).toEqual([1, 0]);
    expect(wire.dependencies).toMatchObject({
      from: [0, 1],
      fromMilestone: [1, null],
      to: [1, 1],
      toMilestone: [null, 0],
    });
    expect(wire.initiatives.owner).toEqual([0, 1, 0]);
    expect(wire.initiatives.areas).toEqual([[1, 0], [], []]);
    // A parent outside the year has no row; its id is kept.
    expect(wire.initiatives.parentId).toEqual([null, id(1), id(999)]);
  });

  it('refuses a reference to something the reply does not carry', () => {
    const dangling = { ...year, milestones: [{ ...year.milestones[0]!, initiativeId: id(404) }] };
    expect(() => encodeRoadmapYear(dangling)).toThrow(/initiative .*404 is not in the reply/);
  });

  it('keeps an empty year empty', () => {
    const empty = { ...year, initiatives: [], milestones: [], dependencies: [], people: [], areas: [], teams: [] };
    expect(decodeRoadmapYear(encodeRoadmapYear(empty))).toEqual(empty);
  });
});
