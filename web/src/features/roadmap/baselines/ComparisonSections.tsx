import { Badge, Card, Group, List, Stack, Table, Text, Title } from '@mantine/core';
import { INITIATIVE_STATUS_LABELS, type RoadmapComparison } from '@policyops/contracts';
import type { ReactNode } from 'react';
import { AnchorLink } from '../../../ui/router-links';
import { InitiativeStatusBadge } from '../RoadmapBadges';
import { formatDay } from '../roadmap-labels';
import { DeltaBadge } from './DeltaBadge';

type Names = RoadmapComparison['names'];
const namer = (list: { id: string; name: string }[]) => {
  const map = new Map(list.map((n) => [n.id, n.name]));
  return (id: string | null, fallback = 'Nobody') => (id ? (map.get(id) ?? 'Someone no longer listed') : fallback);
};

function Section({ title, count, children }: { title: string; count: number; children: ReactNode }) {
  if (count === 0) return null;
  const id = `baseline-section-${title.toLowerCase().replace(/[^a-z]+/g, '-')}`;
  return (
    <Card withBorder padding="md" component="section" aria-labelledby={id}>
      <Group gap="xs" mb="sm">
        <Title order={3} size="h4" id={id}>
          {title}
        </Title>
        <Badge variant="default" circle>
          {count}
        </Badge>
      </Group>
      {children}
    </Card>
  );
}

const InitiativeLink = ({ id, title }: { id: string; title: string }) => (
  <AnchorLink to="/roadmap/initiatives/$initiativeId" params={{ initiativeId: id }} fw={500}>
    {title}
  </AnchorLink>
);

