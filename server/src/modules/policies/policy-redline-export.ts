import {
  CRITIC_REDLINE_MARKS,
  HTML_REDLINE_MARKS,
  changesMarkdown,
  redlineMarkdown,
  redlineSummaryText,
  type PolicyRedline,
  type RedlineClause,
  type RedlineSection,
} from '@policyops/contracts';
import { blockInline } from '../../markdown/blocks.js';
import { escapeHtml, safeHtmlRenderer } from '../../markdown/html.js';
import { atomsToMarkdown, inlineAtoms } from '../../markdown/inline-atoms.js';

/**
 * The redline as documents to send to Legal: standalone HTML (inline styles, no script, readable
 * in a mail client or pasted into a word processor) and Markdown with CriticMarkup marks
 * (`{++inserted++}`, `{--deleted--}`, `{>>note<<}`), which survives e-mail and review tools as
 * plain text and cannot be confused with the policy's own bold or strikethrough.
 */

const INSERT_STYLE = 'background:#d3f9d8;color:#1b5e2a;text-decoration:underline';
const DELETE_STYLE = 'background:#ffe3e3;color:#9b1c1c;text-decoration:line-through';

const sectionLabel = (section: RedlineSection) => {
  const side = section.to ?? section.from!;
  return side.number === '0' ? side.title || 'Before the first section' : `§${side.number} ${side.title}`;
};

/** What a section's heading says besides its title: "was §2 Old title", "added", "moved". */
function sectionNotes(section: RedlineSection): string[] {
  const notes: string[] = [];
  if (section.status === 'added') notes.push('added section');
  if (section.status === 'removed') notes.push('removed section');
  if (section.from && section.to && (section.renumbered || section.renamed))
    notes.push(`was §${section.from.number}${section.renamed ? ` ${section.from.title}` : ''}`);
  if (section.moved) notes.push('moved');
  return notes;
}

/** "Renumbered 3.2 → 4.1", "Moved from §2", "Added", "Removed": what a clause's margin says. */
export function clauseNotes(clause: RedlineClause): string[] {
  const notes: string[] = [];
  if (clause.status === 'added') notes.push('Added');
  if (clause.status === 'removed') notes.push('Removed');
  if (clause.status === 'moved')
    notes.push(
      clause.movedFrom ? `Moved from §${clause.movedFrom}` : `Moved within the section (was ${clause.from!.number})`,
    );
  if (clause.status === 'renumbered') notes.push(`Renumbered ${clause.from!.number} → ${clause.to!.number}`);
  if (clause.reworded) notes.push(clause.comparison === 'whole' ? 'Rewritten' : 'Reworded');
  return notes;
}

const title = (redline: PolicyRedline) =>
  `${redline.policy.title}: version ${redline.from.label} → ${redline.to.label}`;
const effective = (v: PolicyRedline['from']) =>
  v.effectiveDate ? `effective ${v.effectiveDate}` : 'no effective date';

