import type { PolicyArea } from '@policyops/contracts';
import { describe, expect, it } from 'vitest';
import { areaOptions, buildAreaTree, toSlug } from './policy-labels';

const area = (id: string, name: string, parentId: string | null = null): PolicyArea => ({
  id,
  name,
  parentId,
  description: '',
  policyCount: 0,
  version: 1,
});

describe('toSlug', () => {
  it('turns a title into kebab-case the server accepts', () => {
    expect(toSlug('Hate Speech')).toBe('hate-speech');
    expect(toSlug('  Violent Threats & Incitement! ')).toBe('violent-threats-and-incitement');
    expect(toSlug('Désinformation électorale')).toBe('desinformation-electorale');
    expect(toSlug('--- ---')).toBe('');
  });

  it('stays within 80 characters without a trailing hyphen', () => {
    const slug = toSlug(`${'a'.repeat(79)} b`);
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(slug.endsWith('-')).toBe(false);
  });
});

describe('buildAreaTree', () => {
  it('nests areas under their parents, siblings by name', () => {
    const tree = buildAreaTree([
      area('c', 'Slurs', 'b'),
      area('b', 'Hate Speech', 'a'),
      area('a', 'Harmful Content'),
      area('d', 'Integrity'),
    ]);
    expect(tree.map((n) => n.area.name)).toEqual(['Harmful Content', 'Integrity']);
    expect(tree[0]?.children[0]?.children[0]?.path).toBe('Harmful Content › Hate Speech › Slurs');
  });

  it('treats an area whose parent is missing as a root, and survives a cycle', () => {
    const options = areaOptions([area('x', 'Orphan', 'gone'), area('p', 'P', 'q'), area('q', 'Q', 'p')]);
    expect(options.map((o) => o.label)).toEqual(['Orphan']);
  });
});
