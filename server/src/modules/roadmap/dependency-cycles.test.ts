import { describe, expect, it } from 'vitest';
import { findPath } from './dependency-cycles.js';

/** A graph as adjacency lists, loaded a level at a time like the repository does. */
function graph(edges: Record<string, string[]>) {
  const calls: string[][] = [];
  const successors = async (keys: string[]) => {
    calls.push(keys);
    return new Map(keys.map((k) => [k, edges[k] ?? []]));
  };
  return { successors, calls };
}

describe('findPath', () => {
  it('finds the chain that a new edge would close into a cycle', async () => {
    // Adding c -> a: a already reaches c through b.
    const { successors } = graph({ a: ['b'], b: ['c'], c: [] });
    expect(await findPath('a', 'c', successors)).toEqual(['a', 'b', 'c']);
  });

  it('returns null when the target is not reachable', async () => {
    const { successors } = graph({ a: ['b'], b: [], c: ['a'] });
    expect(await findPath('a', 'c', successors)).toBeNull();
  });

  it('returns the shortest path, and asks for each node once, a level at a time', async () => {
    const { successors, calls } = graph({ a: ['b', 'x'], b: ['c', 'x'], x: ['y'], y: ['z'], c: ['z'], z: [] });
    expect(await findPath('a', 'z', successors)).toEqual(['a', 'b', 'c', 'z']);
    expect(calls).toEqual([['a'], ['b', 'x'], ['c', 'y']]);
  });

  it('treats a path of one node as found', async () => {
    const { successors } = graph({});
    expect(await findPath('a', 'a', successors)).toEqual(['a']);
  });

  it('terminates on graphs that already hold cycles elsewhere', async () => {
    const { successors } = graph({ a: ['b'], b: ['a', 'c'], c: ['b'] });
    expect(await findPath('a', 'd', successors)).toBeNull();
  });
});
