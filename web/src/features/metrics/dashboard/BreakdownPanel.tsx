import { BarChart } from '@mantine/charts';
import { SegmentedControl, Text } from '@mantine/core';
import { METRIC_DEFINITIONS, type MetricBreakdown } from '@policyops/contracts';
import { formatDate } from '../../../lib/format';
import { ChartFrame, type ChartColumn } from '../charts';
import {
  changeArrow,
  formatChange,
  formatFigureWithDenominator,
  formatNumber,
  shownChange,
  unitName,
} from './metric-format';
import { comparisonTone } from './heat-map';
import type { BreakdownDimension } from './useMetricsDashboard';

const DIMENSION_LABELS: Record<BreakdownDimension, string> = {
  market: 'Market',
  surface: 'Surface',
  detection: 'Detection',
  version: 'Version',
};
const TONE_WORD = { good: ', better', bad: ', worse', neutral: '' } as const;

type Row = MetricBreakdown['rows'][number];

export interface BreakdownPanelProps {
  breakdown: MetricBreakdown;
  by: BreakdownDimension;
  onByChange: (by: BreakdownDimension) => void;
}

/** One figure by market, surface, detection method or version: bars and a table, this period and the last. */
export function BreakdownPanel({ breakdown, by, onByChange }: BreakdownPanelProps) {
  const { metric } = breakdown;
  const definition = METRIC_DEFINITIONS[metric];
  const unit = unitName(metric);
  const columns: ChartColumn<Row>[] = [
    { label: DIMENSION_LABELS[breakdown.by], value: (row) => row.label },
    {
      label: `This period (${unit})`,
      value: (row) => row.current.value,
      display: (row) => formatFigureWithDenominator(metric, row.current),
    },
    {
      label: `Previous period (${unit})`,
      value: (row) => row.previous.value,
      display: (row) => formatFigureWithDenominator(metric, row.previous),
    },
    {
      label: definition.unit === 'percent' ? 'Change (points)' : `Change (${unit})`,
      value: (row) => row.change,
      display: (row) =>
        row.change === null
          ? '—'
          : `${changeArrow(shownChange(metric, row.change))} ${formatChange(metric, row.change)}${TONE_WORD[comparisonTone(metric, row)]}`,
    },
    ...(definition.kind === 'rate'
      ? [
          { label: 'This period 95% lower', value: (row: Row) => row.current.lower, csvOnly: true },
          { label: 'This period 95% upper', value: (row: Row) => row.current.upper, csvOnly: true },
        ]
      : []),
    ...(definition.kind === 'volume'
      ? []
      : [
          { label: 'This period denominator', value: (row: Row) => row.current.denominator, csvOnly: true },
          { label: 'Previous period denominator', value: (row: Row) => row.previous.denominator, csvOnly: true },
        ]),
  ];
  const data = breakdown.rows.map((row) => ({
    label: row.label,
    current: row.current.value,
    previous: row.previous.value,
  }));

  return (
    <ChartFrame
      title={`${definition.label} by ${DIMENSION_LABELS[breakdown.by].toLowerCase()} · ${breakdown.policy.title}`}
      description={`${formatDate(breakdown.period.from)} – ${formatDate(breakdown.period.to)} against ${formatDate(
        breakdown.previousPeriod.from,
      )} – ${formatDate(breakdown.previousPeriod.to)}. Largest denominator first.`}
      columns={columns}
      rows={breakdown.rows}
      tableAlwaysShown
      legend={[
        { label: 'This period', color: '#4c6ef5' },
        { label: 'Previous period', color: '#adb5bd' },
      ]}
      controls={
        <SegmentedControl
          size="xs"
          aria-label="Break down by"
          data={(Object.keys(DIMENSION_LABELS) as BreakdownDimension[]).map((value) => ({
            value,
            label: DIMENSION_LABELS[value],
          }))}
          value={by}
          onChange={(value) => onByChange(value as BreakdownDimension)}
        />
      }
    >
      {data.length === 0 ? (
        <Text c="dimmed" size="sm" py="xl" ta="center">
          No data for these filters in this period.
        </Text>
      ) : (
        <BarChart
          h={Math.min(420, 80 + data.length * 36)}
          data={data}
          dataKey="label"
          orientation="vertical"
          series={[
            { name: 'current', label: 'This period', color: 'indigo.6' },
            { name: 'previous', label: 'Previous period', color: 'gray.5' },
          ]}
          withLegend
          valueFormatter={(value) => `${formatNumber(metric, value)}${unit === '%' ? '%' : ''}`}
          yAxisProps={{ width: 130 }}
          barProps={{ isAnimationActive: false }}
        />
      )}
    </ChartFrame>
  );
}
