import {
  HTML_REDLINE_MARKS,
  changesMarkdown,
  redlineMarkdown,
  type RedlineClause,
  type RedlineSection,
} from '@policyops/contracts';
import type { Tokens } from 'marked';
import { markdownDocument } from '../../markdown/blocks.js';
import { escapeHtml, safeHtmlRenderer } from '../../markdown/html.js';
import { lexMarkdown } from '../../markdown/markdown.js';

/**
 * The public changelog's HTML, rendered on the server with the one Markdown parser and the safe
 * renderer of the exports (raw HTML escaped, links limited to http(s), mailto and in-page): a
 * version's full text, and the redline between two public entries as the sections that changed,
 * inserted words in <ins> and removed ones in <del>, unchanged clauses and sections left out with a
 * note saying how many. Headings start at <h4> (the page has its title, each entry its <h2>, each
 * panel its <h3>), so no Markdown heading mark or setext underline is ever shown as text.
 */

// Meaningful without the page's stylesheet too (feed readers, copied text); the page adds colours.
const INSERT_STYLE = 'text-decoration:underline';
const DELETE_STYLE = 'text-decoration:line-through';

type Renderer = ReturnType<typeof safeHtmlRenderer>;

const counted = (n: number, what: string) => `${n.toLocaleString('en')} unchanged ${what}${n === 1 ? '' : 's'}`;
const skipNote = (n: number, what: string) => (n > 0 ? `<p class="pc-skip">${counted(n, what)}</p>` : '');

/** The inline Markdown of a heading written either way (`## Title` or setext), or null for another block. */
function headingText(markdown: string): string | null {
  const token = lexMarkdown(markdown).find((t) => t.type !== 'space');
  return token?.type === 'heading' ? (token as Tokens.Heading).text : null;
}

/** One block: a heading as `<h5>`, anything else as the renderer writes it. */
function blockHtml(render: Renderer, markdown: string): string {
  const heading = headingText(markdown);
  return heading === null ? render.block(markdown) : `<h5>${render.inline(heading)}</h5>`;
}

function marked(tag: 'ins' | 'del', html: string): string {
  return `<${tag} class="pc-block" style="${tag === 'ins' ? INSERT_STYLE : DELETE_STYLE}">${html}</${tag}>`;
}

/** A version's text as HTML: sections as `<h4>`, subheadings as `<h5>`, the leading title left out. */
export function publicTextHtml(body: string, appUrl: string): string {
  const render = safeHtmlRenderer({ appUrl, insertStyle: INSERT_STYLE, deleteStyle: DELETE_STYLE });
  return markdownDocument(body)
    .blocks.map((block) =>
      block.kind === 'section'
        ? `<h4>${render.inline(headingText(block.markdown) ?? escapeHtml(block.title))}</h4>`
        : blockHtml(render, block.markdown),
    )
    .join('\n');
}

/** The first public entry of a policy: its whole text, marked as new. */
export function publicFirstEntryHtml(body: string, appUrl: string): string {
  return marked('ins', publicTextHtml(body, appUrl));
}

/** What a clause shows in the changes, or null when it did not change for a reader (same words, same place). */
function clauseHtml(render: Renderer, clause: RedlineClause, movedFromTitle: string | null): string | null {
  if (clause.status === 'added') return marked('ins', blockHtml(render, clause.to!.markdown));
  if (clause.status === 'removed') return marked('del', blockHtml(render, clause.from!.markdown));
  if (!clause.reworded && clause.status !== 'moved') return null;
  const note =
    clause.status === 'moved'
      ? `<p class="pc-note">${escapeHtml(movedFromTitle ? `Moved here from “${movedFromTitle}”` : 'Moved within this section')}</p>`
      : '';
  let body: string;
  if (clause.comparison === 'words') {
    const prefix = clause.to!.prefix;
    body = prefix.startsWith('#')
      ? `<h5>${render.inline(changesMarkdown(clause.wordChanges ?? [], HTML_REDLINE_MARKS))}</h5>`
      : render.block(redlineMarkdown(clause, HTML_REDLINE_MARKS));
  } else if (clause.comparison === 'whole') {
    body =
      marked('del', blockHtml(render, clause.from!.markdown)) + marked('ins', blockHtml(render, clause.to!.markdown));
  } else body = blockHtml(render, clause.to!.markdown);
  return `<div class="pc-clause">${note}${body}</div>`;
}

const sectionTitle = (section: RedlineSection) => {
  const side = section.to ?? section.from!;
  return side.title || (side.number === '0' ? 'Introduction' : `Section ${side.number}`);
};

function sectionHeading(render: Renderer, section: RedlineSection): string {
  const side = section.to ?? section.from!;
  if (section.headingChanges) return render.inline(changesMarkdown(section.headingChanges, HTML_REDLINE_MARKS));
  const inline = side.markdown ? headingText(side.markdown) : null;
  const html = inline !== null ? render.inline(inline) : escapeHtml(sectionTitle(section));
  if (section.status === 'added') return `<ins style="${INSERT_STYLE}">${html}</ins>`;
  if (section.status === 'removed') return `<del style="${DELETE_STYLE}">${html}</del>`;
  return html;
}

const SECTION_NOTES: Partial<Record<RedlineSection['status'], string>> = {
  added: 'New section',
  removed: 'Section removed',
};

/** The changed sections of a redline as HTML, unchanged clauses and sections counted, not shown. */
export function publicChangesHtml(sections: RedlineSection[], appUrl: string): string {
  const render = safeHtmlRenderer({ appUrl, insertStyle: INSERT_STYLE, deleteStyle: DELETE_STYLE });
  const fromTitles = new Map(sections.filter((s) => s.from).map((s) => [s.from!.number, sectionTitle(s)]));
  const out: string[] = [];
  let quietSections = 0;
  for (const section of sections) {
    const parts: string[] = [];
    let quietClauses = 0;
    for (const clause of section.clauses) {
      const html = clauseHtml(render, clause, clause.movedFrom ? (fromTitles.get(clause.movedFrom) ?? null) : null);
      if (html === null) {
        quietClauses += 1;
        continue;
      }
      parts.push(skipNote(quietClauses, 'clause'), html);
      quietClauses = 0;
    }
    const headingChanged = section.renamed || section.status === 'added' || section.status === 'removed';
    if (parts.length === 0 && !headingChanged) {
      quietSections += 1;
      continue;
    }
    out.push(skipNote(quietSections, 'section'));
    quietSections = 0;
    const note = SECTION_NOTES[section.status] ?? (section.renamed ? 'Heading reworded' : null);
    out.push(
      `<section class="pc-section"><h4>${sectionHeading(render, section)}${note ? ` <span class="pc-note">(${note})</span>` : ''}</h4>`,
      ...parts,
      skipNote(quietClauses, 'clause'),
      '</section>',
    );
  }
  out.push(skipNote(quietSections, 'section'));
  return out.filter(Boolean).join('\n');
}
