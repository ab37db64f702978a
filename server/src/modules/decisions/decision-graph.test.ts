import { describe, expect, it } from 'vitest';
import { connected, mayMove, reaches, supersessionProblem, type GraphNode } from './decision-graph.js';

const nodes = (entries: [string, GraphNode['status']][]) =>
  new Map(entries.map(([id, status]) => [id, { id, status }] as const));

describe('supersessionProblem', () => {
  const graph = nodes([
    ['a', 'accepted'],
    ['b', 'accepted'],
    ['p', 'proposed'],
    ['s', 'superseded'],
    ['r', 'revoked'],
  ]);

  it('accepts superseding accepted decisions', () => {
    expect(supersessionProblem('new', [{ decisionId: 'a' }, { decisionId: 'b' }], graph, [])).toBeNull();
    expect(supersessionProblem(null, [{ decisionId: 'a' }], graph, [])).toBeNull();
  });

  it('refuses a decision superseding itself, naming the entry', () => {
    expect(supersessionProblem('a', [{ decisionId: 'b' }, { decisionId: 'a' }], graph, [])).toEqual({
      code: 'VALIDATION_FAILED',
      path: 'body.supersedes.1.decisionId',
      message: 'A decision cannot supersede itself',
    });
  });

  it('refuses duplicates and unknown (or hidden) decisions', () => {
    expect(supersessionProblem('n', [{ decisionId: 'a' }, { decisionId: 'a' }], graph, [])?.path).toBe(
      'body.supersedes.1.decisionId',
    );
    expect(supersessionProblem('n', [{ decisionId: 'zz' }], graph, [])).toMatchObject({
      code: 'VALIDATION_FAILED',
      message: 'No such decision',
    });
  });

  it('refuses a cycle through the existing edges', () => {
    // a supersedes x already (x -> ... -> a would close the loop): x may not now supersede a.
    const withX = new Map([...graph, ['x', { id: 'x', status: 'proposed' as const }]]);
    const edges = [
      { from: 'a', to: 'b' },
      { from: 'b', to: 'x' },
    ];
    expect(supersessionProblem('x', [{ decisionId: 'a' }], withX, edges)).toMatchObject({
      code: 'VALIDATION_FAILED',
      path: 'body.supersedes.0.decisionId',
      message: expect.stringContaining('cycle'),
    });
    expect(supersessionProblem('y', [{ decisionId: 'a' }], withX, edges)).toBeNull();
  });

  it.each([
    ['p', 'is still proposed'],
    ['s', 'already superseded wholly'],
    ['r', 'is revoked'],
  ])('refuses superseding %s with a 409 naming the field', (id, why) => {
    expect(supersessionProblem('n', [{ decisionId: id }], graph, [], 'supersedes')).toEqual({
      code: 'INVALID_STATE',
      path: 'supersedes.0.decisionId',
      message: expect.stringContaining(why),
    });
  });
});

describe('the graph helpers', () => {
  const edges = [
    { from: 'c', to: 'b' },
    { from: 'b', to: 'a' },
    { from: 'd', to: 'b' },
  ];
  it('follows supersession one way (reaches) and both ways (connected)', () => {
    expect(reaches(edges, 'c', 'a')).toBe(true);
    expect(reaches(edges, 'a', 'c')).toBe(false);
    expect([...connected(edges, 'a')].sort()).toEqual(['a', 'b', 'c', 'd']);
    expect([...connected(edges, 'z')]).toEqual(['z']);
  });

  it('allows accept and revoke by hand, never superseded', () => {
    expect(mayMove('proposed', 'accepted')).toBe(true);
    expect(mayMove('accepted', 'revoked')).toBe(true);
    expect(mayMove('proposed', 'superseded')).toBe(false);
    expect(mayMove('superseded', 'revoked')).toBe(false);
    expect(mayMove('revoked', 'accepted')).toBe(false);
  });
});
