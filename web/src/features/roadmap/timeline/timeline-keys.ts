import { addDays } from './timeline-scale';

export interface Span {
  start: string;
  end: string;
}

/** What a drag or the arrow keys change: the whole bar, or one of its ends. */
export type BarEdit = 'move' | 'start' | 'end';

/** `base` with `delta` days applied to what `edit` changes; an end never crosses the other. */
export function shifted(edit: BarEdit, base: Span, delta: number): Span {
  if (edit === 'move') return { start: addDays(base.start, delta), end: addDays(base.end, delta) };
  if (edit === 'start') {
    const start = addDays(base.start, delta);
    return { start: start > base.end ? base.end : start, end: base.end };
  }
  const end = addDays(base.end, delta);
  return { start: base.start, end: end < base.start ? base.start : end };
}

export type BarKeyAction =
  | { type: 'preview'; span: Span }
  | { type: 'propose'; span: Span }
  | { type: 'edit'; edit: BarEdit }
  | { type: 'reset' };

type Key = Pick<KeyboardEvent, 'key' | 'shiftKey' | 'altKey' | 'ctrlKey' | 'metaKey'>;

// Letters rather than more modifiers: Shift already means "a week", Alt+Left is the browser's Back on
// Windows and Linux, and Ctrl+arrows switch desktops on macOS.
const EDIT_KEYS: Record<string, BarEdit> = { s: 'start', e: 'end', m: 'move' };

/**
 * What a key pressed on a focused bar does, given what the arrows change now (`edit`), the span drawn
 * (`span`, the preview so far) and the planned one. S or E picks the start or the end (again: back to
 * moving), M moves the whole bar; arrows change it by a day, with Shift by a week; Enter proposes a
 * changed span; Escape drops the preview. Null: not the bar's key, let it through.
 */
export function barKeyAction(key: Key, edit: BarEdit, span: Span, planned: Span): BarKeyAction | null {
  if (key.ctrlKey || key.metaKey || key.altKey) return null;
  if (key.key === 'ArrowLeft' || key.key === 'ArrowRight') {
    const step = key.shiftKey ? 7 : 1;
    return { type: 'preview', span: shifted(edit, span, key.key === 'ArrowLeft' ? -step : step) };
  }
  const picked = EDIT_KEYS[key.key.toLowerCase()];
  if (picked) return { type: 'edit', edit: picked === edit ? 'move' : picked };
  if (key.key === 'Enter' && (span.start !== planned.start || span.end !== planned.end))
    return { type: 'propose', span };
  if (key.key === 'Escape') return { type: 'reset' };
  return null;
}

/** The words for what the arrows change, appended to the bar's name while an end is picked. */
export const EDIT_WORDS: Record<BarEdit, string> = {
  move: '',
  start: ', arrows change the start date',
  end: ', arrows change the end date',
};
