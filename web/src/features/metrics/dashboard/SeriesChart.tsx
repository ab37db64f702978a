import { AreaChart } from '@mantine/charts';
import { Group, Paper, SegmentedControl, Select, Stack, Text } from '@mantine/core';
import {
  METRIC_DEFINITIONS,
  METRIC_GRAINS,
  METRIC_KEYS,
  type MetricGrain,
  type MetricKey,
  type MetricSeries,
} from '@policyops/contracts';
import { Area } from 'recharts';
import { formatDate } from '../../../lib/format';
import { AnchorLink } from '../../../ui/router-links';
import { ChartFrame, type ChartColumn } from '../charts';
import { formatDenominator, formatFigure, formatNumber, unitName } from './metric-format';
import { launchMarkers, launchMarkets, periodLabel, seriesRows, type SeriesChartRow } from './series-data';

const GRAIN_LABELS: Record<MetricGrain, string> = { day: 'Day', week: 'Week', month: 'Month' };
const LINE = 'var(--mantine-color-indigo-6)';

interface TooltipPayload {
  payload?: SeriesChartRow;
}

function SeriesTooltip({
  metric,
  grain,
  payload,
}: {
  metric: MetricKey;
  grain: MetricGrain;
  payload?: TooltipPayload[];
}) {
  const row = payload?.[0]?.payload;
  if (!row) return null;
  const denominator = formatDenominator({ ...row, lower: null, upper: null, numerator: null });
  return (
    <Paper withBorder shadow="sm" p="xs" radius="sm" fz="sm">
      <Text size="xs" c="dimmed">
        {grain === 'day' ? formatDate(row.period) : `${GRAIN_LABELS[grain]} of ${formatDate(row.period)}`}
      </Text>
      <Text size="sm" fw={600}>
        {formatFigure(metric, {
          value: row.value,
          lower: row.band?.[0] ?? null,
          upper: row.band?.[1] ?? null,
          numerator: null,
          denominator: row.denominator,
        })}
      </Text>
      {denominator ? <Text size="xs">{denominator}</Text> : null}
    </Paper>
  );
}

export interface SeriesChartProps {
  series: MetricSeries;
  policyId: string;
  onMetricChange: (metric: MetricKey) => void;
  onGrainChange: (grain: MetricGrain) => void;
}

/** One figure over time, its 95% band for rates, and a marker at each version launch. */
export function SeriesChart({ series, policyId, onMetricChange, onGrainChange }: SeriesChartProps) {
  const { metric, grain } = series;
  const definition = METRIC_DEFINITIONS[metric];
  const rows = seriesRows(series.points);
  const markers = launchMarkers(series.launches, series.points, grain);
  const isRate = definition.kind === 'rate';
  const unit = unitName(metric);
  const columns: ChartColumn<SeriesChartRow>[] = [
    { label: 'Period start', value: (row) => row.period, display: (row) => formatDate(row.period) },
    {
      label: `${definition.label} (${unit})`,
      value: (row) => row.value,
      display: (row) =>
        formatFigure(metric, {
          value: row.value,
          lower: row.band?.[0] ?? null,
          upper: row.band?.[1] ?? null,
          numerator: null,
          denominator: null,
        }),
    },
    ...(isRate
      ? [
          { label: '95% lower', value: (row: SeriesChartRow) => row.band?.[0] ?? null },
          { label: '95% upper', value: (row: SeriesChartRow) => row.band?.[1] ?? null },
        ]
      : []),
    {
      label: 'Denominator',
      value: (row) => row.denominator,
      display: (row) => (row.denominator === null ? '—' : row.denominator.toLocaleString('en-US')),
    },
  ];

  return (
    <ChartFrame
      title={`${definition.label} · ${series.policy.title}`}
      description={`${definition.definition} ${formatDate(series.from)} – ${formatDate(series.to)}, by ${grain}.`}
      columns={columns}
      rows={rows}
      legend={[
        { label: definition.label, color: '#4c6ef5' },
        ...(isRate ? [{ label: '95% interval', color: '#dbe4ff' }] : []),
        ...(markers.length > 0 ? [{ label: 'Version launch', color: '#f08c00' }] : []),
      ]}
      controls={
        <>
          <Select
            aria-label="Figure"
            size="xs"
            w={200}
            data={METRIC_KEYS.map((key) => ({ value: key, label: METRIC_DEFINITIONS[key].label }))}
            value={metric}
            allowDeselect={false}
            onChange={(value) => value && onMetricChange(value as MetricKey)}
          />
          <SegmentedControl
            size="xs"
            aria-label="Period"
            data={METRIC_GRAINS.map((value) => ({ value, label: GRAIN_LABELS[value] }))}
            value={grain}
            onChange={(value) => onGrainChange(value as MetricGrain)}
          />
        </>
      }
      footer={
        series.launches.length > 0 ? (
          <Stack gap={4}>
            <Text size="sm" fw={600}>
              Launches in this range
            </Text>
            {series.launches.map((launch) => (
              <Group key={`${launch.versionId}-${launch.effectiveDate}`} gap="xs" wrap="wrap">
                <Text size="sm">
                  Version {launch.label}, in force {formatDate(launch.effectiveDate)} in {launchMarkets(launch.markets)}
                  {launch.markets.length > 3 && !launch.markets.includes('GLOBAL')
                    ? ` (${launch.markets.join(', ')})`
                    : ''}
                </Text>
                <AnchorLink
                  size="sm"
                  to="/metrics/policies/$policyId/impact/$versionId"
                  params={{ policyId, versionId: launch.versionId }}
                >
                  Impact analysis of {launch.label}
                </AnchorLink>
              </Group>
            ))}
          </Stack>
        ) : (
          <Text size="sm" c="dimmed">
            No version took effect in this range; widen the dates to see earlier launches.
          </Text>
        )
      }
    >
      {rows.length === 0 ? (
        <Text c="dimmed" size="sm" py="xl" ta="center">
          No data for these filters in this range.
        </Text>
      ) : (
        <AreaChart
          h={300}
          data={rows}
          dataKey="period"
          series={[{ name: 'value', label: definition.label, color: 'indigo.6' }]}
          curveType="linear"
          fillOpacity={0}
          withGradient={false}
          connectNulls={false}
          withDots={grain !== 'day'}
          unit={unit === '%' ? '%' : undefined}
          valueFormatter={(value) => formatNumber(metric, value)}
          yAxisLabel={unit === '%' ? undefined : unit}
          xAxisProps={{ tickFormatter: (period: string) => periodLabel(period, grain), minTickGap: 24 }}
          yAxisProps={{ domain: ['auto', 'auto'], width: 60 }}
          tooltipProps={{
            content: ({ payload }) => (
              <SeriesTooltip metric={metric} grain={grain} payload={payload as unknown as TooltipPayload[]} />
            ),
          }}
          referenceLines={markers.map((marker) => ({
            x: marker.period,
            color: 'orange.7',
            strokeDasharray: '4 3',
            label: marker.label,
            labelPosition: 'insideTopRight',
          }))}
          areaProps={{ isAnimationActive: false }}
        >
          {isRate ? (
            <Area
              dataKey="band"
              stroke="none"
              fill={LINE}
              fillOpacity={0.15}
              isAnimationActive={false}
              activeDot={false}
              connectNulls={false}
              legendType="none"
            />
          ) : null}
        </AreaChart>
      )}
    </ChartFrame>
  );
}
