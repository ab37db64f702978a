import type {
  ApplicabilityCell,
  ApplicabilityState,
  PolicyApplicability,
  PolicyApplicabilityUpdate,
} from '@policyops/contracts';
import { authorize, type Actor } from '../../http/actor.js';
import { AppError, versionConflict } from '../../http/app-error.js';
import type { AuditCause, AuditService } from '../audit/audit.service.js';
import type { CollaborationService } from '../collaboration/collaboration.service.js';
import type { PoliciesService } from '../policies/policies.service.js';
import * as repo from './applicability.repository.js';
import { policiesApplying, resolveGrid } from './applicability-resolution.js';
import { type DbScope, inTransaction } from '../../db/scope.js';

const cellOf = (r: { surface_id: string; market_id: string; state: string; note: string }): ApplicabilityCell => ({
  surfaceId: r.surface_id,
  marketId: r.market_id,
  state: r.state as ApplicabilityState,
  note: r.note,
});
const STATE_WORDS: Record<ApplicabilityState, string> = {
  applies: 'applies',
  does_not_apply: 'does not apply',
  differs: 'differs',
};

/** Each policy's applicability grid (surfaces x markets), and which policies apply where. */
export class PolicyApplicabilityService {
  constructor(
    private readonly db: DbScope,
    private readonly policies: PoliciesService,
    private readonly audit: AuditService,
    private readonly collaboration: CollaborationService,
  ) {}

  /** The cells set on the grid and every cell resolved (country -> region -> Global). Throws FORBIDDEN, NOT_FOUND. */
  async get(actor: Actor, policyRef: string): Promise<PolicyApplicability> {
    const policy = await this.policies.findVisible(actor, policyRef);
    const [cells, surfaces, markets] = await Promise.all([
      repo.cellsOf(this.db, policy.id),
      repo.listSurfaces(this.db),
      repo.listMarkets(this.db),
    ]);
    return {
      policyId: policy.id,
      cells: cells.map(cellOf),
      resolved: resolveGrid(
        cells,
        surfaces.map((s) => s.id),
        markets,
      ),
      version: policy.version,
    };
  }

  /** Every cell of a policy's grid resolved, inside the caller's transaction (the sample's metrics read it). */
  async resolvedInTransaction(db: DbScope, policyId: string): Promise<PolicyApplicability['resolved']> {
    const [cells, surfaces, markets] = await Promise.all([
      repo.cellsOf(db, policyId),
      repo.listSurfaces(db),
      repo.listMarkets(db),
    ]);
    return resolveGrid(
      cells,
      surfaces.map((s) => s.id),
      markets,
    );
  }

  /**
   * Ids of policies that apply (or apply differently) on the surface and/or in the market, by the
   * same inheritance as the grid: what search filters by. Throws FORBIDDEN.
   */
  async policiesApplying(
    actor: Actor,
    surfaceId: string | undefined,
    marketId: string | undefined,
  ): Promise<Set<string>> {
    authorize(actor, 'policies.read');
    const [rows, markets] = await Promise.all([repo.cellsForSurface(this.db, surfaceId), repo.listMarkets(this.db)]);
    return policiesApplying(rows, surfaceId ? [surfaceId] : [], marketId, markets);
  }

  /**
   * Replaces the whole grid (cells left out become unset). Every cell names a known surface and
   * market once; "differs" needs a note. Throws FORBIDDEN, NOT_FOUND, VALIDATION_FAILED, VERSION_CONFLICT.
   */
  async replace(actor: Actor, policyRef: string, input: PolicyApplicabilityUpdate): Promise<PolicyApplicability> {
    authorize(actor, 'policies.manage');
    await inTransaction(this.db, async (trx) => {
      const policy = await this.policies.findVisible(actor, policyRef, trx);
      if (policy.version !== input.version) throw versionConflict('This policy', policy.version);
      await this.replaceInTransaction(trx, actor, policy.id, input.cells);
      await this.policies.markChangedInTransaction(trx, policy.id, input.version);
    });
    return this.get(actor, policyRef);
  }

  /** Validates and stores a grid inside the caller's transaction (also used by imports). */
  async replaceInTransaction(
    trx: DbScope,
    actor: AuditCause,
    policyId: string,
    cells: ApplicabilityCell[],
  ): Promise<void> {
    const [surfaces, markets] = await Promise.all([repo.listSurfaces(trx), repo.listMarkets(trx)]);
    const surfaceIds = new Set(surfaces.map((s) => s.id));
    const marketIds = new Set(markets.map((m) => m.id));
    const seen = new Set<string>();
    cells.forEach((cell, i) => {
      const at = (field: string, message: string) =>
        new AppError('VALIDATION_FAILED', message, [{ path: `body.cells.${i}.${field}`, message }]);
      if (!surfaceIds.has(cell.surfaceId)) throw at('surfaceId', 'Unknown surface');
      if (!marketIds.has(cell.marketId)) throw at('marketId', 'Unknown market');
      const key = `${cell.surfaceId}:${cell.marketId}`;
      if (seen.has(key)) throw at('marketId', 'This surface and market appear twice');
      seen.add(key);
      if (cell.state === 'differs' && !cell.note) throw at('note', 'Say how the policy differs here');
    });
    const before = await repo.cellsOf(trx, policyId);
    await repo.replaceCells(
      trx,
      policyId,
      cells.map((c) => ({
        policy_id: policyId,
        surface_id: c.surfaceId,
        market_id: c.marketId,
        state: c.state,
        note: c.note,
      })),
    );
    const surfaceName = new Map(surfaces.map((s) => [s.id, s.name]));
    const marketCode = new Map(markets.map((m) => [m.id, m.code]));
    const readable = (list: ApplicabilityCell[]) =>
      list
        .map(
          (c) =>
            `${surfaceName.get(c.surfaceId)} / ${marketCode.get(c.marketId)}: ${STATE_WORDS[c.state]}${c.note ? ` (${c.note})` : ''}`,
        )
        .sort();
    await this.audit.record(trx, actor, {
      action: 'policy.applicability_updated',
      entityType: 'policy',
      entityId: policyId,
      before: readable(before.map(cellOf)),
      after: readable(cells),
    });
    await this.collaboration.recordActivity(trx, actor, {
      entityType: 'policy',
      entityId: policyId,
      event: 'policy.applicability_updated',
      details: { cells: cells.length },
    });
  }
}
