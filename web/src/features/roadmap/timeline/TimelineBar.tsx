import { INITIATIVE_HEALTH_LABELS, INITIATIVE_STATUS_LABELS, type RoadmapYearInitiative } from '@policyops/contracts';
import type { KeyboardEvent, PointerEvent } from 'react';
import { useRef } from 'react';
import { HEALTH_COLORS, STATUS_COLORS } from '../roadmap-labels';
import { addDays, shortDay, toDay, type Scale } from './timeline-scale';

export type ColorBy = 'status' | 'health';
export interface Span {
  start: string;
  end: string;
}

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

type Mode = 'move' | 'start' | 'end';

/** One initiative's bar: drag to move, drag an end to resize, or arrow keys and Enter when focused. */
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
  const drag = useRef<{ mode: Mode; x: number; span: Span; moved: boolean } | null>(null);
  const color = colorOf(initiative, colorBy);
  const left = scale.clampX(span.start);
  const width = Math.max(6, scale.clampX(addDays(span.end, 1)) - left);
  const editable = initiative.editable;

  const shifted = (mode: Mode, base: Span, delta: number): Span => {
    if (mode === 'move') return { start: addDays(base.start, delta), end: addDays(base.end, delta) };
    if (mode === 'start') {
      const start = addDays(base.start, delta);
      return { start: start > base.end ? base.end : start, end: base.end };
    }
    const end = addDays(base.end, delta);
    return { start: base.start, end: end < base.start ? base.start : end };
  };

  const down = (mode: Mode) => (e: PointerEvent<HTMLElement>) => {
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
    const step = e.shiftKey ? 7 : 1;
    if (e.key === 'ArrowLeft' || e.key === 'ArrowRight') {
      e.preventDefault();
      onPreview(initiative.id, shifted('move', span, e.key === 'ArrowLeft' ? -step : step));
    } else if (e.key === 'Enter' && (span.start !== initiative.start || span.end !== initiative.end)) {
      e.preventDefault();
      onPropose(initiative.id, span);
    } else if (e.key === 'Escape') onPreview(initiative.id, null);
  };

  const moving = span.start !== initiative.start || span.end !== initiative.end;
  const handle = (side: 'start' | 'end') =>
    editable ? (
      <span
        aria-hidden
        data-handle={side}
        onPointerDown={down(side)}
        style={{
          position: 'absolute',
          top: 0,
          bottom: 0,
          [side === 'start' ? 'left' : 'right']: -3,
          width: 8,
          cursor: 'ew-resize',
        }}
      />
    ) : null;

  return (
    <div
      data-bar={initiative.id}
      role="button"
      tabIndex={0}
      aria-label={barName(initiative, span, colorBy)}
      aria-describedby={BAR_HELP_ID}
      aria-disabled={editable ? undefined : true}
      onPointerDown={down('move')}
      onPointerMove={move}
      onPointerUp={up}
      onKeyDown={key}
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
