import { Alert, Anchor, Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconSettings, IconUsersPlus, IconUsersGroup } from '@tabler/icons-react';
import type { AdoptionCampaign, CampaignAudience } from '@policyops/contracts';
import { useState } from 'react';
import { isApiError } from '../../lib/api';
import { formatDate, formatDateTime } from '../../lib/format';
import { notifyError, notifySuccess } from '../../lib/problem-feedback';
import { ConfirmModal } from '../../ui/ConfirmModal';
import { EmptyState } from '../../ui/EmptyState';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { PageHeader } from '../../ui/PageHeader';
import { AnchorLink } from '../../ui/router-links';
import { TableSkeleton } from '../../ui/TableSkeleton';
import { AdoptionCurveCard } from './AdoptionCurveCard';
import { CampaignAudienceModal } from './CampaignAudienceModal';
import { CampaignSettingsModal } from './CampaignSettingsModal';
import { CompletionTable } from './CompletionTable';
import { GateCard } from './GateCard';
import { IssuedLinksCard } from './IssuedLinksCard';
import { ReadinessCard } from './ReadinessCard';
import { GATE_METRIC_LABELS, MATERIALITY_TEXT, crLabel } from './adoption-labels';
import { handleAdoptionConflict, useCampaign, useRemoveCampaignAudience } from './adoption-queries';

function SettingsSummary({ campaign }: { campaign: AdoptionCampaign }) {
  const { training, quiz, gate, reminderCadenceDays } = campaign.settings;
  return (
    <Group gap="lg" wrap="wrap">
      <Text size="sm">
        <strong>Training:</strong>{' '}
        {training ? (
          <Anchor href={training.url} target="_blank" rel="noreferrer noopener">
            {training.title}
          </Anchor>
        ) : (
          'none'
        )}
      </Text>
      <Text size="sm">
        <strong>Quiz:</strong> {quiz ? `${quiz.questions.length} questions, pass mark ${quiz.passMarkPct}%` : 'none'}
      </Text>
      <Text size="sm">
        <strong>Gate:</strong>{' '}
        {gate ? `${GATE_METRIC_LABELS[gate.metric].toLowerCase()} ≥ ${gate.thresholdPct}% in every audience` : 'none'}
      </Text>
      <Text size="sm">
        <strong>Reminders:</strong> every {reminderCadenceDays} days to audiences below target
      </Text>
    </Group>
  );
}

