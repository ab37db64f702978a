import type { DbScope } from '../../db/scope.js';
import type { Actor } from '../../http/actor.js';

/** A record a meeting outcome created, as the meeting shows it. */
export interface OutcomeRecord {
  id: string;
  title: string;
  href: string;
}

/**
 * What a meeting needs of the decision register: a decision recorded from the notes, in the meeting's
 * transaction, linked to the meeting (and, through it, to the working group). DecisionsService
 * implements it; the meetings service receives it at wiring (app.ts).
 */
export interface MeetingDecisionPort {
  createFromMeeting(
    trx: DbScope,
    actor: Actor,
    meeting: { id: string; workingGroupId: string; startsAt: string },
    input: { title: string; context: string; decision: string; rationale: string; status: 'proposed' | 'accepted' },
  ): Promise<OutcomeRecord>;
}

/**
 * What a meeting needs of action items: an action recorded from the notes (source: the meeting), and
 * which of its earlier actions are still open (those carry forward to the next meeting of the series).
 * ActionItemsService implements it; the meetings service receives it at wiring (app.ts).
 */
export interface MeetingActionPort {
  createFromMeeting(
    trx: DbScope,
    actor: Actor,
    meeting: { id: string; workingGroupId: string; startsAt: string },
    input: { title: string; ownerId: string; dueDate: string | null },
  ): Promise<OutcomeRecord>;
  /** Of these action ids, the ones not done or cancelled. */
  stillOpen(db: DbScope, actionIds: string[]): Promise<Set<string>>;
}
