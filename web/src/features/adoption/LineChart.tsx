import { Group, Text, VisuallyHidden } from '@mantine/core';
import { formatDate } from '../../lib/format';

export interface LineSeries {
  key: string;
  label: string;
  color: string;
  /** Percent (0-100) on each date (YYYY-MM-DD or ISO), in date order. */
  points: readonly { date: string; value: number }[];
  dashed?: boolean;
}

export interface LineChartProps {
  /** Accessible name, e.g. "Adoption curve". */
  title: string;
  series: readonly LineSeries[];
  /** A horizontal target line, in percent. */
  target?: number | null;
  height?: number;
}

const W = 720;
const PAD = { top: 12, right: 16, bottom: 28, left: 40 };

function dayOf(date: string): number {
  return Date.parse(date.length === 10 ? `${date}T00:00:00Z` : date);
}

/**
 * A small SVG line chart of percentages over time (no chart library: the campaign page stays light). The
 * lines are drawn for the eye; a visually hidden table carries the same figures for screen readers.
 */
export function LineChart({ title, series, target, height = 240 }: LineChartProps) {
  const all = series.flatMap((s) => s.points.map((p) => dayOf(p.date)));
  const min = Math.min(...all);
  const max = Math.max(...all);
  const span = max - min || 1;
  const innerW = W - PAD.left - PAD.right;
  const innerH = height - PAD.top - PAD.bottom;
  const x = (date: string) => PAD.left + (all.length <= 1 ? innerW / 2 : ((dayOf(date) - min) / span) * innerW);
  const y = (value: number) => PAD.top + innerH - (Math.max(0, Math.min(100, value)) / 100) * innerH;
  const ticks = all.length ? [min, min + span / 2, max].filter((t, i, arr) => arr.indexOf(t) === i) : [];
  const dates = [...new Set(series.flatMap((s) => s.points.map((p) => p.date)))].sort((a, b) => dayOf(a) - dayOf(b));

  return (
    <figure style={{ margin: 0 }}>
      <svg
        viewBox={`0 0 ${W} ${height}`}
        width="100%"
        role="img"
        aria-label={`${title}: ${series.map((s) => s.label).join(', ')}; the figures are in the table that follows`}
        style={{ display: 'block', maxWidth: '100%' }}
      >
        {[0, 25, 50, 75, 100].map((v) => (
          <g key={v}>
            <line x1={PAD.left} x2={W - PAD.right} y1={y(v)} y2={y(v)} stroke="var(--mantine-color-gray-2)" />
            <text x={PAD.left - 6} y={y(v) + 4} textAnchor="end" fontSize={11} fill="var(--mantine-color-dimmed)">
              {v}%
            </text>
          </g>
        ))}
        {ticks.map((t) => (
          <text
            key={t}
            x={all.length <= 1 ? PAD.left + innerW / 2 : PAD.left + ((t - min) / span) * innerW}
            y={height - 8}
            textAnchor={t === min && all.length > 1 ? 'start' : t === max && all.length > 1 ? 'end' : 'middle'}
            fontSize={11}
            fill="var(--mantine-color-dimmed)"
          >
            {formatDate(new Date(t).toISOString().slice(0, 10))}
          </text>
        ))}
        {target != null ? (
          <g>
            <line
              x1={PAD.left}
              x2={W - PAD.right}
              y1={y(target)}
              y2={y(target)}
              stroke="var(--mantine-color-red-6)"
              strokeDasharray="6 4"
            />
            <text x={W - PAD.right} y={y(target) - 4} textAnchor="end" fontSize={11} fill="var(--mantine-color-red-7)">
              Target {target}%
            </text>
          </g>
        ) : null}
        {series.map((s) => {
          if (s.points.length === 0) return null;
          const d = s.points
            .map((p, i) => `${i === 0 ? 'M' : 'L'}${x(p.date).toFixed(1)},${y(p.value).toFixed(1)}`)
            .join(' ');
          const last = s.points[s.points.length - 1]!;
          return (
            <g key={s.key}>
              <path d={d} fill="none" stroke={s.color} strokeWidth={2} strokeDasharray={s.dashed ? '4 3' : undefined} />
              <circle cx={x(last.date)} cy={y(last.value)} r={3.5} fill={s.color} />
            </g>
          );
        })}
      </svg>
      <Group gap="md" mt={4} component="figcaption" aria-hidden>
        {series.map((s) => (
          <Group key={s.key} gap={6}>
            <svg width={18} height={8} aria-hidden>
              <line
                x1={0}
                x2={18}
                y1={4}
                y2={4}
                stroke={s.color}
                strokeWidth={2}
                strokeDasharray={s.dashed ? '4 3' : undefined}
              />
            </svg>
            <Text size="xs">{s.label}</Text>
          </Group>
        ))}
      </Group>
      <VisuallyHidden>
        <table>
          <caption>{title}</caption>
          <thead>
            <tr>
              <th scope="col">Date</th>
              {series.map((s) => (
                <th key={s.key} scope="col">
                  {s.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {dates.map((date) => (
              <tr key={date}>
                <th scope="row">{formatDate(date)}</th>
                {series.map((s) => {
                  const point = s.points.find((p) => p.date === date);
                  return <td key={s.key}>{point ? `${point.value}%` : '—'}</td>;
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </VisuallyHidden>
    </figure>
  );
}
