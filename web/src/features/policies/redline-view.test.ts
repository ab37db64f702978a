import type { RedlineClause, RedlineSection } from '@policyops/contracts';
import { describe, expect, it } from 'vitest';
import { markdownBlockToHtml } from './markdown';
import { clauseLabels, clauseView, foldQuiet, redlineStops } from './redline-view';

const side = (number: string, markdown: string, prefix = '') => ({ number, anchorId: `c-${number}`, markdown, prefix });
const clause = (over: Partial<RedlineClause>): RedlineClause => ({
  status: 'unchanged',
  reworded: false,
  from: side('1.1', 'Same.'),
  to: side('1.1', 'Same.'),
  movedFrom: null,
  comparison: 'none',
  wordChanges: null,
  ...over,
});
const reworded = clause({
  status: 'renumbered',
  reworded: true,
  from: side('2.1', '1. **Slurs** aimed at a group.', '1. '),
  to: side('3.2', '2. **Slurs** aimed at a protected group.', '2. '),
  comparison: 'words',
  wordChanges: [
    { op: 'equal', text: '**Slurs** aimed at a ' },
    { op: 'insert', text: '**protected**' },
    { op: 'equal', text: ' group.' },
  ],
});
const heading = (number: string, title: string) => ({
  number,
  anchorId: null,
  markdown: `## ${title}`,
  prefix: '',
  title,
});
const section = (over: Partial<RedlineSection>): RedlineSection => ({
  status: 'unchanged',
  renumbered: false,
  renamed: false,
  moved: false,
  from: heading('1', 'Rules'),
  to: heading('1', 'Rules'),
  headingChanges: null,
  clauses: [clause({})],
  movedOut: [],
  ...over,
});
const textOf = (html: string) => html.replace(/<[^>]+>/g, '');

describe('the redline as the page shows it', () => {
  it('renders a reworded clause as formatted text with its insertion marked, never raw Markdown', () => {
    const view = clauseView(reworded, 'both');
    expect(view).toEqual({ kind: 'text', markdown: '2. **Slurs** aimed at a <ins>**protected**</ins> group.' });
    const html = markdownBlockToHtml(view.kind === 'text' ? view.markdown : '');
    expect(html).toContain('<ol start="2">');
    expect(html).toContain('<ins><strong>protected</strong></ins>');
    expect(textOf(html)).not.toMatch(/\*\*|##/);
    expect(clauseView(reworded, 'from')).toEqual({ kind: 'text', markdown: '1. **Slurs** aimed at a  group.' });
  });

  it('labels renumbered and moved clauses with their old numbers and sections', () => {
    expect(clauseLabels(reworded)).toEqual(['Renumbered 2.1 → 3.2', 'Reworded']);
    const moved = clause({ status: 'moved', movedFrom: '2', from: side('2.3', 'x'), to: side('4.1', 'x') });
    expect(clauseLabels(moved)).toEqual(['Moved from §2']);
  });

  it('stops the navigator at each change, not at clauses that were only renumbered', () => {
    const sections = [
      section({}),
      section({ status: 'changed', renamed: true, clauses: [clause({ status: 'renumbered' }), reworded] }),
      section({ status: 'added', from: null, clauses: [clause({ status: 'added', from: null })] }),
    ];
    expect(redlineStops(sections).map((s) => [s.id, s.label])).toEqual([
      ['redline-s1', '§1 Rules: section renamed'],
      ['redline-s1-c1', '§3.2 renumbered and reworded'],
      ['redline-s2', '§1 Rules: section added'],
      ['redline-s2-c0', '§1.1 added'],
    ]);
  });

  it('folds runs of quiet sections and clauses, and only runs long enough to be worth folding', () => {
    const quiet = [true, true, true, false, true, false, true, true, true, true];
    expect(foldQuiet(quiet, (q) => q, 3)).toEqual([
      { kind: 'folded', indexes: [0, 1, 2] },
      { kind: 'shown', index: 3 },
      { kind: 'shown', index: 4 },
      { kind: 'shown', index: 5 },
      { kind: 'folded', indexes: [6, 7, 8, 9] },
    ]);
  });
});
