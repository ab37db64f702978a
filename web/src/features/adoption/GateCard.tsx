import { Alert, Badge, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { IconCircleCheck, IconHandStop } from '@tabler/icons-react';
import type { AdoptionCampaign } from '@policyops/contracts';
import { formatDateTime } from '../../lib/format';
import { GATE_METRIC_LABELS, pct } from './adoption-labels';

/** What the change needs before it counts as adopted, whether it passed, and the audiences holding it. */
export function GateCard({ campaign }: { campaign: AdoptionCampaign }) {
  const { adoption, settings } = campaign;
  const rule =
    adoption.rule === 'gate' && settings.gate
      ? `Gate: ${GATE_METRIC_LABELS[settings.gate.metric].toLowerCase()} at ${settings.gate.thresholdPct}% or more in every audience`
      : adoption.rule === 'editorial'
        ? 'Editorial change: nothing to adopt'
        : 'No gate set: every audience must reach its own acknowledgement target';
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="gate-heading">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} size="h4" id="gate-heading">
            Adoption gate
          </Title>
          {adoption.passed ? (
            <Badge color="teal" variant="light" leftSection={<IconCircleCheck size={14} aria-hidden />}>
              Passed
            </Badge>
          ) : (
            <Badge color="orange" variant="light" leftSection={<IconHandStop size={14} aria-hidden />}>
              Holding
            </Badge>
          )}
        </Group>
        <Text size="sm" c="dimmed">
          {rule}
        </Text>
        <Text size="sm" fw={500}>
          {adoption.sentence}
        </Text>
        {campaign.adoptedAt ? (
          <Text size="sm" c="teal.9">
            Counted as adopted since {formatDateTime(campaign.adoptedAt)}
            {adoption.passed ? '' : '; the gate is not met at present'}.
          </Text>
        ) : null}
        {adoption.holding.length > 0 ? (
          <Alert color="orange" variant="light" title="Who is holding it" p="sm">
            <List size="sm" spacing={4}>
              {adoption.holding.map((h) => (
                <List.Item key={h.campaignAudienceId}>
                  <strong>{h.name}</strong>: {GATE_METRIC_LABELS[h.metric].toLowerCase()} {pct(h.valuePct)} of{' '}
                  {pct(h.thresholdPct)} needed ({pct(Math.max(0, h.thresholdPct - h.valuePct))} to go)
                </List.Item>
              ))}
            </List>
          </Alert>
        ) : null}
      </Stack>
    </Paper>
  );
}
