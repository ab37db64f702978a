import { Badge, Card, Code, Table, Text, Title } from '@mantine/core';
import type { RoadmapCapacity } from '@policyops/contracts';
import { AnchorLink } from '../../../ui/router-links';
import { PRIORITY_COLORS } from '../roadmap-labels';

/** The year's initiatives by priority score, highest first, each with its sum worked out. */
export function PriorityRanking({ data }: { data: RoadmapCapacity }) {
  return (
    <Card withBorder padding="lg">
      <Title order={2} size="h4" mb={4}>
        Priority ranking
      </Title>
      <Text size="sm" mb="sm">
        Score = <Code>{data.priorityFormula}</Code>
      </Text>
      {data.initiatives.length === 0 ? (
        <Text size="sm" c="dimmed">
          No initiatives in {data.year.label}.
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={640}>
          <Table aria-label="Initiatives ranked by priority score" verticalSpacing={6}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Rank</Table.Th>
                <Table.Th>Initiative</Table.Th>
                <Table.Th>Priority</Table.Th>
                <Table.Th>Score</Table.Th>
                <Table.Th>Worked out</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.initiatives.map((i) => (
                <Table.Tr key={i.id}>
                  <Table.Td>{i.rank ?? '—'}</Table.Td>
                  <Table.Td>
                    <AnchorLink to="/roadmap/initiatives/$initiativeId" params={{ initiativeId: i.id }} size="sm">
                      {i.title}
                    </AnchorLink>
                  </Table.Td>
                  <Table.Td>
                    <Badge variant="light" color={PRIORITY_COLORS[i.priority]}>
                      {i.priority.toUpperCase()}
                    </Badge>
                  </Table.Td>
                  <Table.Td fw={600}>{i.score ?? '—'}</Table.Td>
                  <Table.Td>
                    <Text size="xs" c="dimmed">
                      {i.worked}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Card>
  );
}
