import type { DbScope } from '../../db/scope.js';
import * as depsRepo from './dependencies.repository.js';
import { findPath } from './dependency-cycles.js';
import * as repo from './initiatives.repository.js';
import * as milestonesRepo from './milestones.repository.js';

/**
 * The roadmap as a graph of events, for cycle checks. An initiative is two events, its start
 * (`i:<id>:s`) and its finish (`i:<id>:f`); a milestone is one (`m:<id>`). Edges: an initiative's
 * start comes before its finish and before each of its milestones, each milestone before its
 * initiative's finish, and a dependency runs from the predecessor's finish (or milestone) to the
 * successor's start (or milestone). A cycle among these is a plan no dates can satisfy: it includes
 * "an initiative waits for its own milestone".
 */
export type Endpoint = { type: 'initiative' | 'milestone'; id: string; initiativeId: string };

export const finishKey = (e: Endpoint) => (e.type === 'milestone' ? `m:${e.id}` : `i:${e.id}:f`);
export const startKey = (e: Endpoint) => (e.type === 'milestone' ? `m:${e.id}` : `i:${e.id}:s`);

type Outgoing = depsRepo.GraphLevel['outgoing'][number];
const targetKey = (d: Outgoing) => (d.to_milestone_id ? `m:${d.to_milestone_id}` : `i:${d.to_initiative_id}:s`);

/** The successors of a level of events, in one batch of queries. */
async function successors(trx: DbScope, keys: string[]): Promise<Map<string, string[]>> {
  const starts: string[] = [];
  const finishes: string[] = [];
  const milestones: string[] = [];
  for (const key of keys) {
    const [kind, id, end] = key.split(':') as [string, string, string | undefined];
    if (kind === 'm') milestones.push(id);
    else (end === 's' ? starts : finishes).push(id);
  }
  const level = await depsRepo.graphLevel(trx, { starts, finishes, milestones });
  const out = new Map<string, string[]>(keys.map((k) => [k, []]));
  const add = (from: string, to: string) => out.get(from)?.push(to);
  for (const id of starts) add(`i:${id}:s`, `i:${id}:f`);
  for (const m of level.milestonesOf) add(`i:${m.initiative_id}:s`, `m:${m.id}`);
  for (const m of level.initiativesOf) add(`m:${m.id}`, `i:${m.initiative_id}:f`);
  for (const d of level.outgoing)
    add(d.from_milestone_id ? `m:${d.from_milestone_id}` : `i:${d.from_initiative_id}:f`, targetKey(d));
  return out;
}

/**
 * The members of the cycle that a dependency from `from` to `to` would close, in dependency order
 * and back to the first ("“A” → “B” → “A”"), or null when it closes none. Runs in the caller's
 * transaction, which holds the graph lock.
 */
export async function cycleThrough(trx: DbScope, from: Endpoint, to: Endpoint): Promise<string[] | null> {
  // The new edge runs finish(from) -> start(to); it closes a cycle when start(to) already reaches finish(from).
  const path = await findPath(startKey(to), finishKey(from), (keys) => successors(trx, keys));
  if (!path) return null;
  const initiativeIds = new Set<string>();
  const milestoneIds = new Set<string>();
  for (const key of path) (key.startsWith('m:') ? milestoneIds : initiativeIds).add(key.split(':')[1]!);
  const [initiatives, milestones] = await Promise.all([
    repo.titlesOf(trx, [...initiativeIds]),
    milestonesRepo.titlesOf(trx, [...milestoneIds]),
  ]);
  const titles = new Map<string, string>();
  for (const i of initiatives) titles.set(i.id, `“${i.title}”`);
  const initiativeTitle = new Map(initiatives.map((i) => [i.id, i.title]));
  for (const m of milestones) {
    const owner = initiativeTitle.get(m.initiative_id);
    titles.set(m.id, `milestone “${m.title}”${owner ? ` of “${owner}”` : ''}`);
  }
  const members: string[] = [];
  for (const key of path) {
    const name = titles.get(key.split(':')[1]!) ?? key;
    if (members.at(-1) !== name) members.push(name);
  }
  // The path runs from the successor to the predecessor; the new dependency closes it.
  return [members.at(-1)!, ...members];
}
