// Snapshots and ids shared by the audit sentence samples (audit-sentences.test.ts).

export const id = (n: number) => `01900000-0000-7000-8000-${String(n).padStart(12, '0')}`;
export const PRIYA = { id: id(1), name: 'Priya Raman' };
export const SAM = id(2);
export const LEE = id(3);
export const TARGET = id(10);
export const POLICY = id(11);
export const AREA = id(12);
export const T0 = '2026-03-04T10:00:00.000Z';

export const user = {
  id: TARGET,
  email: 'sam@example.com',
  name: 'Sam Lee',
  role: 'contributor',
  status: 'active',
  version: 1,
};
export const token = { id: TARGET, name: 'ci', prefix: 'po_ab', createdAt: T0, expiresAt: null, lastUsedAt: null };
export const invitation = {
  id: TARGET,
  email: 'new@example.com',
  name: null,
  role: 'viewer',
  teamIds: [],
  state: 'pending',
  invitedBy: { id: PRIYA.id, name: PRIYA.name },
  createdAt: T0,
  expiresAt: T0,
  acceptedAt: null,
};
export const team = { id: TARGET, name: 'Legal', function: 'legal', description: '', version: 1 };
export const area = { id: TARGET, name: 'Hate', parentId: null, description: '', version: 1 };
export const policy = {
  id: TARGET,
  slug: 'hate-speech',
  title: 'Hate Speech',
  areaId: AREA,
  owningTeamId: null,
  tags: [],
  restricted: false,
  retired: false,
  ownerIds: [],
  memberIds: [],
  version: 1,
};
export const version = {
  id: TARGET,
  label: '2.1',
  state: 'approved',
  effectiveDate: '2027-01-15',
  changeSummary: 'Clearer',
  bodyLength: 100,
  version: 3,
};
export const surface = { id: TARGET, name: 'Feed', position: 1, version: 1 };
export const market = {
  id: TARGET,
  code: 'DE',
  name: 'Germany',
  kind: 'country',
  parentId: null,
  position: 1,
  version: 1,
};
export const initiative = {
  id: TARGET,
  title: 'DSA readiness',
  description: '',
  ownerId: PRIYA.id,
  parentId: null,
  status: 'planned',
  priority: 'p1',
  start: '2026-01-01',
  end: '2026-06-30',
  effortWeeks: null,
  areaIds: [],
  teamIds: [],
  policyIds: [],
  cadence: 'weekly',
  cadenceWeekday: 1,
  progressOverride: null,
  version: 1,
};
export const milestone = {
  id: TARGET,
  initiativeId: id(50),
  title: 'Beta',
  kind: 'internal',
  date: '2026-03-01',
  fixed: false,
  done: false,
  version: 1,
};
export const dependency = {
  id: TARGET,
  fromType: 'initiative',
  fromId: id(50),
  toType: 'milestone',
  toId: id(51),
  lagDays: 3,
  version: 1,
};
export const objective = {
  id: TARGET,
  periodKey: 'FY2027-Q1',
  title: 'Faster appeals',
  description: '',
  ownerId: PRIYA.id,
  teamId: null,
  parentId: null,
  rollupMethod: 'average',
  includeChildren: false,
  statusOverride: null,
  version: 1,
};
export const keyResult = {
  id: TARGET,
  objectiveId: id(60),
  title: 'Median appeal time',
  type: 'decrease_to',
  unit: 'hours',
  baseline: 48,
  target: 24,
  weight: 1,
  source: { kind: 'manual' },
  version: 1,
};
export const comment = {
  id: TARGET,
  entityType: 'policy',
  entityId: POLICY,
  authorId: PRIYA.id,
  body: 'Looks good',
  mentionIds: [],
  version: 1,
};

/** One event of an action, and what its sentence says (with the target named `target` when given). */
export interface Sample {
  payload: { entityType: string; before?: unknown; after?: unknown };
  target?: string;
  actor?: typeof PRIYA | null;
  says: string;
}
