import type { TestClock } from '@policyops/contracts';
import { authorize, type Actor } from '../http/actor.js';
import type { AuditService } from '../modules/audit/audit.service.js';
import { type DbScope, inTransaction } from '../db/scope.js';
import type { AdjustableClock } from './clock.js';

/**
 * For tests only (TEST_CLOCK=1): moves the server's clock, so a browser journey can watch a
 * scheduled version take effect. Every reply derives its states from this clock at once.
 */
export class TestClockService {
  constructor(
    private readonly db: DbScope,
    private readonly clock: AdjustableClock,
    private readonly audit: AuditService,
  ) {}

  private state(): TestClock {
    return { today: this.clock.today(), offsetDays: this.clock.offset };
  }

  /** Sets today (null: back to the machine's date), audited. Throws FORBIDDEN (admins only). */
  async set(actor: Actor, today: string | null): Promise<TestClock> {
    authorize(actor, 'workspace.manage');
    return inTransaction(this.db, async (trx) => {
      const before = this.state();
      this.clock.setToday(today);
      const after = this.state();
      await this.audit.record(trx, actor, {
        action: 'clock.moved',
        entityType: 'workspace',
        entityId: 'workspace',
        before,
        after,
      });
      return after;
    });
  }
}
