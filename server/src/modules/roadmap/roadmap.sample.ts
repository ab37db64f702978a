import { fiscalYearOf, type InitiativeHealth, type Role } from '@policyops/contracts';
import type { Actor } from '../../http/actor.js';
import type { DbScope } from '../../db/scope.js';
import { addDays, daysBetween, type Clock } from '../../platform/clock.js';
import type { AuditService } from '../audit/audit.service.js';
import { CollaborationEntities } from '../collaboration/collaboration-entities.js';
import type { CollaborationService } from '../collaboration/collaboration.service.js';
import { createOkrServices, type OkrServices } from '../okrs/okrs.module.js';
import { loadSampleOkrs, type SampleOkrs } from '../okrs/okrs.sample.js';
import type { PolicyAreasService } from '../policies/policy-areas.service.js';
import type { TeamsService } from '../teams/teams.service.js';
import type { UsersService } from '../users/users.service.js';
import type { SampleContext, SampleSection } from '../workspace/sample-section.js';
import { RoadmapBaselinesService } from './baselines.service.js';
import { createRoadmapServices, type RoadmapServices } from './roadmap.module.js';
import {
  SAMPLE_DEPENDENCIES,
  SAMPLE_INITIATIVES,
  SAMPLE_NARRATIVES,
  type SampleInitiative,
} from './roadmap.sample.data.js';
import { insertSampleDependencies, insertSampleMilestones, type SampleWriter } from './roadmap.sample.bulk.js';
import {
  insertSupersededUpdates,
  updateSampleInitiative,
  updateSampleMilestone,
  type SampleInitiativeRef,
} from './roadmap.sample.replay.js';

/** A clock the sample moves through the year, so every record carries the day it would have happened. */
export class SampleClock implements Clock {
  constructor(public day: string) {}
  now(): Date {
    return new Date(`${this.day}T09:00:00.000Z`);
  }
  today(): string {
    return this.day;
  }
}

export interface PlanningSampleDeps {
  clock: Clock;
  users: UsersService;
  teams: TeamsService;
  audit: AuditService;
  collaboration: CollaborationService;
  areas: PolicyAreasService;
}

interface PlannedInitiative extends SampleInitiativeRef {
  spec: SampleInitiative;
  milestones: { id: string; version: number; at: number; title: string }[];
}

/** What the two sections share while one load runs. */
interface Plan {
  clock: SampleClock;
  today: string;
  fyStart: string;
  yearKey: string;
  roadmap: RoadmapServices;
  okrs: OkrServices;
  baselines: RoadmapBaselinesService;
  writer: SampleWriter;
  actor(key: string): Actor;
  initiatives: Map<string, PlannedInitiative>;
}

const ROLES: Record<string, Role> = { amara: 'program_manager', lucas: 'program_manager' };
/** Weeks of health updates before the day loaded. */
const UPDATE_WEEKS = 6;

/**
 * Services bound to the load's transaction and the sample clock, and the writer for what the sample
 * writes in bulk (roadmap.sample.bulk.ts, roadmap.sample.replay.ts): every record gets its audit event and activity.
 */
async function planOf(deps: PlanningSampleDeps, ctx: SampleContext): Promise<Plan> {
  const today = deps.clock.today();
  const clock = new SampleClock(today);
  const base = { db: ctx.trx as DbScope, clock, users: deps.users, teams: deps.teams, audit: deps.audit };
  const shared = { ...base, collaboration: deps.collaboration, entities: new CollaborationEntities() };
  const okrs = createOkrServices(shared);
  const roadmap = createRoadmapServices({ ...shared, entities: new CollaborationEntities(), okrs });
  const fy = fiscalYearOf(today, await roadmap.settings.startMonth());
  clock.day = addDays(fy.start, -14);
  const actor = (key: string): Actor => ({
    id: ctx.people.get(key)!,
    name: key,
    email: '',
    role: ROLES[key] ?? 'policy_owner',
    version: 1,
    sessionId: null,
    sessionExpiresAt: null,
    tokenId: null,
    requestId: ctx.cause.requestId ?? 'sample-workspace',
  });
  return {
    clock,
    today,
    fyStart: fy.start,
    yearKey: `FY${fy.year}`,
    roadmap,
    okrs,
    baselines: new RoadmapBaselinesService(ctx.trx, roadmap.settings, deps.audit, clock),
    writer: { trx: ctx.trx, clock, audit: deps.audit, collaboration: deps.collaboration },
    actor,
    initiatives: new Map(),
  };
}

