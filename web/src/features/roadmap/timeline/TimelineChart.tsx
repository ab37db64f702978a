import { Text } from '@mantine/core';
import { useElementSize } from '@mantine/hooks';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { RoadmapYear } from '@policyops/contracts';
import { useMemo, useRef } from 'react';
import type { TimelineRow } from './timeline-data';
import { arrowShape, isCriticalStep, layerRows, linksInWindow } from './timeline-arrows';
import { addDays, monthsOf, scaleOf } from './timeline-scale';
import { HEADER_H, InitiativeRow, LABEL_W, LANE_H, LaneRow, ROW_H } from './TimelineRows';
import { BAR_HELP_ID, type ColorBy, type Span } from './TimelineBar';

/** Rows beyond those in view that the arrows are drawn over, so that their cut ends stay off screen. */
const ARROW_MARGIN_ROWS = 2;

export interface ChartProps {
  year: RoadmapYear;
  rows: TimelineRow[];
  colorBy: ColorBy;
  /** Ids of the critical path's nodes (empty when not shown), and its consecutive pairs. */
  critical: Set<string>;
  criticalLinks: Set<string>;
  preview: { id: string; span: Span } | null;
  onPreview: (id: string, span: Span | null) => void;
  onPropose: (id: string, span: Span) => void;
}

