// Prioritisation of change requests (issue 10, item 4): the workspace score and the intake queue.
//
// Score. severity^a × reach^b × urgency^c ÷ effort^d, each input 1–5, the powers set per workspace
// (default all 1: severity × reach × urgency ÷ effort). A power of 0 leaves its input out of the sum.
// The score has two decimals; a CR without inputs has none and queues after every scored one.
//
// Queue. By score, highest first; equal scores (and unscored CRs) keep the order they were given in,
// which the service makes oldest first, so the one waiting longest goes first. A CR placed by hand is
// pinned directly below the CR it was dropped under (or at the top): it follows that neighbour wherever
// its score takes it, the way a Linear or Jira rank stays put relative to its neighbours. Several CRs
// pinned below the same one stand newest pin first (the last drop lands directly under the anchor).
// A pin lapses, and its CR goes back to its score's place, when its anchor left the queue, or when
// pins form a loop (A below B, B below A: the older pin lapses). Lapsed pins are returned so the
// service can clear them and say so.

export { DEFAULT_CR_SCORING_MODEL, crScore, scoringFormula } from '@policyops/contracts';

export interface ManualPin {
  /** The CR it stays directly below; null: the top of the queue. */
  afterId: string | null;
  /** When it was placed (ISO timestamp): orders pins below the same anchor, newest first. */
  at: string;
}

export interface QueueEntry {
  id: string;
  score: number | null;
  pin: ManualPin | null;
}

export type Ranked<T> = T & { rank: number; placement: 'score' | 'manual' };

/** Pins whose anchor is gone, or which loop back on themselves (the oldest pin of a loop). */
function lapsedPins(entries: readonly QueueEntry[]): Set<string> {
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  const lapsed = new Set<string>();
  const pinOf = (id: string) => (lapsed.has(id) ? null : (byId.get(id)?.pin ?? null));
  for (const entry of entries) if (entry.pin?.afterId && !byId.has(entry.pin.afterId)) lapsed.add(entry.id);
  for (const entry of entries) {
    const seen: string[] = [];
    let id: string | null = entry.id;
    while (id !== null && pinOf(id) !== null && !seen.includes(id)) {
      seen.push(id);
      id = pinOf(id)!.afterId;
    }
    if (id !== null && seen.includes(id)) {
      const loop = seen.slice(seen.indexOf(id));
      const oldest = loop.reduce((a, b) => (pinOf(b)!.at < pinOf(a)!.at ? b : a));
      lapsed.add(oldest);
    }
  }
  return lapsed;
}

/**
 * The intake queue in order with each CR's rank (1 = first) and whether it stands there by score or by
 * hand. `entries` must come in the tie order (oldest first). Returns the ids of pins that lapsed.
 */
export function rankQueue<T extends QueueEntry>(entries: readonly T[]): { ranked: Ranked<T>[]; lapsed: string[] } {
  const lapsed = lapsedPins(entries);
  const pinned = (entry: T) => entry.pin !== null && !lapsed.has(entry.id);
  const order = new Map(entries.map((entry, index) => [entry.id, index]));
  const byScore = entries
    .filter((entry) => !pinned(entry))
    .sort((a, b) => (b.score ?? -Infinity) - (a.score ?? -Infinity) || order.get(a.id)! - order.get(b.id)!);
  const below = new Map<string | null, T[]>();
  for (const entry of entries.filter(pinned)) {
    const list = below.get(entry.pin!.afterId) ?? [];
    list.push(entry);
    below.set(entry.pin!.afterId, list);
  }
  for (const list of below.values())
    list.sort((a, b) => (a.pin!.at < b.pin!.at ? 1 : a.pin!.at > b.pin!.at ? -1 : order.get(a.id)! - order.get(b.id)!));

  const ranked: Ranked<T>[] = [];
  const place = (entry: T, placement: 'score' | 'manual') => {
    ranked.push({ ...entry, rank: ranked.length + 1, placement });
    for (const child of below.get(entry.id) ?? []) place(child, 'manual');
  };
  for (const top of below.get(null) ?? []) place(top, 'manual');
  for (const entry of byScore) place(entry, 'score');
  return { ranked, lapsed: entries.filter((entry) => lapsed.has(entry.id)).map((entry) => entry.id) };
}
