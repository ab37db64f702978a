import {
  ADKAR_BARRIER_MAX,
  ADKAR_STEPS,
  type AdkarScores,
  type AdkarStep,
  type AdoptionCurve,
  type AdoptionEvaluation,
  type AdoptionGate,
  type AdoptionQuiz,
  type CampaignAudienceProgress,
  type GateHolder,
  type GateMetric,
  type Materiality,
} from '@policyops/contracts';
import { addDays } from '../../platform/clock.js';

// The pure rules of adoption campaigns: percentages, the gate, the adoption curve, ADKAR barriers, quiz scoring.

export interface AudienceCounts {
  linksIssued: number;
  acknowledged: number;
  trained: number;
  quizPassed: number;
  declined: number;
  exemptions: number;
}

/** Share of headcount in percent, one decimal, never above 100. */
export function pctOf(count: number, headcount: number): number {
  if (headcount <= 0) return 0;
  return Math.round(Math.min(100, (count / headcount) * 100) * 10) / 10;
}

export function progressOf(
  counts: AudienceCounts,
  headcount: number,
  targetPct: number,
  materiality: Materiality,
): CampaignAudienceProgress {
  const acknowledgedPct = pctOf(counts.acknowledged, headcount);
  return {
    ...counts,
    acknowledgedPct,
    trainedPct: pctOf(counts.trained, headcount),
    quizPassPct: pctOf(counts.quizPassed, headcount),
    meetsTarget: materiality === 'editorial' || acknowledgedPct >= targetPct,
  };
}

const METRIC_WORDS: Record<GateMetric, string> = {
  acknowledged_pct: 'acknowledged',
  trained_pct: 'trained',
  quiz_pass_pct: 'quiz passed',
};

export function metricValue(progress: CampaignAudienceProgress, metric: GateMetric): number {
  if (metric === 'trained_pct') return progress.trainedPct;
  if (metric === 'quiz_pass_pct') return progress.quizPassPct;
  return progress.acknowledgedPct;
}

export interface EvaluatedAudience {
  id: string;
  name: string;
  targetPct: number;
  progress: CampaignAudienceProgress;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/**
 * Whether the change counts as adopted: with a gate, every audience at the gate's figure; without one,
 * every audience at its own acknowledgement target; an editorial change asks nothing and counts as adopted.
 * A campaign with no audiences is not adopted (nobody has been asked yet).
 */
export function evaluateAdoption(
  materiality: Materiality,
  gate: AdoptionGate | null,
  audiences: EvaluatedAudience[],
): AdoptionEvaluation {
  if (materiality === 'editorial')
    return {
      rule: 'editorial',
      passed: true,
      holding: [],
      sentence: 'Editorial change: no one is asked to acknowledge again; earlier acknowledgements stand',
    };
  const holding: GateHolder[] = audiences
    .map((a) => {
      const metric: GateMetric = gate?.metric ?? 'acknowledged_pct';
      return {
        campaignAudienceId: a.id,
        name: a.name,
        metric,
        valuePct: metricValue(a.progress, metric),
        thresholdPct: gate?.thresholdPct ?? a.targetPct,
      };
    })
    .filter((h) => h.valuePct < h.thresholdPct)
    .sort((x, y) => x.valuePct - y.valuePct || x.name.localeCompare(y.name));
  const rule = gate ? 'gate' : 'targets';
  if (audiences.length === 0)
    return { rule, passed: false, holding: [], sentence: 'No audiences yet: add one to start the campaign' };
  const passed = holding.length === 0;
  const sentence = gate
    ? passed
      ? `Gate passed: every audience has at least ${gate.thresholdPct}% ${METRIC_WORDS[gate.metric]}`
      : `${plural(holding.length, 'audience')} ${holding.length === 1 ? 'is' : 'are'} below ${gate.thresholdPct}% ${METRIC_WORDS[gate.metric]}`
    : passed
      ? 'Every audience has reached its acknowledgement target'
      : `${plural(holding.length, 'audience')} ${holding.length === 1 ? 'is' : 'are'} below the acknowledgement target`;
  return { rule, passed, holding, sentence };
}

/** ADKAR steps at or below the barrier score, in ADKAR order. */
export function barriersOf(scores: AdkarScores | null): AdkarStep[] {
  if (!scores) return [];
  return ADKAR_STEPS.filter((step) => scores[step] <= ADKAR_BARRIER_MAX);
}

/** Scores quiz answers; a missing answer counts as wrong. */
export function scoreQuiz(
  quiz: AdoptionQuiz,
  answers: number[],
): { correct: number; scorePct: number; passed: boolean } {
  const correct = quiz.questions.filter((q, i) => answers[i] === q.correctIndex).length;
  const scorePct = Math.round((correct / quiz.questions.length) * 1000) / 10;
  return { correct, scorePct, passed: scorePct >= quiz.passMarkPct };
}

export interface CurveAudience {
  id: string;
  name: string;
  headcount: number;
  targetPct: number;
  /** UTC instants of each acknowledgement. */
  acknowledgedAt: string[];
}

/** One point a day from the launch day to today (at most 366 days, the latest kept): cumulative acknowledged. */
export function adoptionCurve(launchDay: string, today: string, audiences: CurveAudience[]): AdoptionCurve {
  const days: string[] = [];
  const last = today < launchDay ? launchDay : today;
  for (let day = launchDay; day <= last; day = addDays(day, 1)) days.push(day);
  const shown = days.slice(-366);
  const pointsOf = (instants: string[], headcount: number) => {
    const sorted = instants.map((at) => at.slice(0, 10)).sort();
    let i = 0;
    return shown.map((date) => {
      while (i < sorted.length && sorted[i]! <= date) i++;
      return { date, acknowledged: i, acknowledgedPct: pctOf(i, headcount) };
    });
  };
  const totalHeadcount = audiences.reduce((sum, a) => sum + a.headcount, 0);
  return {
    launchDate: launchDay,
    totalHeadcount,
    total: pointsOf(
      audiences.flatMap((a) => a.acknowledgedAt),
      totalHeadcount,
    ),
    audiences: audiences.map((a) => ({
      campaignAudienceId: a.id,
      name: a.name,
      headcount: a.headcount,
      targetPct: a.targetPct,
      points: pointsOf(a.acknowledgedAt, a.headcount),
    })),
  };
}

/** Whether an audience's reminder is due: cadence days since the last one (or since launch). */
export function reminderDue(today: string, lastReminderAt: string | null, launchedAt: string, cadenceDays: number) {
  const since = (lastReminderAt ?? launchedAt).slice(0, 10);
  return addDays(since, cadenceDays) <= today;
}

export function materialityNote(materiality: Materiality): string {
  return materiality === 'material'
    ? 'Material change: every audience must acknowledge this version again'
    : 'Editorial change: no one is asked to acknowledge again; earlier acknowledgements stand';
}