/** The timeline's grid: quarter and month columns, one virtualised row per lane or initiative. */
export function TimelineChart({
  year,
  rows,
  colorBy,
  critical,
  criticalLinks,
  preview,
  onPreview,
  onPropose,
}: ChartProps) {
  const { ref: sizeRef, width: outerWidth } = useElementSize();
  const scrollRef = useRef<HTMLDivElement>(null);
  const chartW = Math.max(520, Math.floor(outerWidth) - LABEL_W - 18);
  const scale = useMemo(() => scaleOf(year.year.start, year.year.end, chartW), [year.year, chartW]);
  const months = useMemo(() => monthsOf(year.year.start, year.year.end), [year.year]);
  const { offsets, total, indexOf } = useMemo(() => {
    const offsets: number[] = [];
    const indexOf = new Map<string, number>();
    let y = 0;
    rows.forEach((r, i) => {
      offsets.push(y);
      if (r.type === 'initiative') indexOf.set(r.key, i);
      y += r.type === 'lane' ? LANE_H : ROW_H;
    });
    return { offsets, total: y, indexOf };
  }, [rows]);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: (i) => (rows[i]!.type === 'lane' ? LANE_H : ROW_H),
    overscan: 12,
    scrollMargin: HEADER_H,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? -1;
  const spanOf = (id: string, planned: Span): Span => (preview?.id === id ? preview.span : planned);
  const byId = useMemo(() => new Map(year.initiatives.map((i) => [i.id, i] as const)), [year.initiatives]);
  const milestoneById = useMemo(() => new Map(year.milestones.map((m) => [m.id, m] as const)), [year.milestones]);

  // Each dependency with the rows of its two ends (not those of an initiative off the timeline).
  const links = useMemo(
    () =>
      year.dependencies.flatMap((d) => {
        const fromRow = indexOf.get(d.fromInitiativeId);
        const toRow = indexOf.get(d.toInitiativeId);
        return fromRow === undefined || toRow === undefined ? [] : [{ link: d, fromRow, toRow }];
      }),
    [year.dependencies, indexOf],
  );
  // The arrows the rendered rows need, drawn on a layer that covers only the rows in view and a
  // margin: most arrows of a large year are long, and a dashed stroke is slow to paint by the pixel.
  const layer = layerRows({ first, last }, virtualizer.range, ARROW_MARGIN_ROWS);
  const windowTop = offsets[layer.first] ?? 0;
  const windowBottom = layer.last >= layer.first ? (offsets[layer.last + 1] ?? total) : windowTop;
  const arrows = linksInWindow(links, { first, last }).flatMap(({ link: d, fromRow, toRow }) => {
    const from = byId.get(d.fromInitiativeId)!;
    const to = byId.get(d.toInitiativeId)!;
    const fromSpan = spanOf(from.id, from);
    const toSpan = spanOf(to.id, to);
    const fromMilestone = d.fromType === 'milestone' ? milestoneById.get(d.fromId) : undefined;
    const toMilestone = d.toType === 'milestone' ? milestoneById.get(d.toId) : undefined;
    const shape = arrowShape(
      {
        x1: fromMilestone ? scale.x(fromMilestone.date) + scale.perDay / 2 + 6 : scale.x(addDays(fromSpan.end, 1)),
        x2: toMilestone ? scale.x(toMilestone.date) + scale.perDay / 2 - 7 : scale.x(toSpan.start) - 1,
        y1: offsets[fromRow]! + ROW_H / 2,
        y2: offsets[toRow]! + ROW_H / 2,
      },
      { top: windowTop, bottom: windowBottom },
    );
    if (!shape) return [];
    const finish = fromMilestone ? fromMilestone.date : fromSpan.end;
    const startOrDate = toMilestone ? toMilestone.date : addDays(toSpan.start, -1);
    const broken = addDays(finish, d.lagDays) > startOrDate;
    const hot = isCriticalStep(d, criticalLinks);
    return [{ id: d.id, ...shape, broken, hot }];
  });

  const todayX = year.today >= year.year.start && year.today <= year.year.end ? scale.x(year.today) : null;
  const width = LABEL_W + chartW;

  return (
    <div ref={sizeRef} style={{ width: '100%' }}>
      <Text id={BAR_HELP_ID} size="xs" c="dimmed" mb={6}>
        Drag a bar to move it, drag an end to change its dates. With a bar focused: the arrow keys move it by a day
        (with Shift, a week); press S or E first to change only its start or its end date (M moves it again); Enter
        reviews and saves the change, Escape undoes it.
      </Text>
      <div
        ref={scrollRef}
        data-timeline-scroll
        style={{
          maxHeight: 'max(320px, calc(100vh - 300px))',
          height: HEADER_H + total + 20,
          overflow: 'auto',
          border: '1px solid var(--mantine-color-gray-3)',
          borderRadius: 8,
          position: 'relative',
          background: 'var(--mantine-color-body)',
        }}
      >
        <div
          aria-hidden
          style={{
            position: 'sticky',
            top: 0,
            zIndex: 5,
            height: HEADER_H,
            width,
            background: 'var(--mantine-color-gray-0)',
            borderBottom: '1px solid var(--mantine-color-gray-3)',
          }}
        >
          <div style={{ position: 'absolute', left: 12, top: 14, fontSize: 13, fontWeight: 600 }}>
            {year.year.label}
          </div>
          {year.quarters.map((q) => (
            <div
              key={q.key}
              style={{
                position: 'absolute',
                left: LABEL_W + scale.x(q.start),
                width: scale.x(addDays(q.end, 1)) - scale.x(q.start),
                top: 0,
                height: 24,
                borderLeft: '1px solid var(--mantine-color-gray-4)',
                fontSize: 12,
                fontWeight: 700,
                padding: '4px 6px',
              }}
            >
              {q.label}
            </div>
          ))}
          {months.map((m) => (
            <div
              key={m.start}
              style={{
                position: 'absolute',
                left: LABEL_W + scale.x(m.start),
                width: scale.x(addDays(m.end, 1)) - scale.x(m.start),
                top: 24,
                height: 24,
                borderLeft: '1px solid var(--mantine-color-gray-3)',
                fontSize: 12,
                padding: '4px 6px',
                color: 'var(--mantine-color-gray-7)',
              }}
            >
              {m.label}
            </div>
          ))}
          {todayX !== null ? (
            <div
              style={{
                position: 'absolute',
                left: LABEL_W + todayX + 3,
                top: 4,
                padding: '1px 5px',
                zIndex: 1,
                fontSize: 10,
                fontWeight: 700,
                color: 'var(--mantine-color-white)',
                background: 'var(--mantine-color-blue-8)',
                borderRadius: 3,
              }}
            >
              Today
            </div>
          ) : null}
        </div>
        <div style={{ position: 'relative', height: total, width }}>
          {months.map((m) => (
            <div
              key={m.start}
              aria-hidden
              style={{
                position: 'absolute',
                top: 0,
                bottom: 0,
                left: LABEL_W + scale.x(m.start),
                borderLeft: `1px solid var(--mantine-color-gray-${year.quarters.some((q) => q.start === m.start) ? 4 : 2})`,
              }}
            />
          ))}
          {todayX !== null ? (
            <div
              aria-hidden
              data-today
              style={{
                position: 'absolute',
                top: 0,
                bottom: 0,
                left: LABEL_W + todayX,
                borderLeft: '2px solid var(--mantine-color-blue-7)',
                zIndex: 3,
              }}
            />
          ) : null}
          <svg
            aria-hidden
            width={chartW}
            // Only as tall as the rendered rows: a layer of the whole list's height is slow to paint.
            height={windowBottom - windowTop}
            style={{
              position: 'absolute',
              left: LABEL_W,
              top: windowTop,
              pointerEvents: 'none',
              zIndex: 1,
              overflow: 'visible',
            }}
          >
            <defs>
              {(['gray', 'red', 'orange'] as const).map((c) => (
                <marker
                  key={c}
                  id={`arrow-${c}`}
                  viewBox="0 0 8 8"
                  refX="7"
                  refY="4"
                  markerWidth="7"
                  markerHeight="7"
                  orient="auto"
                >
                  <path d="M0,0 L8,4 L0,8 z" fill={`var(--mantine-color-${c}-${c === 'gray' ? 6 : 8})`} />
                </marker>
              ))}
            </defs>
            <g transform={`translate(0 ${-windowTop})`}>
              {arrows.map((a) => {
                const c = a.hot ? 'red' : a.broken ? 'orange' : 'gray';
                const stroke = `var(--mantine-color-${c}-${c === 'gray' ? 6 : 8})`;
                return (
                  <g key={a.id} data-arrow={a.id} data-cut={a.cuts ? '' : undefined}>
                    <path
                      d={a.path}
                      fill="none"
                      stroke={stroke}
                      strokeWidth={a.hot ? 2.5 : 1.5}
                      strokeDasharray={a.broken ? '4 3' : undefined}
                      markerEnd={a.head ? `url(#arrow-${c})` : undefined}
                    />
                    {a.cuts ? (
                      <path d={a.cuts} fill="none" stroke={stroke} strokeWidth={2} strokeLinejoin="round" />
                    ) : null}
                  </g>
                );
              })}
            </g>
          </svg>
          {items.map((item) => {
            const row = rows[item.index]!;
            const top = item.start - HEADER_H;
            return row.type === 'lane' ? (
              <LaneRow key={row.key} row={row} top={top} width={width} />
            ) : (
              <InitiativeRow
                key={row.key}
                row={row}
                top={top}
                chartW={chartW}
                scale={scale}
                colorBy={colorBy}
                span={preview?.id === row.key ? preview.span : null}
                critical={critical}
                onPreview={onPreview}
                onPropose={onPropose}
              />
            );
          })}
        </div>
      </div>
    </div>
  );
}
