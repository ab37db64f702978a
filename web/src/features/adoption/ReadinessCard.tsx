import { Badge, Button, Group, Modal, NumberInput, Paper, Stack, Table, Text, Title, Tooltip } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconAlertTriangle } from '@tabler/icons-react';
import { ADKAR_BARRIER_MAX, ADKAR_STEPS } from '@policyops/contracts';
import type { AdkarScores, AdoptionCampaign, CampaignAudience } from '@policyops/contracts';
import { useState } from 'react';
import { formatDate } from '../../lib/format';
import { applyErrorToForm, notifySuccess } from '../../lib/problem-feedback';
import { ADKAR_LABELS } from './adoption-labels';
import { handleAdoptionConflict, useUpdateCampaignAudience } from './adoption-queries';

function ScoreCell({ score, step }: { score: number | undefined; step: string }) {
  if (score === undefined) return <Text c="dimmed">—</Text>;
  const barrier = score <= ADKAR_BARRIER_MAX;
  return (
    <Tooltip label={barrier ? `${step}: ${score} of 5, a barrier` : `${step}: ${score} of 5`}>
      <Badge
        variant={barrier ? 'filled' : 'light'}
        color={barrier ? 'red' : 'teal'}
        leftSection={barrier ? <IconAlertTriangle size={12} aria-hidden /> : undefined}
        aria-label={barrier ? `${score} of 5, barrier` : `${score} of 5`}
      >
        {score}
      </Badge>
    </Tooltip>
  );
}

function ReadinessModal({
  campaignId,
  audience,
  onClose,
}: {
  campaignId: string;
  audience: CampaignAudience;
  onClose(): void;
}) {
  const update = useUpdateCampaignAudience(campaignId);
  const form = useForm<AdkarScores>({
    initialValues: audience.readiness.scores ?? { awareness: 3, desire: 3, knowledge: 3, ability: 3, reinforcement: 3 },
  });
  const submit = form.onSubmit((readiness) =>
    update.mutate(
      { audienceId: audience.id, changes: { version: audience.version, readiness } },
      {
        onSuccess: () => {
          notifySuccess('Readiness saved', audience.name);
          onClose();
        },
        onError: (error) => {
          if (handleAdoptionConflict(error)) return onClose();
          applyErrorToForm(form, error);
        },
      },
    ),
  );
  return (
    <Modal opened onClose={onClose} title={`Readiness of ${audience.name}`} size="lg">
      <form onSubmit={submit} noValidate aria-label={`ADKAR readiness of ${audience.name}`}>
        <Stack>
          <Text size="sm" c="dimmed">
            Score each ADKAR step from 1 (not at all) to 5 (fully). {ADKAR_BARRIER_MAX} or below is shown as a barrier.
          </Text>
          {ADKAR_STEPS.map((step, i) => (
            <NumberInput
              key={step}
              label={ADKAR_LABELS[step].label}
              description={ADKAR_LABELS[step].question}
              min={1}
              max={5}
              step={1}
              allowDecimal={false}
              clampBehavior="strict"
              data-autofocus={i === 0 || undefined}
              {...form.getInputProps(step)}
            />
          ))}
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={update.isPending}>
              Save readiness
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** ADKAR readiness per audience: five 1-5 scores, barriers (3 or below) marked, editable by managers. */
export function ReadinessCard({ campaign }: { campaign: AdoptionCampaign }) {
  const [editing, setEditing] = useState<CampaignAudience | null>(null);
  const manage = campaign.abilities.manage;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="readiness-heading">
      <Stack gap="sm">
        <Title order={2} size="h4" id="readiness-heading">
          Readiness (ADKAR)
        </Title>
        <Text size="sm" c="dimmed">
          Awareness, desire, knowledge, ability, reinforcement: each 1-5; a score of {ADKAR_BARRIER_MAX} or below is a
          barrier to work on before the audience can adopt the change.
        </Text>
        <Table.ScrollContainer minWidth={680}>
          <Table aria-label="ADKAR readiness by audience" verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Audience</Table.Th>
                {ADKAR_STEPS.map((step) => (
                  <Table.Th key={step} ta="center">
                    {ADKAR_LABELS[step].label}
                  </Table.Th>
                ))}
                <Table.Th>Barriers</Table.Th>
                {manage ? <Table.Th w={100}>Assess</Table.Th> : null}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {campaign.audiences.map((a) => (
                <Table.Tr key={a.id}>
                  <Table.Td>
                    <Text size="sm" fw={600}>
                      {a.name}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {a.readiness.assessedAt ? `Assessed ${formatDate(a.readiness.assessedAt)}` : 'Not assessed yet'}
                    </Text>
                  </Table.Td>
                  {ADKAR_STEPS.map((step) => (
                    <Table.Td key={step} ta="center">
                      <ScoreCell score={a.readiness.scores?.[step]} step={ADKAR_LABELS[step].label} />
                    </Table.Td>
                  ))}
                  <Table.Td>
                    <Text size="sm" c={a.readiness.barriers.length ? 'red.8' : 'dimmed'}>
                      {a.readiness.scores === null
                        ? '—'
                        : a.readiness.barriers.length
                          ? a.readiness.barriers.map((b) => ADKAR_LABELS[b].label).join(', ')
                          : 'None'}
                    </Text>
                  </Table.Td>
                  {manage ? (
                    <Table.Td>
                      <Button size="xs" variant="light" onClick={() => setEditing(a)} aria-label={`Assess ${a.name}`}>
                        {a.readiness.scores ? 'Edit' : 'Assess'}
                      </Button>
                    </Table.Td>
                  ) : null}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Stack>
      {editing ? (
        <ReadinessModal key={editing.id} campaignId={campaign.id} audience={editing} onClose={() => setEditing(null)} />
      ) : null}
    </Paper>
  );
}
