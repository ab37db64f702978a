/** One person read from a pasted line. */
export interface PastedPerson {
  name: string;
  email: string | null;
}

/** What the paste box holds: the people read and the lines that could not be read (1-based). */
export interface PastedPeople {
  people: PastedPerson[];
  problems: { line: number; text: string; reason: string }[];
}

const WITH_EMAIL = /^(.*?)\s*<\s*([^<>\s]+@[^<>\s]+)\s*>\s*$/;
const BARE_EMAIL = /^[^\s<>@]+@[^\s<>@]+\.[^\s<>@]+$/;

/**
 * Reads "Name <email>" or a name alone, one person a line; blank lines are skipped and a repeated e-mail
 * is reported once. The server validates again: this only shows what will be sent.
 */
export function parsePastedPeople(text: string, maxNameLength = 120): PastedPeople {
  const people: PastedPerson[] = [];
  const problems: PastedPeople['problems'] = [];
  const seenEmails = new Set<string>();
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim();
    if (!line) return;
    const match = WITH_EMAIL.exec(line);
    let name = line;
    let email: string | null = null;
    if (match) {
      name = (match[1] ?? '').trim().replace(/^"(.*)"$/, '$1');
      email = (match[2] ?? '').trim().toLowerCase();
      if (!BARE_EMAIL.test(email)) {
        problems.push({ line: index + 1, text: line, reason: 'The e-mail address does not look right' });
        return;
      }
      if (!name) name = email;
    } else if (BARE_EMAIL.test(line)) {
      email = line.toLowerCase();
      name = email;
    } else if (/[<>]/.test(line)) {
      problems.push({ line: index + 1, text: line, reason: 'Write the person as Name <email> or a name alone' });
      return;
    }
    if (name.length > maxNameLength) {
      problems.push({ line: index + 1, text: line, reason: `Use at most ${maxNameLength} characters for a name` });
      return;
    }
    if (email) {
      if (seenEmails.has(email)) {
        problems.push({ line: index + 1, text: line, reason: 'This e-mail address is already in the list' });
        return;
      }
      seenEmails.add(email);
    }
    people.push({ name, email });
  });
  return { people, problems };
}

/** A CSV field, quoted when it holds a comma, quote or line break; a leading =+-@ is defused for spreadsheets. */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Rows to CSV text with CRLF line ends (what spreadsheets expect). */
export function toCsv(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}
