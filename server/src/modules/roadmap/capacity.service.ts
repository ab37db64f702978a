import type {
  CapacityWhatIf,
  CapacityWhatIfRequest,
  RoadmapCapacity,
  RoadmapYear,
  TeamCapacity,
  TeamCapacityUpdateSchema,
} from '@policyops/contracts';
import type { z } from 'zod';
import { authorize, type Actor } from '../../http/actor.js';
import { fieldError, notFound, versionConflict } from '../../http/app-error.js';
import { type DbScope, inTransaction } from '../../db/scope.js';
import type { Clock } from '../../platform/clock.js';
import type { AuditService } from '../audit/audit.service.js';
import {
  capacityByTeamAndQuarter,
  capacityWhatIf,
  PRIORITY_FORMULA,
  rankByPriority,
  type CapacityInput,
} from './capacity.js';
import { evaluateChanges, type ProposedChange } from './critical-path-change.js';
import { pathGraphOf } from './critical-path.js';
import { dayCodec } from './day-number.js';
import type { RoadmapYearService } from './roadmap-year.service.js';
import * as repo from './team-capacity.repository.js';

type CapacityUpdate = z.output<typeof TeamCapacityUpdateSchema>;

const RULES =
  'Effort (person-weeks) is spread over the days an initiative runs and shared equally between its teams; planned, in progress and done work counts as planned, proposed work is shown apart. Capacity = people × focus × weeks in the quarter.';

/**
 * Portfolio and capacity (issue 9, item 9): the year's roadmap (RoadmapYearService) read against the
 * teams' stated capacity by capacity.ts; the what-if adds the critical-path effect (critical-path-change.ts)
 * and is read-only. Capacity edits are versioned per team and audited.
 */
