import { v7 as uuidv7 } from 'uuid';
import { loadConfig } from '../server/src/config/config.js';
import { openDatabase } from '../server/src/db/database.js';
import { dayNumber, isoDate } from '../server/src/modules/roadmap/day-number.js';
import { mulberry32 } from './seed-library.js';

/**
 * The roadmap at benchmark scale, written straight into the embedded database in one transaction
 * (after seedBenchDatabase and seedLibrary, whose people, teams and areas it uses): 20k initiatives
 * over ten fiscal years (FY2022–FY2031, January start), five milestones each (one in ten an external,
 * fixed date), 50k finish-to-start dependencies that point forward in time (mostly within a year, some
 * into the next), so the graph is acyclic like a real plan. Derived figures (progress, milestone
 * counts, update due) are written as the service would have left them.
 */
export const ROADMAP_YEARS = Array.from({ length: 10 }, (_, i) => 2022 + i);
export const BENCH_YEAR = 'FY2027';

const STATUSES = ['proposed', 'planned', 'planned', 'in_progress', 'in_progress', 'paused', 'done', 'cancelled'];
const KINDS = ['regulatory_deadline', 'transparency_report', 'product_launch'];
const TOPICS = [
  'AI-generated content labelling',
  'DSA statement-of-reasons alignment',
  'Minor safety age-assurance guidance',
  'Hate speech enforcement calibration',
  'Election integrity readiness',
  'Violent extremism hash-sharing',
  'Self-harm recovery content review',
  'Scam and fraud escalation paths',
  'Appeals quality programme',
  'Transparency report automation',
];

export async function seedRoadmap(
  file: string,
  sizes = { initiatives: 20_000, milestones: 100_000, dependencies: 50_000 },
): Promise<{ initiatives: number; milestones: number; dependencies: number }> {
  const config = loadConfig({ DATABASE_URL: `file:${file}`, SESSION_SECRET: 'b'.repeat(40) });
  const { db, close } = openDatabase(config.database);
  const random = mulberry32(2027);
  const int = (n: number) => Math.floor(random() * n);
  const now = new Date().toISOString();
  const owners = (await db.selectFrom('users').select('id').limit(400).execute()).map((u) => u.id);
  const teams = (await db.selectFrom('teams').select('id').execute()).map((t) => t.id);
  const areas = (await db.selectFrom('policy_areas').select('id').execute()).map((a) => a.id);
  const perYear = Math.ceil(sizes.initiatives / ROADMAP_YEARS.length);
  const perInitiative = Math.max(1, Math.round(sizes.milestones / sizes.initiatives));

  const initiatives: Record<string, unknown>[] = [];
  const links: { areas: Record<string, string>[]; teams: Record<string, string>[] } = { areas: [], teams: [] };
  const milestones: Record<string, unknown>[] = [];
  const ids: string[] = [];
  const spans: { start: number; end: number }[] = [];
  const milestoneIds: string[][] = [];
  for (let i = 0; i < sizes.initiatives; i++) {
    const year = ROADMAP_YEARS[Math.min(ROADMAP_YEARS.length - 1, Math.floor(i / perYear))]!;
    const yearStart = dayNumber(`${year}-01-01`);
    const within = i % perYear;
    // Later-numbered initiatives of a year start later, so dependencies run forward through it.
    const start = yearStart + Math.min(330, Math.floor((within / perYear) * 300) + int(30));
    const end = Math.min(yearStart + 364 + 60, start + 20 + int(100));
    const id = uuidv7();
    ids.push(id);
    spans.push({ start, end });
    const status = STATUSES[int(STATUSES.length)]!;
    const done = status === 'done' ? perInitiative : status === 'in_progress' ? int(perInitiative) : 0;
    initiatives.push({
      id,
      title: `${TOPICS[i % TOPICS.length]} — FY${String(year).slice(2)} workstream ${within}`,
      description: '',
      owner_id: owners[int(owners.length)]!,
      parent_id: null,
      status,
      priority: int(4),
      effort_weeks: 2 + int(20),
      start_date: isoDate(start),
      end_date: isoDate(end),
      cadence: 'weekly',
      cadence_weekday: 1 + int(5),
      cadence_anchor: isoDate(start),
      last_update_on: null,
      last_health: ['on_track', 'at_risk', 'off_track', null][int(4)] ?? null,
      next_update_due_on: isoDate(start + 7),
      derived_progress: (done / perInitiative) * 100,
      progress_source: 'milestones',
      progress_basis: `${done} of ${perInitiative} milestones done`,
      milestone_count: perInitiative,
      milestones_done: done,
      progress_override: null,
      progress_override_reason: null,
      progress_override_by: null,
      progress_override_at: null,
      created_by: null,
      version: 1,
      created_at: now,
      updated_at: now,
    });
    if (areas.length) links.areas.push({ initiative_id: id, area_id: areas[i % areas.length]! });
    if (teams.length) links.teams.push({ initiative_id: id, team_id: teams[int(teams.length)]! });
    const own: string[] = [];
    for (let m = 0; m < perInitiative && milestones.length < sizes.milestones; m++) {
      const fixed = int(10) === 0;
      const mid = uuidv7();
      own.push(mid);
      milestones.push({
        id: mid,
        initiative_id: id,
        title: fixed ? 'External date' : `Checkpoint ${m + 1}`,
        kind: fixed ? KINDS[int(KINDS.length)]! : 'internal',
        date: isoDate(start + Math.floor(((m + 1) / perInitiative) * (end - start))),
        fixed: fixed ? 1 : 0,
        done_on: m < done ? isoDate(start + m) : null,
        version: 1,
        created_at: now,
        updated_at: now,
      });
    }
    milestoneIds.push(own);
  }

  const dependencies: Record<string, unknown>[] = [];
  const seen = new Set<string>();
  while (dependencies.length < sizes.dependencies) {
    const from = int(sizes.initiatives - 1);
    // Mostly to a later initiative of the same year; one in ten reaches into the next year.
    const to = Math.min(sizes.initiatives - 1, from + 1 + (int(10) === 0 ? perYear - int(100) : int(150)));
    const key = `${from}>${to}`;
    if (to <= from || seen.has(key)) continue;
    seen.add(key);
    const fromMilestone = int(4) === 0 ? milestoneIds[from]![int(milestoneIds[from]!.length)]! : null;
    dependencies.push({
      id: uuidv7(),
      from_initiative_id: ids[from]!,
      from_milestone_id: fromMilestone,
      to_initiative_id: ids[to]!,
      to_milestone_id: null,
      lag_days: int(3) === 0 ? int(10) : 0,
      created_by: null,
      version: 1,
      created_at: now,
      updated_at: now,
    });
  }

  const chunk = async (table: string, rows: Record<string, unknown>[], size: number, trx: typeof db) => {
    for (let i = 0; i < rows.length; i += size)
      await trx
        .insertInto(table as 'initiatives')
        .values(rows.slice(i, i + size) as never)
        .execute();
  };
  // SQLite allows 32766 bound values per statement: chunk by columns.
  await db.transaction().execute(async (trx) => {
    await chunk('initiatives', initiatives, 1000, trx);
    await chunk('initiative_areas', links.areas, 5000, trx);
    await chunk('initiative_teams', links.teams, 5000, trx);
    await chunk('initiative_milestones', milestones, 2500, trx);
    await chunk('initiative_dependencies', dependencies, 2500, trx);
  });
  await close();
  return { initiatives: initiatives.length, milestones: milestones.length, dependencies: dependencies.length };
}
