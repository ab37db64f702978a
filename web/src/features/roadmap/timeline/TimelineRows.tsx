import { Text } from '@mantine/core';
import type { RoadmapYearMilestone } from '@policyops/contracts';
import { memo } from 'react';
import { AnchorLink } from '../../../ui/router-links';
import type { TimelineRow } from './timeline-data';
import { shortDay, type Scale } from './timeline-scale';
import { TimelineBar, type ColorBy, type Span } from './TimelineBar';

export const LABEL_W = 248;
export const ROW_H = 34;
export const LANE_H = 30;
export const HEADER_H = 48;

function Diamond({ milestone, scale, critical }: { milestone: RoadmapYearMilestone; scale: Scale; critical: boolean }) {
  const x = scale.x(milestone.date) + scale.perDay / 2;
  const label = `Milestone ${milestone.title}, ${shortDay(milestone.date)}${milestone.fixed ? ', fixed date' : ''}${milestone.done ? ', done' : ''}`;
  return (
    <span
      role="img"
      aria-label={label}
      title={label}
      style={{
        position: 'absolute',
        left: x - 6,
        top: ROW_H / 2 - 6,
        width: 12,
        height: 12,
        transform: 'rotate(45deg)',
        background: milestone.fixed
          ? 'var(--mantine-color-red-8)'
          : milestone.done
            ? 'var(--mantine-color-dark-5)'
            : 'var(--mantine-color-white)',
        border: `2px solid ${milestone.fixed ? 'var(--mantine-color-red-9)' : 'var(--mantine-color-dark-5)'}`,
        boxShadow: critical ? '0 0 0 2px var(--mantine-color-white), 0 0 0 4px var(--mantine-color-red-7)' : undefined,
        zIndex: 2,
        pointerEvents: 'none',
      }}
    />
  );
}

/** A swimlane's header row. */
export const LaneRow = memo(function LaneRow({
  row,
  top,
  width,
}: {
  row: Extract<TimelineRow, { type: 'lane' }>;
  top: number;
  width: number;
}) {
  return (
    <div
      style={{
        position: 'absolute',
        top,
        height: LANE_H,
        width,
        background: 'var(--mantine-color-gray-1)',
        borderTop: '1px solid var(--mantine-color-gray-3)',
        display: 'flex',
        alignItems: 'center',
        padding: '0 12px',
        zIndex: 2,
      }}
    >
      <Text size="sm" fw={700} component="h3" m={0} style={{ position: 'sticky', left: 12 }}>
        {row.label}{' '}
        <Text span size="xs" c="dimmed" fw={400}>
          {row.count}
        </Text>
      </Text>
    </div>
  );
});

/**
 * An initiative's row: its title (a link), its bar and milestones. Memoised: scrolling mounts the rows
 * coming into view and leaves the others alone.
 */
export const InitiativeRow = memo(function InitiativeRow({
  row,
  top,
  chartW,
  scale,
  colorBy,
  span,
  critical,
  onPreview,
  onPropose,
}: {
  row: Extract<TimelineRow, { type: 'initiative' }>;
  top: number;
  chartW: number;
  scale: Scale;
  colorBy: ColorBy;
  /** The move being previewed, if it is this row's. */
  span: Span | null;
  critical: Set<string>;
  onPreview: (id: string, span: Span | null) => void;
  onPropose: (id: string, span: Span) => void;
}) {
  const i = row.initiative;
  const hot = critical.has(i.id);
  return (
    <div
      data-row={i.id}
      style={{
        position: 'absolute',
        top,
        height: ROW_H,
        width: LABEL_W + chartW,
        borderTop: '1px solid var(--mantine-color-gray-1)',
      }}
    >
      <div
        style={{
          position: 'sticky',
          left: 0,
          width: LABEL_W,
          height: ROW_H,
          padding: '0 10px 0 12px',
          display: 'flex',
          alignItems: 'center',
          background: 'var(--mantine-color-body)',
          borderRight: '1px solid var(--mantine-color-gray-3)',
          zIndex: 4,
        }}
      >
        <AnchorLink
          to="/roadmap/initiatives/$initiativeId"
          params={{ initiativeId: i.id }}
          size="sm"
          fw={hot ? 700 : 500}
          c={hot ? 'red.9' : undefined}
          truncate="end"
          title={i.title}
        >
          {i.title}
        </AnchorLink>
      </div>
      <div style={{ position: 'absolute', left: LABEL_W, top: 0, width: chartW, height: ROW_H }}>
        <TimelineBar
          initiative={i}
          span={span ?? i}
          scale={scale}
          colorBy={colorBy}
          critical={hot}
          onPreview={onPreview}
          onPropose={onPropose}
        />
        {row.milestones.map((m) => (
          <Diamond key={m.id} milestone={m} scale={scale} critical={critical.has(m.id)} />
        ))}
      </div>
    </div>
  );
});
