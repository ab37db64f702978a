import {
  type ImpactQuery,
  type ImpactReport,
  type PolicyLaunchList,
  type Market,
  type Surface,
} from '@policyops/contracts';
import type { DbScope } from '../../../db/scope.js';
import { authorize, can, type Actor } from '../../../http/actor.js';
import { AppError, fieldError, notFound } from '../../../http/app-error.js';
import type { ApplicabilityDimensionsService } from '../../applicability/dimensions.service.js';
import type { PolicyApplicabilityService } from '../../applicability/policy-applicability.service.js';
import type { PoliciesService } from '../../policies/policies.service.js';
import type { PolicyVersionsService } from '../../policies/policy-versions.service.js';
import {
  analyseImpact,
  impactWindows,
  type ImpactAnalysisInput,
  type ImpactAnalysisResult,
} from '../statistics/index.js';
import { addDays } from '../statistics/day-of-week.js';
import type { VersionTimeline } from '../version-timeline.js';
import { chooseControl } from './impact-control.js';
import { metricInputs, seriesOf } from './impact-inputs.js';
import { designExplanation, designOf, mergedWarnings, metricResultOf } from './impact-report.js';
import * as repo from './impact.repository.js';

type PolicyRow = Awaited<ReturnType<PoliciesService['findVisible']>>;

/** Every day from `from` to `to`, inclusive. */
function daysFrom(from: string, to: string): string[] {
  const days: string[] = [];
  for (let day = from; day <= to; day = addDays(day, 1)) days.push(day);
  return days;
}

/** Every live analysis resamples with this seed, so the same data always gives the same reply. */
export const IMPACT_SEED = 1;

export interface ImpactDeps {
  db: DbScope;
  policies: PoliciesService;
  policyVersions: PolicyVersionsService;
  dimensions: ApplicabilityDimensionsService;
  applicability: PolicyApplicabilityService;
  timeline(db: DbScope, policyIds: string[]): Promise<VersionTimeline>;
}

/** A computed analysis with the statistics input it ran on (what a stored analysis keeps). */
export interface ComputedImpact {
  report: ImpactReport;
  input: ImpactAnalysisInput;
  result: ImpactAnalysisResult;
}

type Where = 'querystring' | 'body';

const OPTION_FIELDS: Record<string, keyof ImpactQuery> = {
  'options.windowDays': 'windowDays',
  'options.rampUpDays': 'rampUpDays',
};

/** The statistics core's RangeError names the field it refused; the reply names the request's. */
function rangeErrorToProblem(error: RangeError, where: Where): AppError {
  const prefix = Object.keys(OPTION_FIELDS).find((p) => error.message.startsWith(p));
  const path = prefix ? `${where}.${OPTION_FIELDS[prefix]}` : where;
  return fieldError(path, error.message);
}

/**
 * Impact analysis of version launches, computed live from metric_daily: which launches a policy has,
 * and what each did to the rates and times, with the design and control chosen by chooseControl.
 */
export class ImpactAnalysisService {
  constructor(private readonly deps: ImpactDeps) {}

  /** The policy, checked as visible to the actor. Throws FORBIDDEN, NOT_FOUND (also for a restricted one). */
  async policyFor(actor: Actor, policyRef: string): Promise<PolicyRow> {
    authorize(actor, 'metrics.read');
    return this.deps.policies.findVisible(actor, policyRef);
  }

