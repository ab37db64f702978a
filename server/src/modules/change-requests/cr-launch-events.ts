import type { DbScope } from '../../db/scope.js';
import type { AuditCause } from '../audit/audit.service.js';

/** What a module learns when a change request becomes Launched. */
export interface CrLaunchedEvent {
  changeRequestId: string;
  number: number;
  title: string;
  policyId: string;
  policyVersionId: string;
  /** YYYY-MM-DD: the version's effective date (per-market dates may differ). */
  effectiveDate: string;
  /** editorial for the editorial CR type (nobody acknowledges again), material for every other type. */
  materiality: 'material' | 'editorial';
  ownerId: string;
}

/**
 * Runs inside the transaction that makes the CR Launched (at once, or when a scheduled launch's date
 * comes, in the job): a listener that throws rolls the launch back, so it must only write what belongs
 * to the launch (the adoption module opens its campaign here). The actor is the launcher, or the system
 * for a scheduled launch.
 */
export type CrLaunchListener = (trx: DbScope, actor: AuditCause, event: CrLaunchedEvent) => Promise<void>;

/** The registry other modules subscribe to: `launches.onLaunched(listener)` at wiring (app.ts). */
export class CrLaunchEvents {
  private readonly listeners: CrLaunchListener[] = [];

  onLaunched(listener: CrLaunchListener): void {
    this.listeners.push(listener);
  }

  /** Calls every listener in the order they subscribed, in the caller's transaction. */
  async launched(trx: DbScope, actor: AuditCause, event: CrLaunchedEvent): Promise<void> {
    for (const listener of this.listeners) await listener(trx, actor, event);
  }
}
