import type { AgendaSection } from '@policyops/contracts';

/** An agenda line about to be stored: pre-filled, carried forward, or typed in. */
export interface PlannedAgendaItem {
  section: AgendaSection;
  title: string;
  detail: string;
  sourceKind: string | null;
  sourceId: string | null;
  href: string | null;
  /** Date of the meeting it was first on, when carried. */
  carriedFrom: string | null;
}

/** An item of the previous meeting, with what its outcomes created. */
export interface PreviousAgendaItem {
  title: string;
  detail: string;
  sourceKind: string | null;
  sourceId: string | null;
  href: string | null;
  done: boolean;
  carriedFrom: string | null;
  actions: { id: string; title: string; href: string }[];
}

export const ACTION_SOURCE_KIND = 'action_item';

/** Identifies the record an item is about, so that the same blocker or action is listed once. */
export function sourceKey(item: { sourceKind: string | null; sourceId: string | null }): string | null {
  return item.sourceKind && item.sourceId ? `${item.sourceKind}:${item.sourceId}` : null;
}

/** The action ids the previous meeting asks about: its action outcomes and carried actions. */
export function actionIdsOf(previous: readonly PreviousAgendaItem[]): string[] {
  const ids = previous.flatMap((item) => [
    ...item.actions.map((a) => a.id),
    ...(item.sourceKind === ACTION_SOURCE_KIND && item.sourceId ? [item.sourceId] : []),
  ]);
  return [...new Set(ids)];
}

/**
 * Open items carry forward: every item of the previous meeting not marked done (a carried action only
 * while the action is still open), and every action recorded there that is still open. Each keeps the
 * date it was first on the agenda ("carried from").
 */
export function carryForward(
  previousDate: string,
  previous: readonly PreviousAgendaItem[],
  openActionIds: ReadonlySet<string>,
): PlannedAgendaItem[] {
  const carried: PlannedAgendaItem[] = [];
  for (const item of previous) {
    const closedAction = item.sourceKind === ACTION_SOURCE_KIND && !openActionIds.has(item.sourceId ?? '');
    if (!item.done && !closedAction)
      carried.push({
        section: 'carried_forward',
        title: item.title,
        detail: item.detail,
        sourceKind: item.sourceKind,
        sourceId: item.sourceId,
        href: item.href,
        carriedFrom: item.carriedFrom ?? previousDate,
      });
    for (const action of item.actions)
      if (openActionIds.has(action.id))
        carried.push({
          section: 'carried_forward',
          title: action.title,
          detail: 'Action still open',
          sourceKind: ACTION_SOURCE_KIND,
          sourceId: action.id,
          href: action.href,
          carriedFrom: previousDate,
        });
  }
  return withoutDuplicates([], carried);
}

/**
 * The candidates not yet on the agenda: an item about a record already listed (in any section, carried
 * or pre-filled) is left out, and so is a repeat among the candidates. Items typed in have no source and
 * are always kept.
 */
export function withoutDuplicates<T extends { sourceKind: string | null; sourceId: string | null }>(
  existing: readonly { sourceKind: string | null; sourceId: string | null }[],
  candidates: readonly T[],
): T[] {
  const seen = new Set(existing.map(sourceKey).filter((key): key is string => key !== null));
  return candidates.filter((item) => {
    const key = sourceKey(item);
    if (key === null) return true;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
