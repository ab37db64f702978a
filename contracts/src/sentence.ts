// What happened, in words: the pieces the audit log and the activity feeds build their sentences
// from. Pure TypeScript without zod, so that the web app can render a sentence without loading it.

/** A piece of a sentence: plain words, or a name that links to its record. */
export interface SentencePart {
  text: string;
  /** App path of the person or record named, e.g. /people/<id> or /policies/hate-speech. */
  href?: string;
}

/** A sentence as parts, so that the web app can link the names and any client can read it as text. */
export type Sentence = SentencePart[];

/** A record named at read time: its current label and, when it has a page, where that is. */
export interface NamedRecord {
  label: string;
  href: string | null;
}

export interface SentenceOptions {
  /**
   * How dates (YYYY-MM-DD or ISO timestamps) are written; the web app passes its own formatter, so
   * sentences read like the rest of the page. Defaults to `formatDay` ("Jan 15, 2027").
   */
  formatDate?: (iso: string) => string;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * "Jan 15, 2027": the day of a YYYY-MM-DD date or of an ISO timestamp (its UTC day), as the web app
 * writes dates in English (dayjs `ll`). Returns the input unchanged when it is not a date.
 */
export function formatDay(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  const month = match ? MONTHS[Number(match[2]) - 1] : undefined;
  if (!match || !month) return iso;
  return `${month} ${Number(match[3])}, ${match[1]}`;
}

/** The sentence as plain text, e.g. for an accessible name, a CLI or a test. */
export function sentenceText(sentence: Sentence): string {
  return sentence.map((part) => part.text).join('');
}

/** A name part: linked when the record has a page. */
export function named(record: NamedRecord): SentencePart {
  return record.href ? { text: record.label, href: record.href } : { text: record.label };
}

/** Words and name parts joined into a sentence: strings become plain parts, empty ones are dropped. */
export function words(...pieces: (string | SentencePart | Sentence | null | undefined | false)[]): Sentence {
  const out: Sentence = [];
  for (const piece of pieces) {
    if (piece === null || piece === undefined || piece === false || piece === '') continue;
    if (typeof piece === 'string') out.push({ text: piece });
    else if (Array.isArray(piece)) out.push(...piece);
    else out.push(piece);
  }
  return out;
}

/** "A", "A and B", "A, B and C": a list of names in a sentence. */
export function listed(items: (SentencePart | Sentence)[]): Sentence {
  const parts = items.map((item) => (Array.isArray(item) ? item : [item]));
  if (parts.length === 0) return [];
  if (parts.length === 1) return parts[0]!;
  return words(...parts.slice(0, -1).flatMap((p, i) => (i === 0 ? [p] : [', ', p])), ' and ', parts[parts.length - 1]);
}

/** "1 policy", "3 policies". */
export function counted(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;
}
