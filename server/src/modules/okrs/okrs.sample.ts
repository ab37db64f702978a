import {
  fiscalQuarterOf,
  type Confidence,
  type KeyResultCreateSchema,
  type KeyResultType,
  periodSpan,
} from '@policyops/contracts';
import type { z } from 'zod';
import type { Actor } from '../../http/actor.js';
import { addDays, daysBetween } from '../../platform/clock.js';
import type { RoadmapServices } from '../roadmap/roadmap.module.js';
import type { OkrServices } from './okrs.module.js';

// The sample year of OKRs (issue 9, item 11), worded after the Google and ClickUp examples in
// shared/data/okr-examples: a few year objectives, two quarter objectives per quarter aligned to them,
// key results of every type, some fed by initiatives' progress and some linked to the initiatives that serve them.

interface KrSpec {
  title: string;
  type: KeyResultType;
  unit?: string;
  baseline?: number;
  target?: number;
  /** Fed by this initiative's progress (key into the roadmap sample). */
  fedBy?: string;
  /** Initiatives that serve it (links). */
  servedBy?: string[];
  /** Where check-ins end up by the period's end, as a share of the way from baseline to target. */
  reach?: number;
}
interface ObjectiveSpec {
  key: string;
  title: string;
  owner: string;
  team?: string;
  parent?: string;
  quarter?: 1 | 2 | 3 | 4;
  keyResults: KrSpec[];
}

const fed = (title: string, initiative: string): KrSpec => ({
  title,
  type: 'increase_to',
  unit: '%',
  baseline: 0,
  target: 100,
  fedBy: initiative,
});

