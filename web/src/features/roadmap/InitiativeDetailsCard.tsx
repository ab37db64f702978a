import { Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { INITIATIVE_PRIORITY_LABELS, type InitiativeDetail } from '@policyops/contracts';
import { useId, type ReactNode } from 'react';
import { AnchorLink } from '../../ui/router-links';
import { InitiativeStatusBadge } from './RoadmapBadges';
import { formatDay, spanText } from './roadmap-labels';

function Row({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div>
      <Text component="dt" size="xs" c="dimmed" fw={600}>
        {term}
      </Text>
      <Text component="dd" size="sm" m={0}>
        {children}
      </Text>
    </div>
  );
}

const none = (
  <Text span size="sm" c="dimmed">
    —
  </Text>
);

/** Who, when and what: owner, span, priority, effort, areas, teams, policies, parent and children. */
export function InitiativeDetailsCard({ initiative: i }: { initiative: InitiativeDetail }) {
  const headingId = useId();
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={headingId}>
      <Title order={2} size="h4" id={headingId} mb="sm">
        Details
      </Title>
      <Stack gap="sm" component="dl" m={0}>
        <Row term="Owner">
          <AnchorLink to="/people/$userId" params={{ userId: i.owner.id }} size="sm">
            {i.owner.name}
          </AnchorLink>
        </Row>
        <Row term="When">
          {spanText(i)}
          {i.startQuarter && i.endQuarter ? (
            <Text span size="xs" c="dimmed">
              {' '}
              ({formatDay(i.start)} – {formatDay(i.end)})
            </Text>
          ) : null}
        </Row>
        <Row term="Priority">{INITIATIVE_PRIORITY_LABELS[i.priority]}</Row>
        <Row term="Effort">{i.effortWeeks === null ? none : `${i.effortWeeks} person-weeks`}</Row>
        <Row term="Policy areas">{i.areas.length ? i.areas.map((a) => a.name).join(', ') : none}</Row>
        <Row term="Teams">
          {i.teams.length
            ? i.teams.map((t, n) => (
                <span key={t.id}>
                  {n > 0 ? ', ' : ''}
                  <AnchorLink to="/teams/$teamId" params={{ teamId: t.id }} size="sm">
                    {t.name}
                  </AnchorLink>
                </span>
              ))
            : none}
        </Row>
        <Row term="Policies">
          {i.policies.length ? (
            <Stack gap={2} component="span">
              {i.policies.map((p) => (
                <Group key={p.id} gap={4} component="span">
                  <AnchorLink to="/policies/$policyId" params={{ policyId: p.slug }} size="sm">
                    {p.title}
                  </AnchorLink>
                  {p.restricted ? <IconLock size={12} aria-label="Restricted" /> : null}
                </Group>
              ))}
            </Stack>
          ) : (
            none
          )}
        </Row>
        <Row term="Part of">
          {i.parent ? (
            <AnchorLink to="/roadmap/initiatives/$initiativeId" params={{ initiativeId: i.parent.id }} size="sm">
              {i.parent.title}
            </AnchorLink>
          ) : (
            none
          )}
        </Row>
        {i.children.length ? (
          <Row term="Made of">
            <Stack gap={4} component="span">
              {i.children.map((c) => (
                <Group key={c.id} gap={6} component="span" wrap="nowrap">
                  <AnchorLink to="/roadmap/initiatives/$initiativeId" params={{ initiativeId: c.id }} size="sm">
                    {c.title}
                  </AnchorLink>
                  <InitiativeStatusBadge status={c.status} />
                  <Text span size="xs" c="dimmed">
                    {c.progress}%
                  </Text>
                </Group>
              ))}
            </Stack>
          </Row>
        ) : null}
      </Stack>
    </Paper>
  );
}
