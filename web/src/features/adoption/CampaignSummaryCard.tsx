import { Badge, Group, Paper, Progress, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconSpeakerphone } from '@tabler/icons-react';
import { ButtonLink } from '../../ui/router-links';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { MATERIALITY_TEXT, pct } from './adoption-labels';
import { useCampaignsOfChangeRequest } from './adoption-queries';

/**
 * The headline of a change request's adoption campaign (the newest, when there are several), for the CR page:
 * status, share acknowledged, the gate in a sentence and a link to the campaign page.
 */
export function CampaignSummaryCard({ changeRequestId }: { changeRequestId: string }) {
  const campaigns = useCampaignsOfChangeRequest(changeRequestId);
  let body;
  if (campaigns.isPending) body = <Skeleton height={72} role="status" aria-label="Loading the adoption campaign" />;
  else if (campaigns.isError)
    body = (
      <ErrorAlert error={campaigns.error} onRetry={() => void campaigns.refetch()} retrying={campaigns.isRefetching} />
    );
  else {
    const campaign = campaigns.data.items[0];
    if (!campaign)
      body = (
        <Text size="sm" c="dimmed">
          No adoption campaign yet: launching the change request opens one.
        </Text>
      );
    else
      body = (
        <Stack gap="xs">
          <Group gap="xs">
            <Badge color={campaign.status === 'adopted' ? 'teal' : 'yellow'} variant="light">
              {campaign.status === 'adopted' ? 'Adopted' : 'In progress'}
            </Badge>
            <Badge color="gray" variant="light">
              {MATERIALITY_TEXT[campaign.materiality].label}
            </Badge>
            <Text size="sm" c="dimmed">
              {campaign.policyTitle}, {campaign.versionLabel}
            </Text>
          </Group>
          <Group gap="xs" wrap="nowrap">
            <Progress
              value={campaign.totals.acknowledgedPct}
              style={{ flex: 1 }}
              color={campaign.adoption.passed ? 'teal' : 'indigo'}
              aria-label={`${pct(campaign.totals.acknowledgedPct)} acknowledged`}
            />
            <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
              {campaign.totals.acknowledged.toLocaleString()} of {campaign.totals.headcount.toLocaleString()}{' '}
              acknowledged ({pct(campaign.totals.acknowledgedPct)})
            </Text>
          </Group>
          <Text size="sm">
            {campaign.audiences.length === 1 ? '1 audience' : `${campaign.audiences.length} audiences`}.{' '}
            {campaign.adoption.sentence}
          </Text>
          <Group>
            <ButtonLink
              to="/adoption/campaigns/$campaignId"
              params={{ campaignId: campaign.id }}
              size="xs"
              variant="light"
            >
              Open the campaign
            </ButtonLink>
          </Group>
        </Stack>
      );
  }
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={`adoption-summary-${changeRequestId}`}>
      <Stack gap="sm">
        <Group gap="xs">
          <IconSpeakerphone size={18} aria-hidden />
          <Title order={2} size="h4" id={`adoption-summary-${changeRequestId}`}>
            Adoption
          </Title>
        </Group>
        {body}
      </Stack>
    </Paper>
  );
}
