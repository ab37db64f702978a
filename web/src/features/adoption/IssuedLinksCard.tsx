import { Badge, Button, Group, Paper, Select, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { IconLink, IconLinkPlus } from '@tabler/icons-react';
import type { AdoptionCampaign, AdoptionLink, AdoptionLinkStatus } from '@policyops/contracts';
import { useState } from 'react';
import { formatDate } from '../../lib/format';
import { notifyError, notifySuccess } from '../../lib/problem-feedback';
import { ConfirmModal } from '../../ui/ConfirmModal';
import { EmptyState } from '../../ui/EmptyState';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { TableSkeleton } from '../../ui/TableSkeleton';
import { PersonLinksModal } from './PersonLinksModal';
import { handleAdoptionConflict, useAudienceLinks, useRevokeLink } from './adoption-queries';

const STATUS: Record<AdoptionLinkStatus, { label: string; color: string }> = {
  active: { label: 'Active', color: 'teal' },
  expired: { label: 'Expired', color: 'gray' },
  revoked: { label: 'Revoked', color: 'red' },
  stale: { label: 'Outdated text', color: 'orange' },
};

/** What a person recorded through their link, in words. */
export function recordText(link: AdoptionLink): string {
  const r = link.record;
  const parts: string[] = [];
  if (r.acknowledgedAt) parts.push(`acknowledged ${formatDate(r.acknowledgedAt)}`);
  if (r.trainedAt) parts.push('trained');
  if (r.quizPassedAt) parts.push(`quiz passed (${r.lastQuizScorePct ?? '?'}%)`);
  else if (r.quizAttempts > 0)
    parts.push(`quiz not passed yet (${r.quizAttempts} tries, last ${r.lastQuizScorePct ?? '?'}%)`);
  if (r.declinedAt) parts.push(`declined: ${r.declineReason ?? ''}`);
  if (r.exemptionRequestedAt) parts.push(`asked for an exemption: ${r.exemptionReason ?? ''}`);
  return parts.length ? parts.join('; ') : 'Nothing yet';
}

/** The links issued to one audience (never their tokens), what each person recorded, and Revoke. */
export function IssuedLinksCard({ campaign }: { campaign: AdoptionCampaign }) {
  const [audienceId, setAudienceId] = useState<string | null>(campaign.audiences[0]?.id ?? null);
  const current = campaign.audiences.some((a) => a.id === audienceId)
    ? audienceId
    : (campaign.audiences[0]?.id ?? null);
  const links = useAudienceLinks(campaign.id, current);
  const revoke = useRevokeLink(campaign.id);
  const [creating, setCreating] = useState(false);
  const [revoking, setRevoking] = useState<AdoptionLink | null>(null);
  const manage = campaign.abilities.manage;

  const confirmRevoke = () => {
    if (!revoking) return;
    revoke.mutate(
      { linkId: revoking.id, version: revoking.version },
      {
        onSuccess: () => notifySuccess('Link revoked', `${revoking.personName} can no longer use it.`),
        onError: (error) => {
          if (!handleAdoptionConflict(error)) notifyError(error);
        },
        onSettled: () => setRevoking(null),
      },
    );
  };

  let body;
  if (!current)
    body = (
      <Text size="sm" c="dimmed">
        Add an audience first; links belong to an audience.
      </Text>
    );
  else if (links.isPending) body = <TableSkeleton rows={3} label="Loading links" />;
  else if (links.isError)
    body = <ErrorAlert error={links.error} onRetry={() => void links.refetch()} retrying={links.isRefetching} />;
  else if (links.data.items.length === 0)
    body = (
      <EmptyState
        icon={<IconLink size={22} />}
        title="No links issued to this audience"
        description="Create a link per person: they acknowledge without an account."
      />
    );
  else
    body = (
      <Table.ScrollContainer minWidth={720}>
        <Table aria-label="Issued person links" verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Person</Table.Th>
              <Table.Th w={130}>Status</Table.Th>
              <Table.Th>Recorded</Table.Th>
              <Table.Th>Expires</Table.Th>
              {manage ? (
                <Table.Th w={90}>
                  <VisuallyHidden>Actions</VisuallyHidden>
                </Table.Th>
              ) : null}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {links.data.items.map((link) => (
              <Table.Tr key={link.id}>
                <Table.Td>
                  <Text size="sm">{link.personName}</Text>
                  {link.personEmail ? (
                    <Text size="xs" c="dimmed">
                      {link.personEmail}
                    </Text>
                  ) : null}
                </Table.Td>
                <Table.Td>
                  <Badge variant="light" color={STATUS[link.status].color} style={{ flexShrink: 0 }} miw="fit-content">
                    {STATUS[link.status].label}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{recordText(link)}</Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">
                    {link.revokedAt ? `Revoked ${formatDate(link.revokedAt)}` : formatDate(link.expiresAt)}
                  </Text>
                </Table.Td>
                {manage ? (
                  <Table.Td>
                    {link.status === 'active' ? (
                      <Button
                        size="xs"
                        variant="subtle"
                        color="red"
                        onClick={() => setRevoking(link)}
                        aria-label={`Revoke the link of ${link.personName}`}
                      >
                        Revoke
                      </Button>
                    ) : null}
                  </Table.Td>
                ) : null}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    );

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="links-heading">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-end">
          <Title order={2} size="h4" id="links-heading">
            Person links
          </Title>
          <Group gap="xs" align="flex-end">
            <Select
              label="Audience"
              size="xs"
              w={240}
              data={campaign.audiences.map((a) => ({ value: a.id, label: a.name }))}
              value={current}
              onChange={setAudienceId}
              allowDeselect={false}
              disabled={campaign.audiences.length === 0}
            />
            {manage ? (
              <Button
                size="xs"
                leftSection={<IconLinkPlus size={14} aria-hidden />}
                onClick={() => setCreating(true)}
                disabled={campaign.audiences.length === 0 || !campaign.acknowledgementRequired}
              >
                Create links
              </Button>
            ) : null}
          </Group>
        </Group>
        {!campaign.acknowledgementRequired ? (
          <Text size="sm" c="dimmed">
            An editorial change asks no one to acknowledge again, so no links are needed.
          </Text>
        ) : null}
        {body}
      </Stack>
      {creating ? (
        <PersonLinksModal campaign={campaign} audienceId={current} onClose={() => setCreating(false)} />
      ) : null}
      <ConfirmModal
        opened={revoking !== null}
        onClose={() => setRevoking(null)}
        onConfirm={confirmRevoke}
        title="Revoke this link?"
        confirmLabel="Revoke link"
        danger
        loading={revoke.isPending}
      >
        {revoking
          ? `${revoking.personName} will no longer be able to use it. What they already recorded stays counted.`
          : null}
      </ConfirmModal>
    </Paper>
  );
}