  /** Published versions of a policy with where and when they took effect and whether data covers them. */
  async listLaunches(actor: Actor, policyRef: string): Promise<PolicyLaunchList> {
    const policy = await this.policyFor(actor, policyRef);
    const { db } = this.deps;
    const [{ versions }, { markets }, timeline, days, counts] = await Promise.all([
      this.deps.policyVersions.publishedWithMarketDates(db, [policy.id]),
      this.deps.dimensions.listInTransaction(db),
      this.deps.timeline(db, [policy.id]),
      repo.daysWithData(db, policy.id),
      repo.countAnalysesByVersion(db, policy.id),
    ]);
    const dataDays = new Set(days);
    const items = versions
      .filter((v) => v.policy_id === policy.id)
      .sort((a, b) => (a.effective_date ?? '').localeCompare(b.effective_date ?? ''))
      .map((v) => {
        const inMarkets = markets.flatMap((m) => {
          const launch = timeline.launchesIn(policy.id, m.id).find((l) => l.versionId === v.id);
          return launch ? [{ id: m.id, code: m.code, effectiveDate: launch.effectiveDate }] : [];
        });
        let coverage = { preDays: 0, postDays: 0, windowDays: 28, covered: false };
        if (v.effective_date) {
          const w = impactWindows(v.effective_date);
          const count = (range: { start: string; end: string }) =>
            daysFrom(range.start, range.end).filter((d) => dataDays.has(d)).length;
          const preDays = count(w.pre);
          const postDays = count(w.post);
          const enough = Math.ceil(w.windowDays * 0.75);
          coverage = { preDays, postDays, windowDays: w.windowDays, covered: preDays >= enough && postDays >= enough };
        }
        return {
          versionId: v.id,
          label: v.label,
          launchDate: v.effective_date,
          markets: inMarkets,
          coverage,
          analyses: counts.get(v.id) ?? 0,
        };
      });
    return { policy: { id: policy.id, slug: policy.slug, title: policy.title }, items };
  }

  /**
   * The analysis of one version's launch. Throws FORBIDDEN, NOT_FOUND, VALIDATION_FAILED (unknown
   * market or surface, a market where the version never took effect, options the statistics refuse),
   * INVALID_STATE (difference-in-differences asked for with no control).
   */
  async analyse(actor: Actor, policyRef: string, versionId: string, query: ImpactQuery, where: Where = 'querystring') {
    const policy = await this.policyFor(actor, policyRef);
    return this.compute(actor, policy, versionId, query, where);
  }

