/**
 * Whether a new dependency closes a cycle. Adding an edge u -> v closes one exactly when v already
 * reaches u; this finds the shortest such path by breadth-first search, asking for the successors of
 * a whole level at once (one batch of queries per level, never one per node).
 */
export async function findPath(
  from: string,
  to: string,
  successors: (keys: string[]) => Promise<Map<string, readonly string[]>>,
): Promise<string[] | null> {
  const parent = new Map<string, string | null>([[from, null]]);
  const pathTo = (key: string) => {
    const path: string[] = [];
    for (let k: string | null = key; k !== null; k = parent.get(k) ?? null) path.push(k);
    return path.reverse();
  };
  if (from === to) return [from];
  let level = [from];
  while (level.length > 0) {
    const next: string[] = [];
    const found = await successors(level);
    for (const key of level) {
      for (const succ of found.get(key) ?? []) {
        if (parent.has(succ)) continue;
        parent.set(succ, key);
        if (succ === to) return pathTo(succ);
        next.push(succ);
      }
    }
    level = next;
  }
  return null;
}
