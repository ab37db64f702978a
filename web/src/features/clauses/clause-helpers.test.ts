import { describe, expect, it } from 'vitest';
import type { OutlineEntry } from '@policyops/contracts';
import {
  CHANGE_LABELS,
  clauseLink,
  clauseTimeline,
  filterOutline,
  historySummary,
  outlineSummary,
  tidyTitle,
  type ClauseHistoryEntry,
} from './clause-helpers';
import { CLAUSE_REF, validateClauseSearch } from './clause-search';

const section = (number: string, title: string): OutlineEntry => ({
  anchorId: `s-${number}xxxxxxx`.slice(0, 10),
  kind: 'section',
  number,
  title,
  start: null,
  end: null,
});
const clause = (number: string, title: string): OutlineEntry => ({
  anchorId: `c-${number}xxxxxxx`.slice(0, 10),
  kind: 'clause',
  number,
  title,
  start: null,
  end: null,
});

const OUTLINE = [
  section('1', 'Rationale'),
  clause('1.1', 'We protect people.'),
  section('2', 'What is not allowed'),
  clause('2.1', 'Slurs aimed at a protected group.'),
  clause('2.2', 'Dehumanising comparisons of a group to animals.'),
  clause('2.10', 'Coded hate.'),
  section('3', 'Exceptions'),
  clause('3.1', 'Counter-speech that condemns slurs.'),
];
const numbers = (entries: OutlineEntry[]) => entries.map((e) => e.number);

describe('filterOutline', () => {
  it('returns everything for an empty query', () => {
    expect(filterOutline(OUTLINE, '  ')).toBe(OUTLINE);
  });

  it('picks a clause by number, with its section as context', () => {
    expect(numbers(filterOutline(OUTLINE, '2.1'))).toEqual(['2', '2.1']);
    expect(numbers(filterOutline(OUTLINE, '§2.2'))).toEqual(['2', '2.2']);
  });

  it('picks a whole section by its number or its heading', () => {
    expect(numbers(filterOutline(OUTLINE, '2'))).toEqual(['2', '2.1', '2.2', '2.10']);
    expect(numbers(filterOutline(OUTLINE, 'exceptions'))).toEqual(['3', '3.1']);
  });

  it('matches clauses containing every word, case-insensitively', () => {
    expect(numbers(filterOutline(OUTLINE, 'SLURS'))).toEqual(['2', '2.1', '3', '3.1']);
    expect(numbers(filterOutline(OUTLINE, 'group animals'))).toEqual(['2', '2.2']);
    expect(filterOutline(OUTLINE, 'nothing like this')).toEqual([]);
  });
});

describe('outlineSummary', () => {
  it('counts sections and clauses', () => {
    expect(outlineSummary(OUTLINE)).toBe('3 sections, 5 clauses');
    expect(outlineSummary([section('1', 'Only')])).toBe('1 section, 0 clauses');
  });
});

describe('clauseLink', () => {
  it('adds or replaces ?clause= and keeps the other parameters', () => {
    expect(clauseLink('https://ops.example/policies/hate-speech?asOf=2024-01-01#top', 'c-AbC123xY')).toBe(
      'https://ops.example/policies/hate-speech?asOf=2024-01-01&clause=c-AbC123xY',
    );
    expect(clauseLink('https://ops.example/p?clause=c-old00000', 'c-new00000')).toBe(
      'https://ops.example/p?clause=c-new00000',
    );
  });
});

describe('validateClauseSearch', () => {
  it('keeps anchor ids and clause numbers, so a link such as ?clause=3.2 lands on the clause', () => {
    expect(validateClauseSearch({ clause: 'c-AbC123xY' })).toEqual({ clause: 'c-AbC123xY' });
    expect(validateClauseSearch({ clause: '3.2' })).toEqual({ clause: '3.2' });
    expect(validateClauseSearch({ clause: 'c-<script>' })).toEqual({});
    expect(validateClauseSearch({ clause: '3.2.1' })).toEqual({});
  });

  it('accepts the references the API accepts', () => {
    expect(['3', '3.2', 's-AbC123xY', 'c-AbC_23-Y'].every((r) => CLAUSE_REF.test(r))).toBe(true);
    expect(['3.2.1', 'x-AbC123xY', 'clause 3', ''].some((r) => CLAUSE_REF.test(r))).toBe(false);
  });
});

describe('tidyTitle', () => {
  it('joins punctuation left behind by removed emphasis', () => {
    expect(tidyTitle('Slur : a term , widely understood')).toBe('Slur: a term, widely understood');
  });
});

const version = (label: string) => ({
  id: `v${label}`,
  label,
  state: 'superseded' as const,
  effectiveDate: '2024-01-01',
});

describe('clauseTimeline', () => {
  const history: ClauseHistoryEntry[] = [
    { version: version('1.0'), number: null, text: null, change: 'absent', changes: null },
    { version: version('1.1'), number: '3.6', text: 'Old words.', change: 'added', changes: null },
    { version: version('1.2'), number: '3.7', text: 'New words.', change: 'changed', changes: [] },
    { version: version('2.0'), number: null, text: null, change: 'removed', changes: null },
  ];

  it('puts the newest first and tells renumbering and rewording', () => {
    const timeline = clauseTimeline(history);
    expect(timeline.map((t) => t.version.label)).toEqual(['2.0', '1.2', '1.1', '1.0']);
    expect(timeline[1]).toMatchObject({ renumberedFrom: '3.6', text: 'New words.' });
    expect(timeline[0]).toMatchObject({ renumberedFrom: null });
  });

  it('summarises presence and rewording', () => {
    expect(historySummary(history)).toBe('In 2 of 4 versions, reworded once');
    expect(historySummary(history.slice(1, 2))).toBe('In 1 of 1 version, never reworded');
  });

  it('labels every change', () => {
    expect(CHANGE_LABELS.changed).toBe('Reworded');
    expect(Object.keys(CHANGE_LABELS)).toHaveLength(5);
  });
});
