/**
 * Text that is always valid Unicode. JavaScript strings are UTF-16 and may hold a surrogate that
 * is not half of a pair, which no UTF-8 store can keep (the drivers silently turn it into U+FFFD);
 * cutting a string with `slice` creates one whenever the cut falls inside a pair (an emoji, say).
 * Shared by the server and the web app.
 */

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;

/** Whether the text holds a surrogate that is not half of a pair, i.e. could not be encoded as UTF-8. */
export function hasLoneSurrogate(text: string): boolean {
  return LONE_SURROGATE.test(text);
}

/**
 * The text cut to at most `maxLength` UTF-16 units (the unit of `string.length` and of zod's
 * `.max()`, so a cut value still fits the schema it came through), ellipsis included. The cut falls
 * on a code-point boundary: a surrogate pair is kept whole or dropped whole, never split. When it
 * cuts, trailing white space goes before a non-empty ellipsis; an ellipsis that would not fit with
 * at least one character of text is left out. Throws nothing.
 */
export function truncateText(text: string, maxLength: number, ellipsis = '…'): string {
  if (text.length <= maxLength) return text;
  const withEllipsis = ellipsis.length > 0 && ellipsis.length < maxLength;
  let end = Math.max(0, withEllipsis ? maxLength - ellipsis.length : maxLength);
  // Cutting between a high and a low surrogate would leave half a character: cut before the pair.
  if (end > 0 && isHighSurrogate(text.charCodeAt(end - 1))) end -= 1;
  const head = text.slice(0, end);
  return withEllipsis ? `${head.trimEnd()}${ellipsis}` : head;
}
