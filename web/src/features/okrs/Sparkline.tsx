import type { Confidence, TrendPoint } from '@policyops/contracts';
import { confidenceLabel, percentText } from './okr-labels';

const STROKE: Record<Confidence, string> = {
  on_track: 'var(--mantine-color-green-7)',
  at_risk: 'var(--mantine-color-yellow-8)',
  off_track: 'var(--mantine-color-red-7)',
};

export interface SparklineProps {
  points: readonly TrendPoint[];
  /** What it is the trend of, for the accessible name. */
  subject: string;
  width?: number;
  height?: number;
}

/**
 * Progress at each check-in as a small line (0% at the bottom, 100% at the top), each point coloured
 * by that check-in's confidence. An image with a text alternative naming every point.
 */
export function Sparkline({ points, subject, width = 120, height = 28 }: SparklineProps) {
  const pad = 3;
  if (points.length === 0) {
    return (
      <svg width={width} height={height} role="img" aria-label={`${subject}: no check-ins yet`}>
        <line
          x1={pad}
          x2={width - pad}
          y1={height - pad}
          y2={height - pad}
          stroke="var(--mantine-color-gray-4)"
          strokeDasharray="3 3"
        />
      </svg>
    );
  }
  const x = (i: number) => (points.length === 1 ? width / 2 : pad + (i * (width - 2 * pad)) / (points.length - 1));
  const y = (progress: number) => height - pad - (progress / 100) * (height - 2 * pad);
  const path = points.map((p, i) => `${i === 0 ? 'M' : 'L'}${x(i).toFixed(1)},${y(p.progress).toFixed(1)}`).join(' ');
  const last = points[points.length - 1]!;
  const description = `${subject}: ${points
    .map((p) => `${percentText(p.progress)} on ${p.date}`)
    .join(', ')}; latest ${confidenceLabel(last.confidence).toLowerCase()}`;
  return (
    <svg width={width} height={height} role="img" aria-label={description} style={{ overflow: 'visible' }}>
      <title>{description}</title>
      <line x1={pad} x2={width - pad} y1={y(100)} y2={y(100)} stroke="var(--mantine-color-gray-2)" />
      <line x1={pad} x2={width - pad} y1={y(0)} y2={y(0)} stroke="var(--mantine-color-gray-3)" />
      <path d={path} fill="none" stroke="var(--mantine-color-indigo-6)" strokeWidth={1.5} />
      {points.map((p, i) => (
        <circle
          key={`${p.date}-${i}`}
          cx={x(i)}
          cy={y(p.progress)}
          r={i === points.length - 1 ? 3 : 2}
          fill={STROKE[p.confidence]}
        />
      ))}
    </svg>
  );
}
