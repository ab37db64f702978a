import { INITIATIVE_HEALTH_LABELS, INITIATIVE_STATUS_LABELS, type RoadmapYearInitiative } from '@policyops/contracts';
import type { KeyboardEvent, PointerEvent } from 'react';
import { useRef, useState } from 'react';
import { HEALTH_COLORS, STATUS_COLORS } from '../roadmap-labels';
import { barKeyAction, EDIT_WORDS, shifted, type BarEdit, type Span } from './timeline-keys';
import { addDays, shortDay, toDay, type Scale } from './timeline-scale';

export type ColorBy = 'status' | 'health';
export type { Span } from './timeline-keys';

export const BAR_HELP_ID = 'timeline-bar-help';

export function colorOf(initiative: RoadmapYearInitiative, by: ColorBy): string {
  if (by === 'health') return initiative.health ? HEALTH_COLORS[initiative.health] : 'gray';
  return STATUS_COLORS[initiative.status];
}

/** "Initiative X, Feb 3 to Apr 30, in progress, 40%" (and health when coloured by it). */
export function barName(initiative: RoadmapYearInitiative, span: Span, by: ColorBy) {
  const health =
    by === 'health'
      ? `, ${initiative.health ? INITIATIVE_HEALTH_LABELS[initiative.health].toLowerCase() : 'no update yet'}`
      : '';
  return (
    `Initiative ${initiative.title}, ${shortDay(span.start)} to ${shortDay(span.end)}, ` +
    `${INITIATIVE_STATUS_LABELS[initiative.status].toLowerCase()}${health}, ${initiative.progress}%`
  );
}

/**
 * One initiative's bar: drag to move, drag an end to resize; focused, the arrow keys move it or, after
 * S or E, change its start or end, and Enter reviews the change (barKeyAction has the keys).
 */
export function TimelineBar({
  initiative,
  span,
  scale,
  colorBy,
  critical,
  onPreview,
  onPropose,
}: {
  initiative: RoadmapYearInitiative;
  /** Where it is drawn: its planned dates, or the move being previewed. */
  span: Span;
  scale: Scale;
  colorBy: ColorBy;
  critical: boolean;
  /** The move to draw (null: back to the planned dates). */
  onPreview: (id: string, span: Span | null) => void;
  onPropose: (id: string, span: Span) => void;
}) {
  const drag = useRef<{ mode: BarEdit; x: number; span: Span; moved: boolean } | null>(null);
  const [edit, setEdit] = useState<BarEdit>('move');
  const color = colorOf(initiative, colorBy);
  const left = scale.clampX(span.start);
  const width = Math.max(6, scale.clampX(addDays(span.end, 1)) - left);
  const editable = initiative.editable;

  const down = (mode: BarEdit) => (e: PointerEvent<HTMLElement>) => {
    if (!editable || e.button !== 0) return;
    e.stopPropagation();
    e.preventDefault();
    (e.currentTarget.closest('[data-bar]') as HTMLElement | null)?.setPointerCapture(e.pointerId);
    drag.current = { mode, x: e.clientX, span, moved: false };
  };
  const move = (e: PointerEvent<HTMLElement>) => {
    const d = drag.current;
    if (!d) return;
    const delta = Math.round((e.clientX - d.x) / scale.perDay);
    if (delta !== 0) d.moved = true;
    if (d.moved) onPreview(initiative.id, shifted(d.mode, d.span, delta));
  };
  const up = (e: PointerEvent<HTMLElement>) => {
    const d = drag.current;
    drag.current = null;
    if (!d?.moved) return;
    const next = shifted(d.mode, d.span, Math.round((e.clientX - d.x) / scale.perDay));
    if (next.start === initiative.start && next.end === initiative.end) onPreview(initiative.id, null);
    else onPropose(initiative.id, next);
  };
  const key = (e: KeyboardEvent<HTMLElement>) => {
    if (!editable) return;
    const action = barKeyAction(e, edit, span, initiative);
    if (!action) return;
    // Escape stays free for whatever else listens (a dialog, the command palette).
    if (action.type !== 'reset') e.preventDefault();
    if (action.type === 'preview') onPreview(initiative.id, action.span);
    else if (action.type === 'edit') setEdit(action.edit);
    else {
      // Proposing or undoing ends the edit: the next keys move the bar again.
      setEdit('move');
      if (action.type === 'propose') onPropose(initiative.id, action.span);
      else onPreview(initiative.id, null);
    }
  };

  const moving = span.start !== initiative.start || span.end !== initiative.end;
  const handle = (side: 'start' | 'end') =>
    editable ? (
      <span
        aria-hidden
        data-handle={side}
        data-picked={edit === side || undefined}
        onPointerDown={down(side)}
        style={{
          position: 'absolute',
          top: 0,
          bottom: 0,
          [side === 'start' ? 'left' : 'right']: -3,
          width: 8,
          cursor: 'ew-resize',
          // The end the arrow keys change, drawn as a grip so that sighted keyboard users see it too.
          background: edit === side ? 'var(--mantine-color-blue-8)' : undefined,
          borderRadius: 3,
        }}
      />
    ) : null;

  return (
    <div
      data-bar={initiative.id}
      role="button"
      tabIndex={0}
      aria-label={barName(initiative, span, colorBy) + EDIT_WORDS[edit]}
      aria-describedby={BAR_HELP_ID}
      aria-keyshortcuts={
        editable ? 'ArrowLeft ArrowRight Shift+ArrowLeft Shift+ArrowRight S E M Enter Escape' : undefined
      }
      aria-disabled={editable ? undefined : true}
      onPointerDown={down('move')}
      onPointerMove={move}
      onPointerUp={up}
      onKeyDown={key}
      onBlur={() => setEdit('move')}
      className="timeline-bar"
      style={{
        position: 'absolute',
        top: 7,
        height: 20,
        left,
        width,
        borderRadius: 5,
        background: `var(--mantine-color-${color}-1)`,
        border: `1px solid var(--mantine-color-${color}-7)`,
        outline: critical ? '2px solid var(--mantine-color-red-7)' : undefined,
        outlineOffset: critical ? 1 : undefined,
        boxShadow: moving ? '0 0 0 3px var(--mantine-color-blue-3)' : undefined,
        cursor: editable ? 'grab' : 'default',
        touchAction: 'none',
        overflow: 'visible',
      }}
    >
      <span
        aria-hidden
        style={{
          position: 'absolute',
          inset: 0,
          width: `${initiative.progress}%`,
          background: `var(--mantine-color-${color}-5)`,
          borderRadius: 4,
        }}
      />
      {handle('start')}
      {handle('end')}
    </div>
  );
}

/** Days from one ISO date to another. */
export const daysBetween = (a: string, b: string) => toDay(b) - toDay(a);
