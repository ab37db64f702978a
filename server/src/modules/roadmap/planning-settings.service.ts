import {
  fiscalQuarterLabel,
  fiscalQuarterOf,
  fiscalYearLabel,
  fiscalYearOf,
  periodKey,
  type FiscalPeriod,
  type PlanningSettings,
  type PlanningSettingsUpdate,
} from '@policyops/contracts';
import { authorize, can, type Actor } from '../../http/actor.js';
import { versionConflict } from '../../http/app-error.js';
import { type DbScope, inTransaction } from '../../db/scope.js';
import type { Clock } from '../../platform/clock.js';
import type { AuditService } from '../audit/audit.service.js';
import * as repo from './planning-settings.repository.js';

/** The fiscal year and quarter a day falls in, as the API writes periods. */
export function currentPeriods(today: string, startMonth: number): { year: FiscalPeriod; quarter: FiscalPeriod } {
  const fy = fiscalYearOf(today, startMonth);
  const q = fiscalQuarterOf(today, startMonth);
  return {
    year: { key: periodKey(fy), label: fiscalYearLabel(fy.year), start: fy.start, end: fy.end },
    quarter: { key: periodKey(q), label: fiscalQuarterLabel(q), start: q.start, end: q.end },
  };
}

/**
 * The workspace's planning settings: the month its fiscal year starts in, which every period the
 * roadmap (and OKRs) compute is read with. Initiatives keep their dates when it changes; only how
 * their spans read (quarters or dates) follows.
 */
export class PlanningSettingsService {
  constructor(
    private readonly db: DbScope,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  today(): string {
    return this.clock.today();
  }

  /** The fiscal-year start month, read in the caller's transaction when given one. */
  startMonth(db: DbScope = this.db): Promise<number> {
    return repo.startMonth(db);
  }

  async get(actor: Actor): Promise<PlanningSettings> {
    authorize(actor, 'roadmap.read');
    const row = await repo.get(this.db);
    const today = this.today();
    const { year, quarter } = currentPeriods(today, row.fiscal_year_start_month);
    return {
      fiscalYearStartMonth: row.fiscal_year_start_month,
      today,
      currentYear: year,
      currentQuarter: quarter,
      updatedAt: row.updated_at,
      updatedBy: row.updated_by ? { id: row.updated_by, name: row.updated_by_name ?? '' } : null,
      version: row.version,
      abilities: { update: can(actor, 'workspace.manage') },
    };
  }

  /** Admins only. Throws FORBIDDEN, VERSION_CONFLICT. */
  async update(actor: Actor, input: PlanningSettingsUpdate): Promise<PlanningSettings> {
    authorize(actor, 'workspace.manage');
    await inTransaction(this.db, async (trx) => {
      const before = await repo.get(trx);
      if (before.version !== input.version) throw versionConflict('The planning settings', before.version);
      const patch = {
        fiscal_year_start_month: input.fiscalYearStartMonth,
        updated_at: this.clock.now().toISOString(),
        updated_by: actor.id,
      };
      if (!(await repo.updateVersioned(trx, input.version, patch)))
        throw versionConflict('The planning settings', before.version + 1);
      await this.audit.record(trx, actor, {
        action: 'planning_settings.updated',
        entityType: 'planning_settings',
        entityId: 'planning',
        before: { fiscalYearStartMonth: before.fiscal_year_start_month, version: before.version },
        after: { fiscalYearStartMonth: input.fiscalYearStartMonth, version: input.version + 1 },
      });
    });
    return this.get(actor);
  }
}