/**
 * The roadmap and OKRs of the sample workspace (issue 9, item 11), in two sections that share one
 * plan: "Roadmap" lays out the fiscal year as planned two weeks before it began (25 initiatives over
 * the eight policy areas, milestones with fixed external dates, and a critical path: the minor-safety
 * chain from age assurance to Ofcom's children's codes deadline, planned with no float); "OKRs" sets
 * the year's objectives and key results (some fed by initiatives), saves the baseline "FY plan as
 * approved", then replays the year up to the day loaded: work starts, milestones are done, three
 * initiatives slip (the grooming-signal review by a week, which puts the Ofcom deadline at risk by as
 * much; the other two have the float to absorb theirs), owners post weekly health updates (one stops
 * three weeks ago: "update due"), key results get fortnightly check-ins and the last quarter is closed
 * with scores.
 */
export function planningSamples(deps: PlanningSampleDeps): SampleSection[] {
  let plan: Plan | null = null;
  return [
    {
      name: 'Roadmap',
      async load(ctx) {
        plan = await planOf(deps, ctx);
        return layOut(plan, ctx, deps);
      },
    },
    {
      name: 'OKRs',
      async load(ctx) {
        if (!plan) throw new Error('The OKR sample needs the roadmap sample first');
        const p = plan;
        plan = null;
        const okrs = await loadSampleOkrs({
          ...p,
          teams: ctx.teams,
          initiativeId: (k) => p.initiatives.get(k)!.id,
          linked: (k, version) => void (p.initiatives.get(k)!.version = version),
          writer: p.writer,
        });
        const baselines = await saveBaseline(p);
        const events = await replayYear(p, okrs);
        p.clock.day = p.today;
        const closed = await okrs.closeLastQuarter();
        return { ...okrs.counts, baselines, ...events, closedQuarters: closed };
      },
    },
  ];
}

async function layOut(p: Plan, ctx: SampleContext, deps: PlanningSampleDeps): Promise<Record<string, number>> {
  const pm = p.actor('amara');
  const at = (offset: number) => addDays(p.fyStart, offset);
  const areaIds = new Map<string, string | null>();
  const milestones: Parameters<typeof insertSampleMilestones>[2] = [];
  for (const spec of SAMPLE_INITIATIVES) {
    if (!areaIds.has(spec.area)) areaIds.set(spec.area, (await deps.areas.findByName(ctx.trx, spec.area))?.id ?? null);
    const areaId = areaIds.get(spec.area);
    const links = {
      areaIds: areaId ? [areaId] : [],
      teamIds: spec.teams.map((t) => ctx.teams.get(t)).filter((teamId): teamId is string => !!teamId),
      policyIds: [],
    };
    // In the load's transaction, without the detail read-back create() makes; a new initiative is at version 1.
    const id = await p.roadmap.initiatives.createInTransaction(ctx.trx, pm, {
      title: spec.title,
      description: spec.description,
      ownerId: ctx.people.get(spec.owner)!,
      parentId: null,
      status: 'planned',
      priority: spec.priority,
      effortWeeks: spec.effortWeeks,
      start: at(spec.start),
      end: at(spec.end),
      ...links,
      cadence: 'weekly',
      cadenceWeekday: 5,
    });
    p.initiatives.set(spec.key, { spec, id, version: 1, links, milestones: [] });
    for (const m of spec.milestones)
      milestones.push({
        initiativeId: id,
        initiative: { title: spec.title, start: at(spec.start), end: at(spec.end) },
        title: m.title,
        date: at(m.at),
        kind: m.kind ?? 'internal',
      });
  }
  const rows = await insertSampleMilestones(p.writer, pm, milestones);
  const byInitiative = new Map([...p.initiatives.values()].map((i) => [i.id, i]));
  for (const [index, row] of rows.entries()) {
    const m = milestones[index]!;
    const offset = daysBetween(p.fyStart, m.date);
    byInitiative
      .get(row.initiative_id)!
      .milestones.push({ id: row.id, version: row.version, at: offset, title: row.title });
  }
  const end = (key: string, index: string | undefined) => {
    const initiative = p.initiatives.get(key)!;
    if (index === undefined) return { initiativeId: initiative.id, milestoneId: null, title: initiative.spec.title };
    const milestone = initiative.milestones[Number(index)]!;
    return {
      initiativeId: initiative.id,
      milestoneId: milestone.id,
      title: `${milestone.title} (${initiative.spec.title})`,
    };
  };
  await insertSampleDependencies(
    p.writer,
    pm,
    SAMPLE_DEPENDENCIES.map((d) => {
      const [fromKey, index] = d.from.split(':');
      return { from: end(fromKey!, index), to: end(d.to, undefined), lagDays: d.lagDays ?? 0 };
    }),
  );
  return { initiatives: SAMPLE_INITIATIVES.length, milestones: rows.length, dependencies: SAMPLE_DEPENDENCIES.length };
}

