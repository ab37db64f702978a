import type { RevisitTrigger, RevisitTriggerKind } from '@policyops/contracts';
import type { DbScope } from '../../db/scope.js';

/** What an evaluator may read: the day being evaluated and the database (a metric condition reads metrics). */
export interface RevisitContext {
  db: DbScope;
  today: string;
  decisionId: string;
}

/** Decides whether one kind of trigger has fired. */
export interface RevisitTriggerEvaluator<K extends RevisitTriggerKind = RevisitTriggerKind> {
  kind: K;
  fires(trigger: Extract<RevisitTrigger, { kind: K }>, context: RevisitContext): Promise<boolean> | boolean;
}

/**
 * The evaluators of revisit triggers by kind: 'date' is built in; a later module (issue 12, policy
 * metrics) adds a member to RevisitTriggerSchema and registers its evaluator here at wiring, and the
 * daily job evaluates it with no change to the decisions module.
 */
export class RevisitTriggers {
  private readonly evaluators = new Map<string, RevisitTriggerEvaluator>();

  constructor() {
    this.register<'date'>({ kind: 'date', fires: (trigger, { today }) => trigger.date <= today });
  }

  register<K extends RevisitTriggerKind>(evaluator: RevisitTriggerEvaluator<K>): void {
    this.evaluators.set(evaluator.kind, evaluator as unknown as RevisitTriggerEvaluator);
  }

  /** Whether the trigger has fired; a kind without an evaluator never fires. */
  async fires(trigger: RevisitTrigger, context: RevisitContext): Promise<boolean> {
    const evaluator = this.evaluators.get(trigger.kind);
    return evaluator ? evaluator.fires(trigger as never, context) : false;
  }
}