/** The redline as one standalone HTML document. */
export function redlineHtmlDocument(redline: PolicyRedline, appUrl: string, generatedAt: string): string {
  const render = safeHtmlRenderer({ appUrl, insertStyle: INSERT_STYLE, deleteStyle: DELETE_STYLE });
  const block = (markdown: string, tag: 'ins' | 'del' | null) => {
    const html = render.block(markdown);
    if (!tag) return html;
    return `<${tag} style="display:block;${tag === 'ins' ? INSERT_STYLE : DELETE_STYLE}">${html}</${tag}>`;
  };
  const clauseHtml = (clause: RedlineClause) => {
    let body: string;
    if (clause.status === 'added') body = block(clause.to!.markdown, 'ins');
    else if (clause.status === 'removed') body = block(clause.from!.markdown, 'del');
    else if (clause.comparison === 'words') body = block(redlineMarkdown(clause, HTML_REDLINE_MARKS), null);
    else if (clause.comparison === 'whole')
      body = block(clause.from!.markdown, 'del') + block(clause.to!.markdown, 'ins');
    else body = block(clause.to!.markdown, null);
    const number = clause.to?.number ?? clause.from!.number;
    const notes = clauseNotes(clause)
      .map((n) => `<div style="color:#495057;font-size:12px">${escapeHtml(n)}</div>`)
      .join('');
    return `<tr><td style="vertical-align:top;padding:4px 12px 4px 0;white-space:nowrap;font-weight:600;color:#364fc7">${escapeHtml(number)}${notes}</td><td style="vertical-align:top;padding:4px 0">${body}</td></tr>`;
  };
  const sectionHtml = (section: RedlineSection) => {
    const heading = section.headingChanges
      ? render.inline(`§${section.to!.number} ${changesMarkdown(section.headingChanges, HTML_REDLINE_MARKS)}`)
      : escapeHtml(sectionLabel(section));
    const notes = sectionNotes(section);
    const style = section.status === 'added' ? INSERT_STYLE : section.status === 'removed' ? DELETE_STYLE : '';
    const moved = section.movedOut.length
      ? `<p style="color:#495057;font-size:13px">Moved to other sections: ${section.movedOut.map((m) => `${escapeHtml(m.from)} → ${escapeHtml(m.to)}`).join(', ')}</p>`
      : '';
    return `<section><h2 style="font-size:18px;margin:28px 0 8px;${style}">${heading}${notes.length ? ` <small style="font-weight:400;color:#495057">(${escapeHtml(notes.join(', '))})</small>` : ''}</h2><table style="border-collapse:collapse;width:100%">${section.clauses.map(clauseHtml).join('')}</table>${moved}</section>`;
  };
  const coarse = redline.coarse
    ? `<p style="background:#fff3bf;padding:8px">Coarser comparison: ${escapeHtml(redline.coarseReason ?? '')}.</p>`
    : '';
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(`Redline · ${title(redline)}`)}</title></head>
<body style="font-family:-apple-system,'Segoe UI',Roboto,Helvetica,Arial,sans-serif;font-size:14px;line-height:1.55;color:#212529;max-width:900px;margin:24px auto;padding:0 16px">
<header><h1 style="font-size:24px;margin:0 0 4px">${escapeHtml(title(redline))}</h1>
<p style="margin:0;color:#495057">From version ${escapeHtml(redline.from.label)} (${escapeHtml(effective(redline.from))}) to version ${escapeHtml(redline.to.label)} (${escapeHtml(effective(redline.to))}) · exported ${escapeHtml(generatedAt)}</p>
<p style="font-size:16px;font-weight:600;margin:12px 0 4px">${escapeHtml(redlineSummaryText(redline.summary))}</p>
<p style="margin:0;color:#495057">Inserted text is <ins style="${INSERT_STYLE}">underlined in green</ins>, deleted text <del style="${DELETE_STYLE}">struck through in red</del>. Numbers are those of the newer version.</p>
${coarse}</header>
${redline.sections.map(sectionHtml).join('\n')}
</body></html>
`;
}

/** A clause's words (without its list marker or heading marks) wrapped in one CriticMarkup mark. */
function criticBlock(markdown: string, prefix: string, mark: [string, string]): string {
  const inline = blockInline(markdown);
  if (!inline) return `${mark[0]}\n${markdown}\n${mark[1]}`;
  return `${prefix}${mark[0]}${atomsToMarkdown(inlineAtoms(inline))}${mark[1]}`;
}

/** The redline as Markdown with CriticMarkup marks. */
export function redlineMarkdownDocument(redline: PolicyRedline, generatedAt: string): string {
  const { insert, delete: remove } = CRITIC_REDLINE_MARKS;
  const lines = [
    `# Redline: ${title(redline)}`,
    '',
    `From version ${redline.from.label} (${effective(redline.from)}) to version ${redline.to.label} (${effective(redline.to)}), exported ${generatedAt}.`,
    '',
    `**${redlineSummaryText(redline.summary)}**`,
    '',
    '> Inserted text is marked {++like this++}, deleted text {--like this--}, notes {>>like this<<} (CriticMarkup). Numbers are those of the newer version.',
  ];
  if (redline.coarse) lines.push('', `> Coarser comparison: ${redline.coarseReason}.`);
  for (const section of redline.sections) {
    const notes = sectionNotes(section);
    const heading = section.headingChanges
      ? `§${section.to!.number} ${changesMarkdown(section.headingChanges, CRITIC_REDLINE_MARKS)}`
      : sectionLabel(section);
    lines.push('', `## ${heading}${notes.length ? ` {>>${notes.join(', ')}<<}` : ''}`);
    for (const clause of section.clauses) {
      const number = clause.to?.number ?? clause.from!.number;
      const notes = clauseNotes(clause);
      let body: string;
      if (clause.status === 'added') body = criticBlock(clause.to!.markdown, clause.to!.prefix, insert);
      else if (clause.status === 'removed') body = criticBlock(clause.from!.markdown, clause.from!.prefix, remove);
      else if (clause.comparison === 'words') body = redlineMarkdown(clause, CRITIC_REDLINE_MARKS);
      else if (clause.comparison === 'whole')
        body = `${criticBlock(clause.from!.markdown, clause.from!.prefix, remove)}\n\n${criticBlock(clause.to!.markdown, clause.to!.prefix, insert)}`;
      else body = clause.to!.markdown;
      lines.push('', `**${number}**${notes.length ? ` {>>${notes.join('; ')}<<}` : ''}`, '', body);
    }
    if (section.movedOut.length)
      lines.push('', `{>>Moved to other sections: ${section.movedOut.map((m) => `${m.from} → ${m.to}`).join(', ')}<<}`);
  }
  return `${lines.join('\n')}\n`;
}
