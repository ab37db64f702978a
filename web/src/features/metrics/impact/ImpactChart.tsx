import { LineChart } from '@mantine/charts';
import type { ImpactReport, ImpactSeries } from '@policyops/contracts';
import { ChartFrame, type ChartColumn } from '../charts';
import { chartRowsOf, definitionOf, formatNumber, unitLabels, type ImpactChartRow } from './impact-format';

export interface ImpactChartProps {
  report: ImpactReport;
  series: ImpactSeries;
  label: string;
}

const TREATED_COLOR = '#4c6ef5';
const CONTROL_COLOR = '#f76707';
const LAUNCH_COLOR = '#e03131';

/**
 * Daily treated (and control) values of one figure, with the launch marked and the pre window,
 * ramp-up and post window shaded; ChartFrame adds the table alternative and the PNG and CSV downloads.
 */
export function ImpactChart({ report, series, label }: ImpactChartProps) {
  const { windows } = report;
  const hasControl = report.control !== null;
  const unit = unitLabels(series.unit).level.trim();
  const treatedLabel = `Treated (${report.treated.markets.map((m) => m.code).join(', ') || 'no markets'})`;
  const controlLabel = `Control (${report.control?.markets.map((m) => m.code).join(', ') ?? ''})`;
  const rows = chartRowsOf(series, windows);
  const columns: ChartColumn<ImpactChartRow>[] = [
    { label: 'Date', value: (r) => r.date },
    { label: 'Window', value: (r) => r.phase },
    { label: `${treatedLabel}, ${unit}`, value: (r) => r.treated, display: (r) => formatNumber(r.treated, 2) },
    ...(hasControl
      ? [
          {
            label: `${controlLabel}, ${unit}`,
            value: (r: ImpactChartRow) => r.control,
            display: (r: ImpactChartRow) => formatNumber(r.control, 2),
          },
        ]
      : []),
  ];
  return (
    <ChartFrame
      title={`${label} · ${report.policy.title} ${report.version.label}`}
      description={`${definitionOf(series.key)} Daily, in ${unit}. Shaded: pre window ${windows.pre.start} to ${windows.pre.end}${
        windows.rampUp ? `, ramp-up ${windows.rampUp.start} to ${windows.rampUp.end}` : ''
      }, post window ${windows.post.start} to ${windows.post.end}; the red line is the launch.`}
      columns={columns}
      rows={rows}
      legend={[
        { label: treatedLabel, color: TREATED_COLOR },
        ...(hasControl ? [{ label: controlLabel, color: CONTROL_COLOR }] : []),
        { label: `Launch ${report.launchDate}`, color: LAUNCH_COLOR },
      ]}
    >
      <LineChart
        h={260}
        data={rows}
        dataKey="date"
        withDots={false}
        connectNulls={false}
        curveType="linear"
        withLegend
        legendProps={{ verticalAlign: 'bottom' }}
        valueFormatter={(v) => `${formatNumber(v, 2)} ${unit}`}
        xAxisProps={{ minTickGap: 24 }}
        yAxisProps={{ tickFormatter: (v: number) => formatNumber(v, 1), width: 44 }}
        // The table carries the numbers for assistive technology; the drawing takes no focus.
        lineChartProps={{ accessibilityLayer: false }}
        series={[
          { name: 'treated', label: treatedLabel, color: TREATED_COLOR },
          ...(hasControl
            ? [{ name: 'control', label: controlLabel, color: CONTROL_COLOR, strokeDasharray: '5 4' }]
            : []),
        ]}
        referenceAreas={[
          { x1: windows.pre.start, x2: windows.pre.end, color: 'gray.3', fillOpacity: 0.25, label: 'Pre' },
          ...(windows.rampUp
            ? [
                {
                  x1: windows.rampUp.start,
                  x2: windows.rampUp.end,
                  color: 'yellow.3',
                  fillOpacity: 0.35,
                  label: 'Ramp-up',
                },
              ]
            : []),
          { x1: windows.post.start, x2: windows.post.end, color: 'teal.2', fillOpacity: 0.25, label: 'Post' },
        ]}
        referenceLines={[{ x: report.launchDate, label: `Launch ${report.launchDate}`, color: 'red.6' }]}
      />
    </ChartFrame>
  );
}
