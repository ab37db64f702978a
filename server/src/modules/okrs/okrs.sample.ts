import { fiscalQuarterOf, type Confidence, type KeyResultCreateSchema, periodSpan } from '@policyops/contracts';
import { v7 as uuidv7 } from 'uuid';
import type { z } from 'zod';
import type { DbScope } from '../../db/scope.js';
import type { KeyResultCheckInsTable } from '../../db/okrs-schema.js';
import type { Actor } from '../../http/actor.js';
import { addDays, daysBetween } from '../../platform/clock.js';
import type { AuditService } from '../audit/audit.service.js';
import type { CollaborationService } from '../collaboration/collaboration.service.js';
import { excerpt } from '../collaboration/comment-text.js';
import type { RoadmapServices } from '../roadmap/roadmap.module.js';
import type { OkrServices } from './okrs.module.js';
import * as repo from './okrs.repository.js';
import { SAMPLE_OBJECTIVES as OBJECTIVES, type KrSpec } from './okrs.sample.data.js';

type KeyResultInput = z.output<typeof KeyResultCreateSchema>;

export interface SampleOkrEnv {
  today: string;
  yearKey: string;
  okrs: OkrServices;
  roadmap: RoadmapServices;
  actor(key: string): Actor;
  teams: Map<string, string>;
  initiativeId(key: string): string;
  /** Linking bumps an initiative's version: the roadmap sample keeps editing it afterwards. */
  linked(key: string, version: number): void;
  /** Check-ins are written in one statement, each still recorded in the audit log and the activity feed. */
  writer: { trx: DbScope; audit: AuditService; collaboration: CollaborationService };
}

export interface SampleOkrs {
  counts: Record<string, number>;
  /** Writes the check-ins up to today; the events record each one on its day (audit, activity). */
  checkInEvents(today: string): Promise<{ day: string; run: () => Promise<void> }[]>;
  checkIns(): number;
  /** Closes the quarter before today's, if it is one of this year's, with a score per key result. */
  closeLastQuarter(): Promise<number>;
}

/** A value at `share` of the way from baseline to target (rounded as a person would write it). */
function valueAt(kr: { baseline: number; target: number }, share: number): number {
  return Math.round((kr.baseline + (kr.target - kr.baseline) * share) * 10) / 10;
}