/** "FY27 plan as approved", through the baselines service, before anything slipped. */
async function saveBaseline(p: Plan): Promise<number> {
  await p.baselines.create(p.actor('amara'), p.yearKey, { name: `FY${p.yearKey.slice(4)} plan as approved` });
  return 1;
}

type Event = { day: string; order: number; run: () => Promise<void> };

async function replayYear(p: Plan, okrs: SampleOkrs): Promise<Record<string, number>> {
  const events: Event[] = [];
  const at = (offset: number) => addDays(p.fyStart, offset);
  const before = (day: string) => day < p.today;
  let updates = 0;
  const superseded: Parameters<typeof insertSupersededUpdates>[1] = [];
  // The owner of the longest-running initiative in progress today stopped posting three weeks ago: "update due".
  const offsetToday = daysBetween(p.fyStart, p.today);
  const updateDue = [...p.initiatives.values()]
    .map((i) => i.spec)
    .filter((s) => s.start < offsetToday - 28 && s.end + (s.slip ?? 0) > offsetToday + 7)
    .sort((a, b) => a.start - b.start || (a.key < b.key ? -1 : 1))[0]?.key;
  for (const planned of p.initiatives.values()) {
    const { spec } = planned;
    const owner = p.actor(spec.owner);
    const patch = (input: Parameters<typeof updateSampleInitiative>[3]) =>
      updateSampleInitiative(p.writer, owner, planned, input);
    if (before(at(spec.start)))
      events.push({ day: at(spec.start), order: 0, run: () => patch({ status: 'in_progress' }) });
    const slipDay = spec.slip ? at(Math.max(spec.start + 7, spec.end - 45)) : null;
    const slipped = slipDay !== null && before(slipDay);
    if (slipped)
      events.push({
        day: slipDay,
        order: 1,
        run: async () => {
          await patch({ end: at(spec.end + spec.slip!) });
          for (const m of planned.milestones)
            if (at(m.at) > slipDay) {
              await updateSampleMilestone(p.writer, owner, m, { date: at(m.at + spec.slip!) });
              m.at += spec.slip!;
            }
        },
      });
    for (const m of planned.milestones) {
      // Milestones after the slip day are done on their moved dates, read when the event runs.
      const due = () => at(m.at);
      const dueDay = slipped && at(m.at) > slipDay! ? at(m.at + spec.slip!) : due();
      if (!before(dueDay)) continue;
      events.push({
        day: dueDay,
        order: 2,
        run: async () => {
          await updateSampleMilestone(p.writer, owner, m, { done: true });
        },
      });
    }
    const endDay = at(spec.end + (slipped ? spec.slip! : 0));
    if (before(endDay)) events.push({ day: endDay, order: 3, run: () => patch({ status: 'done' }) });
    // Weekly health updates over the last weeks while in progress; the UPDATE_DUE owner stopped three weeks ago.
    const posts: Parameters<typeof insertSupersededUpdates>[1] = [];
    for (let week = UPDATE_WEEKS; week >= 1; week--) {
      const day = addDays(p.today, -7 * week + 1);
      if (day <= at(spec.start) || day >= endDay) continue;
      if (spec.key === updateDue && week < 4) continue;
      const health: InitiativeHealth =
        slipped && week <= 3
          ? week === 1
            ? 'at_risk'
            : 'off_track'
          : week % 5 === 0 && spec.priority === 'p0'
            ? 'at_risk'
            : 'on_track';
      const lines = SAMPLE_NARRATIVES[health];
      posts.push({ actor: owner, initiativeId: planned.id, day, health, body: lines[week % lines.length]! });
    }
    // The latest goes through the service, which derives the update schedule from it.
    const latest = posts.pop();
    if (latest) {
      updates++;
      events.push({
        day: latest.day,
        order: 4,
        run: async () => {
          await p.roadmap.updates.post(owner, planned.id, { health: latest.health, body: latest.body });
        },
      });
    }
    superseded.push(...posts);
  }
  for (const u of await insertSupersededUpdates(p.writer, superseded))
    events.push({ day: u.day, order: 4, run: u.record });
  updates += superseded.length;
  for (const e of await okrs.checkInEvents(p.today)) events.push({ ...e, order: 5 });
  events.sort((a, b) => (a.day === b.day ? a.order - b.order : a.day < b.day ? -1 : 1));
  for (const e of events) {
    p.clock.day = e.day;
    await e.run();
  }
  return { healthUpdates: updates, checkIns: okrs.checkIns() };
}