function DatesMoved({ rows }: { rows: RoadmapComparison['initiatives']['datesMoved'] }) {
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table verticalSpacing="xs" aria-label="Initiatives whose dates moved">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Initiative</Table.Th>
            <Table.Th>Planned</Table.Th>
            <Table.Th>Now</Table.Th>
            <Table.Th>Moved</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r) => (
            <Table.Tr key={r.id}>
              <Table.Td>
                <InitiativeLink id={r.id} title={r.title} />
              </Table.Td>
              <Table.Td>
                {formatDay(r.startBefore)} – {formatDay(r.endBefore)}
              </Table.Td>
              <Table.Td>
                {formatDay(r.startAfter)} – {formatDay(r.endAfter)}
              </Table.Td>
              <Table.Td>
                <Group gap={4} wrap="nowrap">
                  {r.startDeltaDays !== 0 ? <DeltaBadge label="Start" days={r.startDeltaDays} /> : null}
                  {r.endDeltaDays !== 0 ? <DeltaBadge label="End" days={r.endDeltaDays} /> : null}
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function MilestoneSlips({
  rows,
  initiative,
}: {
  rows: RoadmapComparison['milestones']['moved'];
  initiative: ReturnType<typeof namer>;
}) {
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table verticalSpacing="xs" aria-label="Milestones that moved">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Milestone</Table.Th>
            <Table.Th>Initiative</Table.Th>
            <Table.Th>Planned</Table.Th>
            <Table.Th>Now</Table.Th>
            <Table.Th>Slip</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((m) => (
            <Table.Tr key={m.id}>
              <Table.Td fw={500}>{m.title}</Table.Td>
              <Table.Td>
                <InitiativeLink id={m.initiativeId} title={initiative(m.initiativeId, 'An initiative')} />
              </Table.Td>
              <Table.Td>{formatDay(m.dateBefore)}</Table.Td>
              <Table.Td>{formatDay(m.dateAfter)}</Table.Td>
              <Table.Td>
                <DeltaBadge days={m.slipDays} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function ScopeChange({
  label,
  added,
  removed,
  name,
}: {
  label: string;
  added: string[];
  removed: string[];
  name: ReturnType<typeof namer>;
}) {
  if (added.length === 0 && removed.length === 0) return null;
  return (
    <Text size="sm">
      {label}: {added.map((id) => `+ ${name(id)}`).join(', ')}
      {added.length && removed.length ? '; ' : ''}
      {removed.map((id) => `− ${name(id)}`).join(', ')}
    </Text>
  );
}

/** What moved since the baseline, section by section; only sections with something in them show. */
export function ComparisonSections({ comparison: c }: { comparison: RoadmapComparison }) {
  const names: Names = c.names;
  const person = namer(names.people);
  const initiative = namer(names.initiatives);
  const [area, team, policy] = [namer(names.areas), namer(names.teams), namer(names.policies)];
  const targets = [...c.keyResults.targetsChanged].sort(
    (a, b) => Number(b.ambition === 'lowered') - Number(a.ambition === 'lowered'),
  );
  return (
    <Stack gap="md">
      <Section title="Dates moved" count={c.initiatives.datesMoved.length}>
        <DatesMoved rows={c.initiatives.datesMoved} />
      </Section>
      <Section title="Milestone slips" count={c.milestones.moved.length}>
        <MilestoneSlips rows={c.milestones.moved} initiative={initiative} />
      </Section>
      <Section title="Key-result targets changed" count={targets.length}>
        <List spacing="xs" listStyleType="none" ml={0} pl={0}>
          {targets.map((k) => (
            <List.Item key={k.id}>
              <Group gap="xs">
                <Badge
                  color={k.ambition === 'lowered' ? 'red' : k.ambition === 'raised' ? 'teal' : 'gray'}
                  variant={k.ambition === 'lowered' ? 'filled' : 'light'}
                >
                  {k.ambition === 'lowered' ? 'Lowered' : k.ambition === 'raised' ? 'Raised' : 'Changed'}
                </Badge>
                <Text size="sm" fw={500}>
                  {k.title}
                </Text>
                <Text size="sm" c="dimmed">
                  target {k.targetBefore ?? '—'} → {k.targetAfter ?? '—'}
                </Text>
              </Group>
            </List.Item>
          ))}
        </List>
      </Section>
      <Section title="Added since" count={c.initiatives.added.length + c.milestones.added.length}>
        <List spacing={4} size="sm">
          {c.initiatives.added.map((i) => (
            <List.Item key={i.id}>
              <InitiativeLink id={i.id} title={i.title} />
            </List.Item>
          ))}
          {c.milestones.added.map((m) => (
            <List.Item key={m.id}>
              Milestone {m.title} ({formatDay(m.date)}) on {initiative(m.initiativeId, 'an initiative')}
            </List.Item>
          ))}
        </List>
      </Section>
      <Section title="Removed since" count={c.initiatives.removed.length + c.milestones.removed.length}>
        <List spacing={4} size="sm">
          {c.initiatives.removed.map((i) => (
            <List.Item key={i.id}>{i.title}</List.Item>
          ))}
          {c.milestones.removed.map((m) => (
            <List.Item key={m.id}>
              Milestone {m.title} ({formatDay(m.date)}) on {initiative(m.initiativeId, 'an initiative')}
            </List.Item>
          ))}
        </List>
      </Section>
      <Section title="Status changes" count={c.initiatives.statusChanged.length}>
        <Stack gap={6}>
          {c.initiatives.statusChanged.map((s) => (
            <Group key={s.id} gap="xs">
              <InitiativeLink id={s.id} title={s.title} />
              <InitiativeStatusBadge status={s.before} />
              <Text size="sm" aria-label={`changed from ${INITIATIVE_STATUS_LABELS[s.before]} to`}>
                →
              </Text>
              <InitiativeStatusBadge status={s.after} />
            </Group>
          ))}
        </Stack>
      </Section>
      <Section title="Owner changes" count={c.initiatives.ownerChanged.length}>
        <Stack gap={6}>
          {c.initiatives.ownerChanged.map((o) => (
            <Text key={o.id} size="sm">
              <InitiativeLink id={o.id} title={o.title} />: {person(o.before)} → {person(o.after)}
            </Text>
          ))}
        </Stack>
      </Section>
      <Section title="Scope changes" count={c.initiatives.scopeChanged.length}>
        <Stack gap="xs">
          {c.initiatives.scopeChanged.map((s) => (
            <div key={s.id}>
              <InitiativeLink id={s.id} title={s.title} />
              <ScopeChange label="Policy areas" {...s.areas} name={area} />
              <ScopeChange label="Policies" {...s.policies} name={policy} />
              <ScopeChange label="Teams" {...s.teams} name={team} />
            </div>
          ))}
        </Stack>
      </Section>
    </Stack>
  );
}