/** Creates the year's objectives and key results (the plan, before the year starts) and links initiatives. */
export async function loadSampleOkrs(env: SampleOkrEnv): Promise<SampleOkrs> {
  const pm = env.actor('amara');
  const startMonth = await env.roadmap.settings.startMonth();
  const ids = new Map<string, string>();
  const links = new Map<string, string[]>();
  const manual: {
    id: string;
    objectiveId: string;
    spec: KrSpec;
    owner: string;
    periodKey: string;
    baseline: number;
    target: number;
    unit: string;
  }[] = [];
  let keyResults = 0;
  for (const spec of OBJECTIVES) {
    const periodKey = spec.quarter ? `${env.yearKey}-Q${spec.quarter}` : env.yearKey;
    const objective = await env.okrs.objectives.create(pm, {
      periodKey,
      title: spec.title,
      description: '',
      ownerId: env.actor(spec.owner).id,
      teamId: (spec.team && env.teams.get(spec.team)) || null,
      parentId: spec.parent ? ids.get(spec.parent)! : null,
      rollupMethod: spec.quarter ? 'average' : 'weighted',
      includeChildren: !spec.quarter,
    });
    ids.set(spec.key, objective.id);
    for (const kr of spec.keyResults) {
      const input: KeyResultInput = {
        title: kr.title,
        type: kr.type,
        unit: kr.unit ?? '',
        ...(kr.baseline !== undefined ? { baseline: kr.baseline, target: kr.target } : {}),
        weight: kr.fedBy ? 2 : 1,
        source: kr.fedBy ? { kind: 'initiative', initiativeId: env.initiativeId(kr.fedBy) } : { kind: 'manual' },
      };
      const created = await env.okrs.keyResults.create(pm, objective.id, input);
      keyResults++;
      for (const key of kr.servedBy ?? []) links.set(key, [...(links.get(key) ?? []), created.id]);
      if (!kr.fedBy)
        manual.push({
          id: created.id,
          objectiveId: objective.id,
          spec: kr,
          owner: spec.owner,
          periodKey,
          baseline: created.baseline,
          target: created.target,
          unit: created.unit,
        });
    }
  }
  let linked = 0;
  for (const [key, krIds] of links) {
    const id = env.initiativeId(key);
    const { version } = await env.roadmap.keyResultLinks.list(pm, id);
    const after = await env.roadmap.keyResultLinks.put(pm, id, { keyResultIds: krIds, version });
    env.linked(key, after.version);
    linked += krIds.length;
  }

  let checkIns = 0;
  return {
    counts: { objectives: OBJECTIVES.length, keyResults, keyResultLinks: linked },
    checkIns: () => checkIns,
    async checkInEvents(today) {
      const events: { day: string; run: () => Promise<void> }[] = [];
      const rows: KeyResultCheckInsTable[] = [];
      for (const kr of manual) {
        const span = periodSpan(kr.periodKey, startMonth)!;
        const length = daysBetween(span.start, span.end);
        const step = kr.periodKey.includes('-Q') ? 14 : 28;
        for (let day = addDays(span.start, 7); day < today && day <= span.end; day = addDays(day, step)) {
          const share = (daysBetween(span.start, day) / length) * (kr.spec.reach ?? 1);
          const binary = kr.spec.type === 'milestone' || kr.spec.type === 'yes_no';
          const value = binary
            ? share > 0.6
              ? 1
              : 0
            : kr.spec.type.startsWith('stay')
              ? kr.baseline
              : valueAt(kr, share);
          const elapsed = daysBetween(span.start, day) / length;
          const confidence: Confidence =
            (kr.spec.reach ?? 1) >= 0.8 ? 'on_track' : elapsed > 0.5 ? 'off_track' : 'at_risk';
          // Valid by construction (a value for the type, dated inside the period, before today): what
          // KeyResultsService.checkIn checks beyond that is a read-back the sample does not need.
          const row: KeyResultCheckInsTable = {
            id: uuidv7(),
            key_result_id: kr.id,
            value,
            confidence,
            comment: confidence === 'on_track' ? 'Moving as planned.' : 'Behind plan: see the initiative updates.',
            checked_in_on: day,
            author_id: env.actor(kr.owner).id,
            created_at: `${day}T09:00:00.000Z`,
          };
          rows.push(row);
          events.push({
            day,
            run: async () => {
              const { trx, audit, collaboration } = env.writer;
              const author = env.actor(kr.owner);
              await audit.record(trx, author, {
                action: 'key_result.checked_in',
                entityType: 'key_result',
                entityId: kr.id,
                after: { checkInId: row.id, value, confidence, comment: row.comment, date: day },
              });
              await collaboration.recordActivity(trx, author, {
                entityType: 'objective',
                entityId: kr.objectiveId,
                event: 'key_result.checked_in',
                details: {
                  keyResultId: kr.id,
                  title: kr.spec.title,
                  type: kr.spec.type,
                  value,
                  unit: kr.unit,
                  confidence,
                  excerpt: excerpt(row.comment),
                },
              });
              checkIns++;
            },
          });
        }
      }
      await repo.insertCheckIns(env.writer.trx, rows);
      return events;
    },
    async closeLastQuarter() {
      const current = fiscalQuarterOf(env.today, startMonth);
      if (current.quarter === 1) return 0; // the quarter before is last year's: nothing of this sample's to close
      const key = `${env.yearKey}-Q${current.quarter - 1}`;
      const scores = [];
      for (const spec of OBJECTIVES.filter((o) => o.quarter === current.quarter - 1)) {
        const objective = await env.okrs.objectives.get(pm, ids.get(spec.key)!);
        for (const kr of objective.keyResults)
          scores.push({
            keyResultId: kr.id,
            version: kr.version,
            score: Math.round(kr.progress / 10) / 10,
            comment: kr.progress >= 70 ? 'Delivered.' : 'Partly delivered; carried into next quarter.',
          });
      }
      await env.okrs.periods.close(pm, key, { scores, comment: 'Scored at the quarterly review.' });
      return 1;
    },
  };
}
