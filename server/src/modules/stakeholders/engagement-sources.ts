import type { DbScope } from '../../db/scope.js';
import type { Actor } from '../../http/actor.js';

export const ENGAGEMENT_KINDS = ['meeting_attended', 'sign_off', 'decision', 'action_owned'] as const;
export type EngagementKind = (typeof ENGAGEMENT_KINDS)[number];

/** One line of a person's engagement history. */
export interface EngagementEntry {
  kind: EngagementKind;
  /** When it happened (ISO timestamp or date). */
  at: string;
  title: string;
  /** e.g. "Approved as Legal", "Attended", "Decided", "Owner · due 3 Dec · open". */
  detail: string;
  href: string;
}

/** Who the history is about: the directory entry, and its account if it has one. */
export interface EngagementPerson {
  stakeholderId: string;
  userId: string | null;
}

/** A module that knows part of a person's engagement; entries follow the caller's need-to-know rule. */
export type EngagementSource = (db: DbScope, actor: Actor, person: EngagementPerson) => Promise<EngagementEntry[]>;

/** The sources, registered at wiring (app.ts); the stakeholders service merges them newest first. */
export class EngagementSources {
  private readonly sources: EngagementSource[] = [];

  register(source: EngagementSource): void {
    this.sources.push(source);
  }

  all(): readonly EngagementSource[] {
    return this.sources;
  }
}