export class CapacityService {
  constructor(
    private readonly db: DbScope,
    private readonly years: RoadmapYearService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /** Throws FORBIDDEN, VALIDATION_FAILED (params.year). */
  async view(actor: Actor, key: string): Promise<RoadmapCapacity> {
    const { year, input, teams } = await this.load(actor, key);
    const view = capacityByTeamAndQuarter(input);
    const facts = await repo.initiativeFacts(this.db, { start: year.year.start, end: year.year.end });
    const ranked = rankByPriority(
      year.initiatives.map((i) => ({ ...i, keyResultsServed: facts.get(i.id)?.keyResults ?? 0 })),
    );
    return {
      year: { key: year.year.key, label: year.year.label },
      quarters: year.quarters,
      teams,
      cells: view.rows,
      unestimated: view.unestimated,
      initiatives: ranked.map((i) => ({
        id: i.id,
        title: i.title,
        status: i.status,
        priority: i.priority,
        start: i.start,
        end: i.end,
        effortWeeks: i.effortWeeks,
        teamIds: i.teamIds,
        version: facts.get(i.id)?.version ?? 1,
        editable: i.editable,
        keyResultsServed: i.keyResultsServed,
        score: i.score,
        worked: i.worked,
        rank: i.rank,
      })),
      priorityFormula: PRIORITY_FORMULA,
      rules: RULES,
    };
  }

  /**
   * Moves (by whole weeks, milestones carried) and drops, evaluated against capacity, the critical
   * path and fixed milestones; nothing is saved. Throws FORBIDDEN, VALIDATION_FAILED
   * (params.year, body.changes.N.initiativeId not in the year).
   */
  async whatIf(actor: Actor, key: string, request: CapacityWhatIfRequest): Promise<CapacityWhatIf> {
    const { year, input } = await this.load(actor, key);
    const byId = new Map(year.initiatives.map((i) => [i.id, i]));
    const { toDay, toIso } = dayCodec();
    const changes: ProposedChange[] = [];
    const described: CapacityWhatIf['changes'] = [];
    request.changes.forEach((change, n) => {
      const initiative = byId.get(change.initiativeId);
      if (!initiative) throw fieldError(`body.changes.${n}.initiativeId`, `Not an initiative of ${year.year.label}`);
      if (change.kind === 'drop') {
        changes.push({ kind: 'drop-initiative', initiativeId: initiative.id });
        described.push({ initiativeId: initiative.id, kind: 'drop', start: null, end: null });
        return;
      }
      const days = change.weeks * 7;
      const start = toIso(toDay(initiative.start) + days);
      const end = toIso(toDay(initiative.end) + days);
      changes.push({ kind: 'move-initiative', initiativeId: initiative.id, start, end, carryMilestones: true });
      described.push({ initiativeId: initiative.id, kind: 'move', start, end });
    });
    const load = capacityWhatIf(input, changes);
    const path = evaluateChanges(pathGraphOf(year), changes);
    const titles = new Map(year.milestones.map((m) => [m.id, m.title]));
    const keyResults = await repo.keyResultsOf(
      this.db,
      described.map((d) => d.initiativeId),
    );
    return {
      changes: described,
      cells: load.rows,
      newlyOverAllocated: load.newlyOverAllocated,
      relieved: load.relieved,
      keyResults,
      criticalPath: path.ok
        ? {
            ok: true,
            before: path.before,
            after: path.after,
            finishDeltaDays: path.finishDeltaDays,
            lateFixedMilestones: path.lateFixedMilestones.map((m) => ({
              milestoneId: m.milestoneId,
              title: titles.get(m.milestoneId) ?? '',
              daysLate: m.daysLate,
              daysLateBefore: m.daysLateBefore,
            })),
            resolvedFixedMilestones: path.resolvedFixedMilestones,
            brokenDependencies: path.brokenDependencies.length,
          }
        : { ok: false, cycle: path.cycle },
    };
  }

  /** Program managers and admins. Throws FORBIDDEN, NOT_FOUND (team), VERSION_CONFLICT. */
  async update(actor: Actor, teamId: string, input: CapacityUpdate): Promise<TeamCapacity> {
    authorize(actor, 'roadmap.manage');
    return inTransaction(this.db, async (trx) => {
      const name = await repo.teamName(trx, teamId);
      if (name === undefined) throw notFound('Team');
      const periods = new Set<string>();
      input.overrides.forEach((o, n) => {
        if (periods.has(o.period)) throw fieldError(`body.overrides.${n}.period`, `${o.period} is listed twice`);
        periods.add(o.period);
      });
      const before = await repo.ofTeam(trx, teamId);
      const stored = before.row?.version ?? 0;
      if (stored !== input.version) throw versionConflict("This team's capacity", stored);
      const now = this.clock.now().toISOString();
      const patch = { people: input.people, focus: input.focus, updated_at: now, updated_by: actor.id };
      const written =
        stored === 0
          ? await repo.insertFirst(trx, { team_id: teamId, ...patch, version: 1 })
          : await repo.updateVersioned(trx, teamId, stored, patch);
      if (!written) throw versionConflict("This team's capacity", stored + 1);
      await repo.replaceQuarters(trx, teamId, input.overrides);
      const after = { teamId, teamName: name, people: input.people, focus: input.focus, overrides: input.overrides };
      await this.audit.record(trx, actor, {
        action: 'team_capacity.updated',
        entityType: 'team',
        entityId: teamId,
        before: before.row
          ? {
              teamId,
              teamName: name,
              people: before.row.people,
              focus: before.row.focus,
              overrides: before.quarters.map((q) => ({ period: q.period, people: q.people, focus: q.focus })),
              version: stored,
            }
          : null,
        after: { ...after, version: stored + 1 },
      });
      return { ...after, version: stored + 1 };
    });
  }

  private async load(actor: Actor, key: string) {
    const year: RoadmapYear = await this.years.year(actor, key);
    const stored = await repo.all(this.db);
    const capacities: CapacityInput['capacities'] = [
      ...stored.rows.map((r) => ({ teamId: r.team_id, people: r.people, focus: r.focus })),
      ...stored.quarters.map((q) => ({ teamId: q.team_id, people: q.people, focus: q.focus, period: q.period })),
    ];
    const input: CapacityInput = {
      fiscalYearStartMonth: year.fiscalYearStartMonth,
      quarters: year.quarters.map((q) => q.key),
      capacities,
      initiatives: year.initiatives.map((i) => ({
        id: i.id,
        title: i.title,
        status: i.status,
        start: i.start,
        end: i.end,
        effortWeeks: i.effortWeeks,
        teamIds: i.teamIds,
      })),
    };
    const names = new Map([...year.teams.map((t) => [t.id, t.name] as const)]);
    for (const r of stored.rows) names.set(r.team_id, r.team_name);
    const teams: TeamCapacity[] = [...names]
      .map(([teamId, teamName]) => {
        const row = stored.rows.find((r) => r.team_id === teamId);
        return {
          teamId,
          teamName,
          people: row?.people ?? null,
          focus: row?.focus ?? null,
          overrides: stored.quarters
            .filter((q) => q.team_id === teamId)
            .map((q) => ({ period: q.period, people: q.people, focus: q.focus })),
          version: row?.version ?? 0,
        };
      })
      .sort((a, b) => a.teamName.localeCompare(b.teamName));
    return { year, input, teams };
  }
}
