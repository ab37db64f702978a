import { ActionIcon, Badge, Group, Menu, Progress, Table, Text, Tooltip, VisuallyHidden } from '@mantine/core';
import { IconDots, IconPencil, IconTrash } from '@tabler/icons-react';
import type { AdoptionCampaign, CampaignAudience } from '@policyops/contracts';
import { AUDIENCE_KIND_LABELS, pct } from './adoption-labels';

export interface CompletionTableProps {
  campaign: AdoptionCampaign;
  onEdit(audience: CampaignAudience): void;
  onRemove(audience: CampaignAudience): void;
}

/** Completion by audience: every count of the campaign, the share acknowledged against the target, a bar. */
export function CompletionTable({ campaign, onEdit, onRemove }: CompletionTableProps) {
  const manage = campaign.abilities.manage;
  const quiz = campaign.settings.quiz !== null;
  const training = campaign.settings.training !== null;
  return (
    <Table.ScrollContainer minWidth={860}>
      <Table verticalSpacing="xs" aria-label="Completion by audience" striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Audience</Table.Th>
            <Table.Th ta="right">Headcount</Table.Th>
            <Table.Th ta="right">Acknowledged</Table.Th>
            <Table.Th ta="right">Trained</Table.Th>
            <Table.Th ta="right">Quiz passed</Table.Th>
            <Table.Th ta="right">Declined</Table.Th>
            <Table.Th ta="right">Exemptions</Table.Th>
            <Table.Th w={220}>Acknowledged vs target</Table.Th>
            {manage ? (
              <Table.Th w={48}>
                <VisuallyHidden>Actions</VisuallyHidden>
              </Table.Th>
            ) : null}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {campaign.audiences.map((a) => {
            const p = a.progress;
            return (
              <Table.Tr key={a.id} data-audience={a.name}>
                <Table.Td>
                  <Text size="sm" fw={600}>
                    {a.name}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {AUDIENCE_KIND_LABELS[a.kind]} · {a.contactEmail}
                  </Text>
                </Table.Td>
                <Table.Td ta="right">{a.headcount.toLocaleString()}</Table.Td>
                <Table.Td ta="right">{p.acknowledged.toLocaleString()}</Table.Td>
                <Table.Td ta="right">
                  {training ? `${p.trained.toLocaleString()} (${pct(p.trainedPct)})` : '—'}
                </Table.Td>
                <Table.Td ta="right">
                  {quiz ? `${p.quizPassed.toLocaleString()} (${pct(p.quizPassPct)})` : '—'}
                </Table.Td>
                <Table.Td ta="right">{p.declined.toLocaleString()}</Table.Td>
                <Table.Td ta="right">{p.exemptions.toLocaleString()}</Table.Td>
                <Table.Td>
                  <Group gap="xs" wrap="nowrap">
                    <Progress
                      value={p.acknowledgedPct}
                      color={p.meetsTarget ? 'teal' : 'orange'}
                      style={{ flex: 1 }}
                      aria-label={`${a.name}: ${pct(p.acknowledgedPct)} acknowledged, target ${pct(a.targetPct)}`}
                    />
                    <Text size="xs" style={{ whiteSpace: 'nowrap' }}>
                      {pct(p.acknowledgedPct)} / {pct(a.targetPct)}
                    </Text>
                    {p.meetsTarget ? (
                      <Badge size="xs" color="teal" variant="light">
                        Met
                      </Badge>
                    ) : null}
                  </Group>
                </Table.Td>
                {manage ? (
                  <Table.Td>
                    <Menu position="bottom-end" withinPortal>
                      <Menu.Target>
                        <Tooltip label="Audience actions">
                          <ActionIcon variant="subtle" color="gray" aria-label={`Actions for ${a.name}`}>
                            <IconDots size={16} aria-hidden />
                          </ActionIcon>
                        </Tooltip>
                      </Menu.Target>
                      <Menu.Dropdown>
                        <Menu.Item leftSection={<IconPencil size={14} aria-hidden />} onClick={() => onEdit(a)}>
                          Edit audience
                        </Menu.Item>
                        <Menu.Item
                          color="red"
                          leftSection={<IconTrash size={14} aria-hidden />}
                          onClick={() => onRemove(a)}
                        >
                          Remove from campaign
                        </Menu.Item>
                      </Menu.Dropdown>
                    </Menu>
                  </Table.Td>
                ) : null}
              </Table.Tr>
            );
          })}
        </Table.Tbody>
        <Table.Tfoot>
          <Table.Tr>
            <Table.Th>All audiences</Table.Th>
            <Table.Th ta="right">{campaign.totals.headcount.toLocaleString()}</Table.Th>
            <Table.Th ta="right">{campaign.totals.acknowledged.toLocaleString()}</Table.Th>
            <Table.Th colSpan={4} />
            <Table.Th>{pct(campaign.totals.acknowledgedPct)} acknowledged</Table.Th>
            {manage ? <Table.Th /> : null}
          </Table.Tr>
        </Table.Tfoot>
      </Table>
    </Table.ScrollContainer>
  );
}
