/**
 * A case-insensitive "contains" pattern for `lower(column) LIKE pattern ESCAPE '\'`: the text in
 * lower case between `%`s, with `%`, `_` and the escape character itself escaped, so that what a
 * person types is matched literally on both SQLite and PostgreSQL.
 */
export function containsPattern(text: string): string {
  return `%${text.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
