import { Badge, Button, Card, Group, SimpleGrid, Skeleton, Stack, Table, Text, Title, Tooltip } from '@mantine/core';
import { IconPencil, IconUsersGroup } from '@tabler/icons-react';
import { RACI_ROLE_LABELS, STAKEHOLDER_QUADRANT_LABELS, type MatrixRecordKind } from '@policyops/contracts';
import { useId, useState } from 'react';
import { isApiError } from '../../lib/api';
import { formatDateTime } from '../../lib/format';
import { EmptyState } from '../../ui/EmptyState';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { AnchorLink } from '../../ui/router-links';
import { InfluenceInterestMap } from './InfluenceInterestMap';
import { MatrixEditorModal } from './MatrixEditorModal';
import { InactiveBadge, profileLine } from './stakeholder-labels';
import { useStakeholderMatrix } from './stakeholder-queries';

const ROLE_COLORS = { R: 'blue', A: 'red', C: 'grape', I: 'gray' } as const;

/**
 * The RACI matrix and influence × interest map of an initiative or change request, for its page.
 * Renders nothing when the record is not found (the page itself says so).
 */
export function StakeholderMatrixSection({ kind, recordId }: { kind: MatrixRecordKind; recordId: string }) {
  const headingId = useId();
  const matrix = useStakeholderMatrix(kind, recordId);
  const [editing, setEditing] = useState(false);
  if (matrix.isError && isApiError(matrix.error) && matrix.error.status === 404) return null;

  let body;
  if (matrix.isPending) body = <Skeleton height={160} aria-label="Loading the RACI matrix" />;
  else if (matrix.isError)
    body = <ErrorAlert error={matrix.error} onRetry={() => void matrix.refetch()} retrying={matrix.isRefetching} />;
  else if (matrix.data.rows.length === 0)
    body = (
      <EmptyState
        icon={<IconUsersGroup size={24} />}
        title="No RACI yet"
        description="Say who is Responsible, Accountable, Consulted and Informed, and how much influence and interest each has."
        action={
          matrix.data.abilities.update ? <Button onClick={() => setEditing(true)}>Set up the RACI</Button> : undefined
        }
      />
    );
  else
    body = (
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
        <Table.ScrollContainer minWidth={420}>
          <Table verticalSpacing="xs" striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Person</Table.Th>
                <Table.Th scope="col">Role</Table.Th>
                <Table.Th scope="col">Influence</Table.Th>
                <Table.Th scope="col">Interest</Table.Th>
                <Table.Th scope="col">Map</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {matrix.data.rows.map((row) => (
                <Table.Tr key={row.stakeholder.id}>
                  <Table.Td>
                    <Group gap={6} wrap="nowrap">
                      <AnchorLink
                        to="/stakeholders/$stakeholderId"
                        params={{ stakeholderId: row.stakeholder.id }}
                        size="sm"
                        fw={500}
                      >
                        {row.stakeholder.name}
                      </AnchorLink>
                      {row.active ? null : <InactiveBadge />}
                    </Group>
                    <Text size="xs" c="dimmed">
                      {profileLine(row.stakeholder) || (row.stakeholder.kind === 'contact' ? 'Contact' : '')}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Tooltip label={RACI_ROLE_LABELS[row.role]}>
                      <Badge color={ROLE_COLORS[row.role]} variant="light" aria-label={RACI_ROLE_LABELS[row.role]}>
                        {row.role}
                      </Badge>
                    </Tooltip>
                  </Table.Td>
                  <Table.Td>{row.influence ?? '—'}</Table.Td>
                  <Table.Td>{row.interest ?? '—'}</Table.Td>
                  <Table.Td>
                    <Text size="sm" c={row.quadrant ? undefined : 'dimmed'}>
                      {row.quadrant ? STAKEHOLDER_QUADRANT_LABELS[row.quadrant] : 'Not placed'}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        <InfluenceInterestMap rows={matrix.data.rows} />
      </SimpleGrid>
    );

  return (
    <Card withBorder padding="lg" mt="lg" component="section" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Group justify="space-between">
          <div>
            <Title order={2} size="h4" id={headingId}>
              Stakeholders: RACI and influence × interest
            </Title>
            {matrix.data?.updatedAt ? (
              <Text size="xs" c="dimmed">
                Last saved {formatDateTime(matrix.data.updatedAt)}
              </Text>
            ) : null}
          </div>
          {matrix.data?.abilities.update && matrix.data.rows.length > 0 ? (
            <Button
              variant="default"
              leftSection={<IconPencil size={16} aria-hidden />}
              onClick={() => setEditing(true)}
            >
              Edit RACI
            </Button>
          ) : null}
        </Group>
        {body}
      </Stack>
      {editing && matrix.data ? (
        <MatrixEditorModal kind={kind} recordId={recordId} matrix={matrix.data} onClose={() => setEditing(false)} />
      ) : null}
    </Card>
  );
}
