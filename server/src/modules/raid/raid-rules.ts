// The RAID log's rules that need no database: where a blocker goes next on its escalation path, and
// what the daily job does with one. Score bands and overdue detection live in the contracts
// (riskBand, decisionOverdue), where the web app reads them too.
import { decisionOverdue } from '@policyops/contracts';

export interface StoredLevel {
  stakeholderId: string;
  label: string;
}

/** The level a blocker starts at: the first of its path, or 0 when it has none. */
export function startingLevel(path: readonly StoredLevel[]): number {
  return path.length > 0 ? 1 : 0;
}

/** After the path was edited: the current level, kept within the new path (and at least its first level). */
export function levelWithin(path: readonly StoredLevel[], current: number): number {
  if (path.length === 0) return 0;
  return Math.min(Math.max(current, 1), path.length);
}

/** One step up the path: the next level, or null when it is at its last level already (or has none). */
export function nextLevel(path: readonly StoredLevel[], current: number): number | null {
  return current < path.length ? current + 1 : null;
}

export interface EscalationState {
  kind: string;
  isBlocker: boolean;
  status: string;
  path: readonly StoredLevel[];
  currentLevel: number;
  decisionNeededBy: string | null;
  /** The decision date the job last acted on. */
  escalatedFor: string | null;
}

export type AutomaticStep = { kind: 'escalate'; to: number } | { kind: 'top' } | null;

/**
 * What the daily job does with an item today: one step up for each missed decision date (a new date
 * that passes again gives another step); at its last level it stays there and is marked at the top.
 * Issues that are not blockers, resolved ones and ones without a path are left alone.
 */
export function automaticStep(state: EscalationState, today: string): AutomaticStep {
  if (state.kind !== 'issue' || !state.isBlocker || state.status !== 'open') return null;
  if (state.path.length === 0 || !decisionOverdue(state.decisionNeededBy, today)) return null;
  if (state.escalatedFor === state.decisionNeededBy) return null;
  const to = nextLevel(state.path, state.currentLevel);
  return to === null ? { kind: 'top' } : { kind: 'escalate', to };
}
