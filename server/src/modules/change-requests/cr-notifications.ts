// Who hears about a change request, through the collaboration module (inbox; e-mail for those who opted
// in, which NotificationsService handles): sign-off requested, changes requested, stage overdue,
// launch done. Every notice runs in the transaction of the step that causes it.

import {
  CR_FINAL_STAGES,
  CR_STAGE_LABELS,
  SIGN_OFF_ROLE_LABELS,
  truncateText,
  type CrStage,
  type SignOffRole,
} from '@policyops/contracts';
import { type DbScope, inTransaction } from '../../db/scope.js';
import type { Clock } from '../../platform/clock.js';
import { SYSTEM_CAUSE, type AuditCause } from '../audit/audit.service.js';
import type { CollaborationService } from '../collaboration/collaboration.service.js';
import { listInWords } from './cr-lanes.js';
import type { CrSettingsService } from './cr-settings.service.js';
import { workflowState } from './cr-views.js';
import { overdue, rolesToSignNow, stageTargetDays } from './cr-workflow.js';
import * as repo from './change-requests.repository.js';
import type { CrRow } from './change-requests.repository.js';
import * as launchRepo from './cr-launch.repository.js';

const ref = (row: CrRow) => ({ entityType: 'change_request' as const, entityId: row.id });

export class CrNotifier {
  constructor(
    private readonly db: DbScope,
    private readonly settings: CrSettingsService,
    private readonly collaboration: CollaborationService,
    private readonly clock: Clock,
  ) {}

  /** The people entitled to sign for a role on this CR (admins hold every role but are not all asked). */
  private async entitled(trx: DbScope, row: CrRow, role: SignOffRole): Promise<string[]> {
    if (role === 'policy_owner')
      return row.target_policy_id === null
        ? repo.activeUsersWithRole(trx, 'policy_owner')
        : repo.policyOwnerIds(trx, row.target_policy_id);
    return repo.activeMembersOfFunction(trx, role);
  }

  /** The CR entered a stage: ask the people entitled to the sign-offs it needs there (not its last editor). */
  async stageEntered(trx: DbScope, cause: AuditCause, row: CrRow): Promise<void> {
    const { workflow } = await this.settings.current(trx);
    // The roles due now: all the stage's missing ones in parallel, the first one in a set order.
    const roles = rolesToSignNow(workflow, workflowState(row, await repo.signOffsOf(trx, [row.id])));
    await this.askFor(trx, cause, row, roles);
  }

  /** Asks the people entitled to these roles to sign off (a set order's next role, once the one before approved). */
  async askFor(trx: DbScope, cause: AuditCause, row: CrRow, roles: readonly SignOffRole[]): Promise<void> {
    if (roles.length === 0) return;
    const byPerson = new Map<string, SignOffRole[]>();
    for (const role of roles)
      for (const id of await this.entitled(trx, row, role)) byPerson.set(id, [...(byPerson.get(id) ?? []), role]);
    for (const [userId, held] of byPerson) {
      if (userId === row.last_text_editor_id) continue;
      await this.collaboration.notify(trx, cause, {
        ...ref(row),
        userIds: [userId],
        kind: 'review_requested',
        summary: `Asks you to sign off as ${listInWords(held.map((r) => SIGN_OFF_ROLE_LABELS[r]))} (${CR_STAGE_LABELS[row.stage as CrStage]})`,
      });
    }
  }

  /** A sign-off asked for changes: the owner hears it. */
  async changesRequested(trx: DbScope, cause: AuditCause, row: CrRow, role: SignOffRole, comment: string) {
    await this.collaboration.notify(trx, cause, {
      ...ref(row),
      userIds: [row.owner_id],
      kind: 'changes_wanted',
      summary: truncateText(`${SIGN_OFF_ROLE_LABELS[role]} requested changes: ${comment}`, 300, '…'),
    });
  }

  /** The CR became Launched: the owner and the watchers hear it. */
  async launched(trx: DbScope, cause: AuditCause, row: CrRow, versionLabel: string, effectiveDate: string) {
    const watchers = await this.collaboration.watcherIds(trx, 'change_request', row.id);
    await this.collaboration.notify(trx, cause, {
      ...ref(row),
      userIds: [...new Set([row.owner_id, ...watchers])],
      kind: 'launched',
      summary: `Launched as version ${versionLabel}, in effect from ${effectiveDate}`,
    });
  }

  /**
   * The daily sweep (job change_request.overdue): each owner of a CR past its stage target is told once
   * per stage entry (the notice key holds the entry time), so a rerun, or a second server, repeats nothing.
   * Returns how many were told.
   */
  async sweepOverdue(): Promise<number> {
    const today = this.clock.today();
    const { workflow } = await this.settings.current();
    let told = 0;
    for (const row of await launchRepo.openCrs(this.db)) {
      const stage = row.stage as CrStage;
      const target = stageTargetDays(workflow, stage);
      if (CR_FINAL_STAGES.includes(stage) || !overdue(row.stage_entered_at, target, today)) continue;
      const sent = await inTransaction(this.db, async (trx) => {
        const key = `overdue:${row.id}:${stage}:${row.stage_entered_at}`;
        if (!(await launchRepo.claimNotice(trx, key, row.id, this.clock.now().toISOString()))) return false;
        await this.collaboration.notify(trx, SYSTEM_CAUSE, {
          ...ref(row),
          userIds: [row.owner_id],
          kind: 'stage_overdue',
          summary: `In ${CR_STAGE_LABELS[stage]} longer than its ${target}-day target`,
        });
        return true;
      });
      if (sent) told += 1;
    }
    return told;
  }
}
