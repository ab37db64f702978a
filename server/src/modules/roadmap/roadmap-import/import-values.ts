// Statuses and priorities as the tools name them, read as the roadmap's. Jira statuses are per
// workflow and free-form: the usual names (and their category words) are read; any other becomes
// "planned" with a warning, never an error. Asana has no status column: a completed task is done.

import type { InitiativePriority, InitiativeStatus } from '@policyops/contracts';

const STATUS_WORDS: [RegExp, InitiativeStatus][] = [
  [/^(done|closed|resolved|complete|completed|released|shipped|launched)$/, 'done'],
  [/^(cancell?ed|won'?t (do|fix)|rejected|declined|abandoned|obsolete)$/, 'cancelled'],
  [/^(on hold|paused|blocked|parked)$/, 'paused'],
  [/progress|review|development|testing|\bqa\b|doing|active/, 'in_progress'],
  [/^(backlog|open|new|idea|proposed|triage|draft|funnel)$/, 'proposed'],
  [/^(to ?do|selected for development|planned|ready|committed|scheduled|not started)$/, 'planned'],
];

/** The roadmap status for a Jira status name; `known` is false when it was a guess. */
export function readJiraStatus(raw: string): { status: InitiativeStatus; known: boolean } {
  const text = raw.trim().toLowerCase();
  if (text === '') return { status: 'planned', known: true };
  for (const [pattern, status] of STATUS_WORDS) if (pattern.test(text)) return { status, known: true };
  return { status: 'planned', known: false };
}

const PRIORITY_WORDS: Record<string, InitiativePriority> = {
  highest: 'p0',
  blocker: 'p0',
  critical: 'p0',
  urgent: 'p0',
  p0: 'p0',
  high: 'p1',
  major: 'p1',
  p1: 'p1',
  medium: 'p2',
  normal: 'p2',
  p2: 'p2',
  low: 'p3',
  lowest: 'p3',
  minor: 'p3',
  trivial: 'p3',
  p3: 'p3',
  p4: 'p3',
};

/** The roadmap priority for a Jira or Asana priority name (empty: P2); `known` false for a guess. */
export function readPriority(raw: string): { priority: InitiativePriority; known: boolean } {
  const text = raw.trim().toLowerCase();
  if (text === '') return { priority: 'p2', known: true };
  const priority = PRIORITY_WORDS[text];
  return priority ? { priority, known: true } : { priority: 'p2', known: false };
}
