import type { FeedRow } from './public-changelog-reader.js';

// Characters XML 1.0 forbids even when escaped (C0 controls other than tab, newline, return).
// eslint-disable-next-line no-control-regex -- matching them is the point
const XML_FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g;

const escapeXml = (text: string) =>
  text
    .replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!)
    .replace(XML_FORBIDDEN, '');

/** An RFC 4287 Atom feed of the public changelog: each entry's public summary, never the internal one. */
export function atomFeed(rows: FeedRow[], publicUrl: string): string {
  const updated = rows[0]?.published_at ?? '1970-01-01T00:00:00.000Z';
  const entries = rows
    .map((r) => {
      const link = `${publicUrl}/changelog#${r.id}`;
      const effective = r.effective_date ? ` (effective ${r.effective_date})` : '';
      const markets = r.marketDates.length
        ? ` Other dates by market: ${r.marketDates.map((d) => `${d.marketName}: ${d.effectiveDate}`).join('; ')}.`
        : '';
      return [
        '  <entry>',
        `    <id>urn:uuid:${r.id}</id>`,
        `    <title>${escapeXml(`${r.title}: version ${r.label}${effective}`)}</title>`,
        `    <updated>${r.published_at}</updated>`,
        `    <published>${r.published_at}</published>`,
        `    <link rel="alternate" type="text/html" href="${escapeXml(link)}"/>`,
        `    <summary type="text">${escapeXml(`${r.public_summary}${markets}`)}</summary>`,
        '  </entry>',
      ].join('\n');
    })
    .join('\n');
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <id>${escapeXml(`${publicUrl}/changelog`)}</id>`,
    '  <title>PolicyOps policy changelog</title>',
    '  <subtitle>Changes to the community policies, as they take effect</subtitle>',
    `  <updated>${updated}</updated>`,
    '  <author><name>Policy Center of Excellence</name></author>',
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(`${publicUrl}/api/public/changelog.atom`)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(`${publicUrl}/changelog`)}"/>`,
    entries,
    '</feed>',
    '',
  ].join('\n');
}
