import { Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import type { AdoptionCampaign } from '@policyops/contracts';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { LineChart, type LineSeries } from './LineChart';
import { useAdoptionCurve } from './adoption-queries';

const COLORS = ['teal', 'grape', 'orange', 'cyan', 'pink', 'lime', 'blue', 'yellow'].map(
  (c) => `var(--mantine-color-${c}-6)`,
);

/** The adoption curve: cumulative share acknowledged per day since launch, for all and for each audience. */
export function AdoptionCurveCard({ campaign }: { campaign: AdoptionCampaign }) {
  const curve = useAdoptionCurve(campaign.id);
  const targets = [...new Set(campaign.audiences.map((a) => a.targetPct))];
  const gate = campaign.settings.gate?.metric === 'acknowledged_pct' ? campaign.settings.gate.thresholdPct : null;
  const target = gate ?? (targets.length === 1 ? (targets[0] ?? null) : null);

  let body;
  if (curve.isPending) body = <Skeleton height={240} aria-label="Loading the adoption curve" role="status" />;
  else if (curve.isError)
    body = <ErrorAlert error={curve.error} onRetry={() => void curve.refetch()} retrying={curve.isRefetching} />;
  else if (curve.data.total.length === 0 || curve.data.audiences.length === 0)
    body = (
      <Text size="sm" c="dimmed">
        No curve yet: add an audience and send person links; each acknowledgement adds to the line.
      </Text>
    );
  else {
    const series: LineSeries[] = [
      {
        key: 'total',
        label: 'All audiences',
        color: 'var(--mantine-color-indigo-7)',
        points: curve.data.total.map((p) => ({ date: p.date, value: p.acknowledgedPct })),
      },
      ...curve.data.audiences.map((a, i) => ({
        key: a.campaignAudienceId,
        label: a.name,
        color: COLORS[i % COLORS.length]!,
        dashed: true,
        points: a.points.map((p) => ({ date: p.date, value: p.acknowledgedPct })),
      })),
    ];
    body = <LineChart title="Adoption curve: share of headcount acknowledged" series={series} target={target} />;
  }

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="curve-heading">
      <Stack gap="sm">
        <Title order={2} size="h4" id="curve-heading">
          Adoption curve
        </Title>
        <Text size="sm" c="dimmed">
          Cumulative share of headcount that acknowledged, day by day since launch.
        </Text>
        {body}
      </Stack>
    </Paper>
  );
}