  async compute(
    actor: Actor,
    policy: PolicyRow,
    versionId: string,
    query: ImpactQuery,
    where: Where,
  ): Promise<ComputedImpact> {
    const { db } = this.deps;
    const [{ versions }, { markets, surfaces }, timeline] = await Promise.all([
      this.deps.policyVersions.publishedWithMarketDates(db, [policy.id]),
      this.deps.dimensions.listInTransaction(db),
      this.deps.timeline(db, [policy.id]),
    ]);
    const version = versions.find((v) => v.id === versionId && v.policy_id === policy.id);
    if (!version) throw notFound('Published policy version');
    if (!version.effective_date) throw new AppError('INVALID_STATE', `Version ${version.label} has no effective date`);
    const surface = this.surfaceOf(surfaces, query.surface, where);
    const dataMarkets = new Set(await repo.marketsWithData(db, policy.id));
    const launchIn = (m: Market) => timeline.launchesIn(policy.id, m.id).find((l) => l.versionId === version.id);
    let launchDate = version.effective_date;
    let treated: Market[];
    if (query.market) {
      const market = markets.find((m) => m.code === query.market!.toUpperCase());
      if (!market) throw fieldError(`${where}.market`, 'Unknown market code');
      const launch = launchIn(market);
      if (!launch) throw fieldError(`${where}.market`, `Version ${version.label} never took effect in ${market.code}`);
      launchDate = launch.effectiveDate;
      treated = [market];
    } else {
      treated = markets.filter((m) => dataMarkets.has(m.id) && launchIn(m)?.effectiveDate === version.effective_date);
    }
    const windows = this.windowsOf(launchDate, query, where);
    const from = windows.pre.start;
    const to = windows.post.end;
    const rows = await repo.cellDays(db, policy.id, from, to);
    const grid =
      query.design === 'auto' || query.design === 'difference_in_differences'
        ? (await this.deps.applicability.get(actor, policy.id)).resolved
        : [];
    const treatedIds = new Set(treated.map((m) => m.id));
    const choice =
      query.design === 'auto' || query.design === 'difference_in_differences'
        ? chooseControl({
            policyId: policy.id,
            versionId: version.id,
            versionLabel: version.label,
            timeline,
            markets,
            surfaces,
            treatedMarketIds: treatedIds,
            surfaceId: surface?.id ?? null,
            from,
            to,
            rows,
            grid,
          })
        : null;
    if (query.design === 'difference_in_differences' && !choice) {
      throw new AppError(
        'INVALID_STATE',
        'No control: every market with data had this version (or another launch) in the windows, and no grid cell where the policy does not apply carries rows',
      );
    }
    const onSurface = (r: repo.CellDayRow) => surface === null || r.surfaceId === surface.id;
    const inputs = metricInputs(
      rows,
      choice?.treated ?? ((r) => treatedIds.has(r.marketId) && onSurface(r)),
      choice?.controlRows ?? null,
    );
    const otherLaunchDates = [
      ...new Set(
        [...treatedIds, ...(choice?.control.markets.map((m) => m.id) ?? [])].flatMap((id) =>
          timeline
            .launchesIn(policy.id, id)
            .filter((l) => l.versionId !== version.id)
            .map((l) => l.effectiveDate),
        ),
      ),
    ].sort();
    const input: ImpactAnalysisInput = {
      launchDate,
      metrics: inputs,
      options: {
        windowDays: query.windowDays,
        rampUpDays: query.rampUpDays,
        seed: IMPACT_SEED,
        otherLaunchDates,
        withoutControl: query.design === 'before_after' ? 'before_after' : 'interrupted_time_series',
        ...(choice ? { controlLabel: choice.control.label } : {}),
      },
    };
    const result = this.run(input, where);
    const design = designOf(result);
    const noControl =
      query.design === 'auto'
        ? 'No control was found: every market with data had this version in force (or another launch) during the windows, and no grid cell where the policy does not apply carries rows.'
        : 'No control was used, as asked.';
    const report: ImpactReport = {
      policy: { id: policy.id, slug: policy.slug, title: policy.title },
      version: { id: version.id, label: version.label },
      launchDate,
      design,
      requestedDesign: query.design,
      observational: design !== 'difference_in_differences',
      designExplanation: designExplanation(design, choice?.control ?? null, noControl),
      treated: { markets: treated.map((m) => ({ id: m.id, code: m.code })), surface: surface?.name ?? null },
      control: choice?.control ?? null,
      windows: result.windows,
      otherLaunchDates,
      warnings: mergedWarnings(result),
      metrics: result.metrics.map(metricResultOf),
      series: seriesOf(inputs, daysFrom(from, to)),
      methodVersion: result.methodVersion,
      seed: IMPACT_SEED,
      options: {
        windowDays: query.windowDays,
        rampUpDays: query.rampUpDays,
        design: query.design,
        ...(query.market ? { market: query.market.toUpperCase() } : {}),
        ...(query.surface ? { surface: query.surface } : {}),
      },
      abilities: { save: can(actor, 'metrics.analyse') },
    };
    return { report: JSON.parse(JSON.stringify(report)) as ImpactReport, input: result.input, result };
  }

  /** Runs the statistics core; its RangeError becomes a 400 naming the field. */
  run(input: ImpactAnalysisInput, where: Where): ImpactAnalysisResult {
    try {
      return analyseImpact(input);
    } catch (error) {
      if (error instanceof RangeError) throw rangeErrorToProblem(error, where);
      throw error;
    }
  }

  private windowsOf(launchDate: string, query: ImpactQuery, where: Where) {
    try {
      return impactWindows(launchDate, { windowDays: query.windowDays, rampUpDays: query.rampUpDays });
    } catch (error) {
      if (error instanceof RangeError) throw fieldError(`${where}.windowDays`, error.message);
      throw error;
    }
  }

  private surfaceOf(surfaces: readonly Surface[], ref: string | undefined, where: Where): Surface | null {
    if (!ref) return null;
    const found = surfaces.find((s) => s.id === ref || s.name.toLowerCase() === ref.toLowerCase());
    if (!found) throw fieldError(`${where}.surface`, 'Unknown surface');
    return found;
  }
}
