import type { Objective, ObjectiveDetail, ObjectiveRef, OkrBoard, OkrBoardQuery } from '@policyops/contracts';
import { fiscalQuarterOf, parsePeriodKey, periodKey } from '@policyops/contracts';
import { authorize, type Actor } from '../../http/actor.js';
import type { DbScope } from '../../db/scope.js';
import { assembleYear } from './okr-assembly.js';
import { keysOfYear, type OkrReader } from './okr-reader.js';
import type { OkrPeriodsService } from './okr-periods.service.js';
import { fiscalYearKeyOf } from './okr-rules.js';

/** The board without check-in histories and child lists: what a tree or a dashboard draws. */
function summaryOf(detail: ObjectiveDetail): Objective {
  const { children: _children, keyResults, ...objective } = detail;
  return { ...objective, keyResults: keyResults.map(({ checkIns: _checkIns, ...kr }) => kr) };
}

/** Parents before their children, each level oldest first: the order a tree is drawn in. */
function treeOrder(objectives: ObjectiveDetail[]): ObjectiveDetail[] {
  const shown = new Set(objectives.map((o) => o.id));
  const children = new Map<string, ObjectiveDetail[]>();
  const roots: ObjectiveDetail[] = [];
  for (const o of objectives) {
    if (o.parent && shown.has(o.parent.id)) children.set(o.parent.id, [...(children.get(o.parent.id) ?? []), o]);
    else roots.push(o);
  }
  const out: ObjectiveDetail[] = [];
  const seen = new Set<string>();
  const visit = (o: ObjectiveDetail) => {
    if (seen.has(o.id)) return;
    seen.add(o.id);
    out.push(o);
    for (const child of children.get(o.id) ?? []) visit(child);
  };
  roots.forEach(visit);
  objectives.forEach(visit); // anything in a (never written) loop still shows
  return out;
}

/** The OKR board of one period: the tree, and what the quarter dashboard adds up. */
export class OkrBoardService {
  constructor(
    private readonly db: DbScope,
    private readonly reader: OkrReader,
    private readonly periods: OkrPeriodsService,
  ) {}

  /**
   * The objectives of a period (a fiscal year shows its quarters' too), filtered to the caller's own
   * or one team's, with progress, formulas, confidence, trends and check-ins due; the current quarter
   * when no period is named.
   */
  async board(actor: Actor, query: OkrBoardQuery): Promise<OkrBoard> {
    authorize(actor, 'okrs.read');
    const startMonth = await this.reader.startMonth(this.db);
    const today = this.reader.today();
    const key = query.period ?? periodKey(fiscalQuarterOf(today, startMonth));
    const year = assembleYear(actor, await this.reader.loadYear(this.db, fiscalYearKeyOf(key)));
    const keys = new Set(parsePeriodKey(key)?.quarter ? [key] : keysOfYear(key));
    const inPeriod = [...year.values()].filter((o) => keys.has(o.periodKey));
    const shown = treeOrder(
      inPeriod.filter(
        (o) => (!query.mine || o.owner.id === actor.id) && (!query.teamId || o.team?.id === query.teamId),
      ),
    );
    const shownIds = new Set(shown.map((o) => o.id));
    const context = new Map<string, ObjectiveRef>();
    for (const o of shown) if (o.parent && !shownIds.has(o.parent.id)) context.set(o.parent.id, o.parent);

    const keyResults = shown.flatMap((o) => o.keyResults);
    const withProgress = shown.filter((o) => o.progress !== null);
    const byStatus = { on_track: 0, at_risk: 0, off_track: 0, none: 0 };
    for (const o of shown) byStatus[o.status.value ?? 'none'] += 1;
    return {
      period: await this.periods.get(this.db, actor, key, inPeriod.filter((o) => o.periodKey === key).length),
      objectives: shown.map(summaryOf),
      context: [...context.values()],
      summary: {
        objectives: shown.length,
        keyResults: keyResults.length,
        checkInsDue: keyResults.filter((kr) => kr.checkInDue).length,
        progress: withProgress.length
          ? Math.round((withProgress.reduce((s, o) => s + o.progress!, 0) / withProgress.length) * 10) / 10
          : null,
        byStatus,
      },
      today,
    };
  }
}