const OBJECTIVES: ObjectiveSpec[] = [
  {
    key: 'consistent',
    title: 'Make enforcement consistent and explainable',
    owner: 'amara',
    team: 'Policy Programs',
    keyResults: [
      {
        title: 'Raise reviewer agreement on hate speech',
        type: 'increase_to',
        unit: '%',
        baseline: 84,
        target: 92,
        reach: 0.8,
        servedBy: ['hate-calibration'],
      },
      {
        title: 'Reduce the appeal overturn rate',
        type: 'decrease_to',
        unit: '%',
        baseline: 12,
        target: 8,
        reach: 0.6,
        servedBy: ['appeals-quality'],
      },
      fed('Statements of reasons name the clause applied', 'dsa-sor'),
    ],
  },
  {
    key: 'young-people',
    title: 'Keep young people safe by design',
    owner: 'diego',
    team: 'Minor Safety Policy',
    keyResults: [
      fed('Age-assurance escalation guidance in use', 'age-assurance'),
      {
        title: 'Cut median time to action grooming reports',
        type: 'decrease_to',
        unit: 'h',
        baseline: 36,
        target: 12,
        reach: 0.5,
        servedBy: ['grooming-signals'],
      },
      { title: 'Teen accounts private by default', type: 'yes_no', servedBy: ['teen-defaults'] },
    ],
  },
  {
    key: 'regulators',
    title: 'Be ready for regulators and elections',
    owner: 'lucas',
    team: 'Policy Programs',
    keyResults: [
      {
        title: 'DSA transparency reports published on time',
        type: 'stay_at_or_above',
        unit: '%',
        baseline: 100,
        target: 95,
        reach: 1,
        servedBy: ['dsa-report', 'transparency-automation'],
      },
      fed('Election readiness programme delivered', 'election-readiness'),
    ],
  },
  {
    key: 'q1-calibrate',
    quarter: 1,
    parent: 'consistent',
    title: 'Calibrate hate speech enforcement across review sites',
    owner: 'priya',
    team: 'Hate Speech Policy',
    keyResults: [
      {
        title: 'Golden-set agreement across the three sites',
        type: 'increase_to',
        unit: '%',
        baseline: 84,
        target: 88,
        reach: 0.9,
        servedBy: ['hate-calibration'],
      },
      { title: 'Hold calibration sessions', type: 'increase_to', unit: 'sessions', baseline: 0, target: 12, reach: 1 },
    ],
  },
  {
    key: 'q1-age',
    quarter: 1,
    parent: 'young-people',
    title: 'Publish the age-assurance escalation guidance',
    owner: 'diego',
    team: 'Minor Safety Policy',
    keyResults: [
      fed('Guidance initiative complete', 'age-assurance'),
      {
        title: 'Train moderators on the escalation paths',
        type: 'increase_to',
        unit: 'people',
        baseline: 0,
        target: 400,
        reach: 0.7,
      },
    ],
  },
  {
    key: 'q2-reasons',
    quarter: 2,
    parent: 'consistent',
    title: 'Explain every EU removal',
    owner: 'amara',
    team: 'Trust & Safety Legal',
    keyResults: [
      fed('Statement-of-reasons alignment complete', 'dsa-sor'),
      {
        title: 'Removals that cite a policy clause',
        type: 'increase_to',
        unit: '%',
        baseline: 60,
        target: 95,
        reach: 0.85,
      },
    ],
  },
  {
    key: 'q2-ncii',
    quarter: 2,
    parent: 'consistent',
    title: 'Fast-track intimate imagery removals',
    owner: 'hannah',
    team: 'Adult Nudity Policy',
    keyResults: [
      {
        title: 'Median removal time for intimate imagery',
        type: 'decrease_to',
        unit: 'h',
        baseline: 18,
        target: 2,
        reach: 0.7,
        servedBy: ['ncii'],
      },
      { title: 'Victim intake form launched', type: 'milestone', servedBy: ['ncii'] },
    ],
  },
  {
    key: 'q3-labels',
    quarter: 3,
    parent: 'regulators',
    title: 'Ship synthetic media labels',
    owner: 'lucas',
    team: 'Safety Product',
    keyResults: [
      fed('Label launch delivered', 'ai-labels-launch'),
      {
        title: "Labelled views with a working 'learn more'",
        type: 'stay_at_or_above',
        unit: '%',
        baseline: 99.5,
        target: 99,
        reach: 1,
      },
    ],
  },
  {
    key: 'q3-election',
    quarter: 3,
    parent: 'regulators',
    title: 'Staff the election war room',
    owner: 'lucas',
    team: 'EMEA Regional Policy',
    keyResults: [
      fed('Readiness programme progress', 'election-readiness'),
      {
        title: 'Escalations answered within one hour',
        type: 'stay_at_or_above',
        unit: '%',
        baseline: 97,
        target: 95,
        reach: 1,
      },
    ],
  },
  {
    key: 'q4-automate',
    quarter: 4,
    parent: 'regulators',
    title: 'Automate the transparency report',
    owner: 'amara',
    team: 'Integrity Engineering',
    keyResults: [
      fed('Automation initiative complete', 'transparency-automation'),
      {
        title: 'Manual steps left in the report pipeline',
        type: 'decrease_to',
        unit: 'steps',
        baseline: 14,
        target: 2,
        reach: 0.6,
      },
    ],
  },
  {
    key: 'q4-appeals',
    quarter: 4,
    parent: 'consistent',
    title: 'Cut appeal overturns',
    owner: 'amara',
    team: 'Moderation Operations',
    keyResults: [
      {
        title: 'Appeal overturn rate',
        type: 'stay_at_or_below',
        unit: '%',
        baseline: 9,
        target: 10,
        reach: 1,
        servedBy: ['appeals-quality'],
      },
      {
        title: 'Second-review sampling coverage',
        type: 'increase_to',
        unit: '%',
        baseline: 0,
        target: 20,
        reach: 0.75,
      },
    ],
  },
];

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
}

export interface SampleOkrs {
  counts: Record<string, number>;
  checkInEvents(today: string): { day: string; run: () => Promise<void> }[];
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
  const manual: { id: string; spec: KrSpec; owner: string; periodKey: string; baseline: number; target: number }[] = [];
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
          spec: kr,
          owner: spec.owner,
          periodKey,
          baseline: created.baseline,
          target: created.target,
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
    checkInEvents(today) {
      const events: { day: string; run: () => Promise<void> }[] = [];
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
          const date = day;
          events.push({
            day,
            run: async () => {
              await env.okrs.keyResults.checkIn(env.actor(kr.owner), kr.id, {
                value,
                confidence,
                comment: confidence === 'on_track' ? 'Moving as planned.' : 'Behind plan: see the initiative updates.',
                date,
              });
              checkIns++;
            },
          });
        }
      }
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
