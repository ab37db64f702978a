import { Alert, Badge, Group, List, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconFlask, IconInfoCircle } from '@tabler/icons-react';
import type { ImpactReport } from '@policyops/contracts';
import { designBadge, formatNumber, formatP, unitLabels } from './impact-format';

/** The design, its control and the parallel-trends check side by side, then the data warnings. */
export function ImpactDesignSummary({ report }: { report: ImpactReport }) {
  const checked = report.metrics.filter((m) => m.parallelTrends);
  const notParallel = checked.filter((m) => !m.parallelTrends!.parallel);
  const { windows } = report;
  const labelOf = new Map(report.metrics.map((m) => [m.key as string, m.label]));
  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 1, md: 3 }} spacing="md">
        <Paper withBorder p="md" radius="md">
          <Stack gap={6}>
            <Title order={2} size="h5">
              Design
            </Title>
            <Group gap="xs">
              <Badge
                size="lg"
                variant="light"
                color={report.observational ? 'yellow' : 'indigo'}
                leftSection={<IconFlask size={14} aria-hidden />}
                h="auto"
                py={4}
                styles={{
                  root: { textTransform: 'none', maxWidth: '100%' },
                  label: { whiteSpace: 'normal', overflow: 'visible' },
                }}
              >
                {designBadge(report)}
              </Badge>
            </Group>
            <Text size="sm">{report.designExplanation}</Text>
          </Stack>
        </Paper>
        <Paper withBorder p="md" radius="md">
          <Stack gap={6}>
            <Title order={2} size="h5">
              Treated and control
            </Title>
            <Text size="sm">
              Treated: {report.treated.markets.map((m) => m.code).join(', ') || 'no market with data'}
              {report.treated.surface ? ` on ${report.treated.surface}` : ', all surfaces'}.
            </Text>
            <Text size="sm">
              Control:{' '}
              {report.control
                ? report.control.rule === 'markets_not_in_force'
                  ? `${report.control.label} — markets with data where this version was not in force during the windows.`
                  : `${report.control.label}.`
                : report.requestedDesign === 'auto' || report.requestedDesign === 'difference_in_differences'
                  ? 'none — no market or grid cell without this version carries data.'
                  : 'none — not used by the design chosen.'}
            </Text>
            <Text size="xs" c="dimmed">
              Pre {windows.pre.start} to {windows.pre.end} · ramp-up{' '}
              {windows.rampUp ? `${windows.rampUp.start} to ${windows.rampUp.end}` : 'none'} · post {windows.post.start}{' '}
              to {windows.post.end} ({windows.windowDays} days each)
            </Text>
          </Stack>
        </Paper>
        <Paper withBorder p="md" radius="md">
          <Stack gap={6}>
            <Title order={2} size="h5">
              Parallel-trends check
            </Title>
            {checked.length === 0 ? (
              <Text size="sm">
                Not applicable: without a control there is nothing to compare the pre-launch trend with.
              </Text>
            ) : (
              <>
                <Text size="sm">
                  {notParallel.length === 0
                    ? `Passed for all ${checked.length} figures: treated and control moved in parallel before launch.`
                    : `Failed for ${notParallel.map((m) => m.label).join(', ')}: those estimates may carry a pre-existing drift.`}
                </Text>
                <List size="xs" spacing={2}>
                  {checked.map((m) => (
                    <List.Item key={m.key}>
                      {m.label}: slope gap {formatNumber(m.parallelTrends!.slopePerDay, 3, true)}
                      {unitLabels(m.unit).change}/day, p = {formatP(m.parallelTrends!.pValue)}
                      {m.parallelTrends!.parallel ? ' (parallel)' : ' (not parallel)'}
                    </List.Item>
                  ))}
                </List>
              </>
            )}
          </Stack>
        </Paper>
      </SimpleGrid>
      {report.observational ? (
        <Alert color="yellow" variant="light" icon={<IconInfoCircle size={18} aria-hidden />} title="Observational">
          Without a control, anything else that changed around {report.launchDate} would show up here as the version’s
          effect. Treat the verdicts as leads to check, not as causal findings.
        </Alert>
      ) : null}
      {report.warnings.map((w) => (
        <Alert
          key={`${w.code}|${w.message}`}
          color="orange"
          variant="light"
          icon={<IconAlertTriangle size={18} aria-hidden />}
          title={w.code.replaceAll('_', ' ').replace(/^./, (c) => c.toUpperCase())}
        >
          <Text size="sm">{w.message}</Text>
          <Text size="xs" c="dimmed">
            Concerns: {w.metrics.map((k) => labelOf.get(k) ?? k).join(', ')}
            {w.dates?.length ? ` · days: ${w.dates.slice(0, 8).join(', ')}${w.dates.length > 8 ? ' …' : ''}` : ''}
          </Text>
        </Alert>
      ))}
    </Stack>
  );
}