function CampaignBody({ campaign }: { campaign: AdoptionCampaign }) {
  const [settings, setSettings] = useState(false);
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState<CampaignAudience | null>(null);
  const [removing, setRemoving] = useState<CampaignAudience | null>(null);
  const remove = useRemoveCampaignAudience(campaign.id);
  const manage = campaign.abilities.manage;
  const materiality = MATERIALITY_TEXT[campaign.materiality];

  const confirmRemove = () => {
    if (!removing) return;
    remove.mutate(
      { audienceId: removing.id, version: removing.version },
      {
        onSuccess: () => notifySuccess('Audience removed', removing.name),
        onError: (error) => {
          if (!handleAdoptionConflict(error)) notifyError(error);
        },
        onSettled: () => setRemoving(null),
      },
    );
  };

  return (
    <>
      <PageHeader
        title={`Adoption of ${crLabel(campaign.changeRequestNumber)}: ${campaign.changeRequestTitle}`}
        documentTitle={`Adoption · ${crLabel(campaign.changeRequestNumber)}`}
        above={
          <AnchorLink
            to="/change-requests/$changeRequestId"
            params={{ changeRequestId: campaign.changeRequestId }}
            size="sm"
          >
            <Group gap={4} component="span">
              <IconArrowLeft size={14} aria-hidden />
              {crLabel(campaign.changeRequestNumber)}
            </Group>
          </AnchorLink>
        }
        description={
          <>
            {campaign.policyTitle}, {campaign.versionLabel}
            {campaign.effectiveDate ? `, in effect from ${formatDate(campaign.effectiveDate)}` : ''}. Opened{' '}
            {formatDateTime(campaign.launchedAt)}.
          </>
        }
        actions={
          manage ? (
            <>
              <Button
                variant="default"
                leftSection={<IconSettings size={16} aria-hidden />}
                onClick={() => setSettings(true)}
              >
                Settings
              </Button>
              <Button leftSection={<IconUsersPlus size={16} aria-hidden />} onClick={() => setAdding(true)}>
                Add audience
              </Button>
            </>
          ) : null
        }
      />
      <Stack gap="lg">
        <Paper withBorder p="md">
          <Stack gap="xs">
            <Group gap="xs">
              <Badge color={campaign.materiality === 'material' ? 'indigo' : 'gray'} variant="light" size="lg">
                {materiality.label}
              </Badge>
              <Badge color={campaign.status === 'adopted' ? 'teal' : 'yellow'} variant="light" size="lg">
                {campaign.status === 'adopted' ? 'Adopted' : 'In progress'}
              </Badge>
            </Group>
            <Text size="sm">{campaign.materialityNote || materiality.sentence}</Text>
            <SettingsSummary campaign={campaign} />
            <Text size="xs" c="dimmed">
              Every link is pinned to this version’s text (sha256 {campaign.contentHash.slice(0, 12)}…).
            </Text>
          </Stack>
        </Paper>

        <GateCard campaign={campaign} />

        <Paper withBorder p="md" component="section" aria-labelledby="completion-heading">
          <Stack gap="sm">
            <Title order={2} size="h4" id="completion-heading">
              Completion by audience
            </Title>
            {campaign.audiences.length === 0 ? (
              <EmptyState
                icon={<IconUsersGroup size={24} />}
                title="No audiences yet"
                description="Add the moderation sites, vendor teams and regional teams that apply this policy."
                action={
                  manage ? (
                    <Button leftSection={<IconUsersPlus size={16} aria-hidden />} onClick={() => setAdding(true)}>
                      Add audience
                    </Button>
                  ) : undefined
                }
              />
            ) : (
              <CompletionTable campaign={campaign} onEdit={setEditing} onRemove={setRemoving} />
            )}
          </Stack>
        </Paper>

        <AdoptionCurveCard campaign={campaign} />
        {campaign.audiences.length > 0 ? <ReadinessCard campaign={campaign} /> : null}
        <IssuedLinksCard campaign={campaign} />
      </Stack>

      {settings ? <CampaignSettingsModal campaign={campaign} onClose={() => setSettings(false)} /> : null}
      {adding ? <CampaignAudienceModal campaign={campaign} onClose={() => setAdding(false)} /> : null}
      {editing ? (
        <CampaignAudienceModal
          key={editing.id}
          campaign={campaign}
          audience={editing}
          onClose={() => setEditing(null)}
        />
      ) : null}
      <ConfirmModal
        opened={removing !== null}
        onClose={() => setRemoving(null)}
        onConfirm={confirmRemove}
        title="Remove this audience from the campaign?"
        confirmLabel="Remove audience"
        danger
        loading={remove.isPending}
      >
        {removing
          ? `${removing.name} is no longer counted toward adoption, and its unused links stop working. The directory entry stays.`
          : null}
      </ConfirmModal>
    </>
  );
}

/** The campaign page: materiality, gate and who holds it, completion by audience, curve, readiness and links. */
export function CampaignView({ campaignId }: { campaignId: string }) {
  const campaign = useCampaign(campaignId);
  if (campaign.isPending)
    return (
      <>
        <PageHeader title="Adoption campaign" />
        <TableSkeleton label="Loading the campaign" />
      </>
    );
  if (campaign.isError) {
    if (isApiError(campaign.error) && campaign.error.status === 404)
      return (
        <>
          <PageHeader title="Campaign not found" />
          <Alert color="orange" variant="light" title="No such campaign">
            The campaign does not exist, or its policy is restricted and you may not see it.
          </Alert>
        </>
      );
    return (
      <>
        <PageHeader title="Adoption campaign" />
        <ErrorAlert error={campaign.error} onRetry={() => void campaign.refetch()} retrying={campaign.isRefetching} />
      </>
    );
  }
  return <CampaignBody campaign={campaign.data} />;
}
