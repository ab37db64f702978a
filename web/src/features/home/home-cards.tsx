import type { Permission } from '@policyops/contracts';
import type { ComponentType } from 'react';
import { ChangeRequestWorkCard } from './cards/ChangeRequestWorkCard';
import { InboxCard } from './cards/InboxCard';
import { MyDraftsCard } from './cards/MyDraftsCard';
import { ReviewsWaitingCard } from './cards/ReviewsWaitingCard';
import { TakingEffectCard } from './cards/TakingEffectCard';
import { WatchedActivityCard } from './cards/WatchedActivityCard';

export interface HomeCardEntry {
  /** Unique; the React key. */
  id: string;
  /** main: the wide column (work to act on); side: the narrow one (counts, dates). */
  column: 'main' | 'side';
  /** Shown only to people who hold it (the server still decides what is in it). */
  permission?: Permission;
  /** Renders a `HomeCard` with its own query and states. */
  Card: ComponentType;
}

/**
 * The cards of the home page, in order within each column. A module adds its card here: write a component that
 * renders `<HomeCard>` (loading, error with retry and an empty state that says what to do, through `CardStates`)
 * and add one line.
 */
export const HOME_CARDS: readonly HomeCardEntry[] = [
  { id: 'reviews', column: 'main', Card: ReviewsWaitingCard },
  { id: 'drafts', column: 'main', permission: 'policies.draft', Card: MyDraftsCard },
  { id: 'watched', column: 'main', Card: WatchedActivityCard },
  { id: 'change-request-work', column: 'main', permission: 'change_requests.read', Card: ChangeRequestWorkCard },
  { id: 'inbox', column: 'side', Card: InboxCard },
  { id: 'taking-effect', column: 'side', Card: TakingEffectCard },
];
