import { Badge, Button, Group, List, Paper, Stack, Text, TextInput, Textarea, Timeline, Title } from '@mantine/core';
import { IconArrowDown, IconArrowUp } from '@tabler/icons-react';
import {
  DECISION_STATUS_LABELS,
  type Decision,
  type StakeholderSummary,
  type Supersession,
} from '@policyops/contracts';
import { useState } from 'react';
import { isApiError } from '../../lib/api';
import { formatDateTime } from '../../lib/format';
import { AppHref } from '../../ui/AppHref';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { AnchorLink } from '../../ui/router-links';
import { formatIsoDate } from '../policies/policy-labels';
import { DecisionBadges } from './DecisionBadges';
import { useDecisionHistory, useMarkRevisited, useUpdateDecision } from './decision-queries';

function Section({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <Paper withBorder p="md" component="section" aria-label={title}>
      <Stack gap="xs">
        <Title order={2} size="h4">
          {title}
        </Title>
        {children}
      </Stack>
    </Paper>
  );
}

const names = (people: StakeholderSummary[]) => (people.length ? people.map((p) => p.name).join(', ') : '—');

export function PeopleCard({ decision }: { decision: Decision }) {
  return (
    <Section title="People">
      <Text size="sm">
        <strong>Decided by:</strong> {names(decision.decidedBy)}
      </Text>
      <Text size="sm">
        <strong>Consulted:</strong> {names(decision.consulted)}
      </Text>
      <Text size="sm">
        <strong>Owner:</strong> {decision.owner?.name ?? '—'}
      </Text>
      <Text size="sm">
        <strong>Decision date:</strong> {decision.decisionDate ? formatIsoDate(decision.decisionDate) : 'Not yet'}
      </Text>
    </Section>
  );
}

export function LinksCard({ decision }: { decision: Decision }) {
  return (
    <Section title="Linked records">
      {decision.links.length === 0 ? (
        <Text size="sm" c="dimmed">
          None.
        </Text>
      ) : (
        <List size="sm" spacing={4}>
          {decision.links.map((l) => (
            <List.Item key={`${l.kind}:${l.id}`}>
              <AppHref href={l.href}>{l.title}</AppHref>
            </List.Item>
          ))}
        </List>
      )}
    </Section>
  );
}

function SupersessionLine({ s, direction }: { s: Supersession; direction: 'supersedes' | 'by' }) {
  return (
    <Group gap={6} wrap="nowrap" align="flex-start">
      {direction === 'supersedes' ? <IconArrowDown size={16} aria-hidden /> : <IconArrowUp size={16} aria-hidden />}
      <Stack gap={2}>
        <AnchorLink to="/decisions/$decisionId" params={{ decisionId: s.decision.id }} size="sm">
          {s.decision.key} {s.decision.title}
        </AnchorLink>
        <Group gap={4}>
          <DecisionBadges status={s.decision.status} partlySuperseded={false} revisitDue={false} />
          <Text size="xs" c="dimmed">
            {s.scope === 'whole' ? 'wholly' : `in part: ${s.part ?? ''}`}
          </Text>
        </Group>
      </Stack>
    </Group>
  );
}

/** Supersedes / superseded by, each a link, and the whole chain oldest first with this one marked. */
export function SupersessionCard({ decision }: { decision: Decision }) {
  return (
    <Section title="Supersession">
      {decision.supersedes.length > 0 ? (
        <Stack gap={4}>
          <Text size="sm" fw={500}>
            Supersedes
          </Text>
          {decision.supersedes.map((s) => (
            <SupersessionLine key={s.decision.id} s={s} direction="supersedes" />
          ))}
        </Stack>
      ) : null}
      {decision.supersededBy.length > 0 ? (
        <Stack gap={4}>
          <Text size="sm" fw={500}>
            Superseded by
          </Text>
          {decision.supersededBy.map((s) => (
            <SupersessionLine key={s.decision.id} s={s} direction="by" />
          ))}
        </Stack>
      ) : null}
      {decision.chain.length > 1 ? (
        <Stack gap={4}>
          <Text size="sm" fw={500}>
            Chain
          </Text>
          <List size="sm" type="ordered" spacing={2} aria-label="Supersession chain, oldest first">
            {decision.chain.map((d) => (
              <List.Item key={d.id}>
                {d.id === decision.id ? (
                  <Text span size="sm" fw={700} aria-current="page">
                    {d.key} {d.title} (this decision)
                  </Text>
                ) : (
                  <AnchorLink to="/decisions/$decisionId" params={{ decisionId: d.id }} size="sm">
                    {d.key} {d.title}
                  </AnchorLink>
                )}{' '}
                <Badge size="xs" variant="light" color="gray">
                  {DECISION_STATUS_LABELS[d.status]}
                </Badge>
              </List.Item>
            ))}
          </List>
        </Stack>
      ) : (
        <Text size="sm" c="dimmed">
          Not superseded, and supersedes nothing.
        </Text>
      )}
    </Section>
  );
}

/** The revisit trigger (editable while the decision is in force) and "Mark revisited" when it fired. */
export function RevisitCard({ decision }: { decision: Decision }) {
  const update = useUpdateDecision(decision.id);
  const revisited = useMarkRevisited(decision.id);
  const [date, setDate] = useState(decision.revisitTrigger?.kind === 'date' ? decision.revisitTrigger.date : '');
  const [note, setNote] = useState('');
  const [next, setNext] = useState('');
  const errors = isApiError(revisited.error) ? revisited.error.fieldErrors : {};
  return (
    <Section title="Revisit">
      {decision.revisit.due ? (
        <Stack gap="xs">
          <Text size="sm" c="orange.8" fw={500}>
            Due for a revisit since {formatIsoDate(decision.revisit.dueSince!.slice(0, 10))}
          </Text>
          {decision.abilities.markRevisited ? (
            <form
              onSubmit={(e) => {
                e.preventDefault();
                revisited.mutate({
                  version: decision.version,
                  note,
                  revisitTrigger: next ? { kind: 'date', date: next } : null,
                });
              }}
            >
              <Stack gap="xs">
                <Textarea
                  label="What the revisit concluded"
                  required
                  value={note}
                  onChange={(e) => setNote(e.currentTarget.value)}
                  error={errors['body.note']}
                />
                <TextInput
                  label="Next revisit on (optional)"
                  type="date"
                  value={next}
                  onChange={(e) => setNext(e.currentTarget.value)}
                />
                <Button type="submit" size="xs" loading={revisited.isPending}>
                  Mark revisited
                </Button>
              </Stack>
            </form>
          ) : null}
        </Stack>
      ) : (
        <Text size="sm">
          {decision.revisitTrigger
            ? `Revisit on ${formatIsoDate(decision.revisitTrigger.date)}`
            : 'No revisit trigger.'}
        </Text>
      )}
      {decision.revisit.lastRevisitedAt ? (
        <Text size="xs" c="dimmed">
          Last revisited {formatIsoDate(decision.revisit.lastRevisitedAt.slice(0, 10))}: {decision.revisit.lastNote}
        </Text>
      ) : null}
      {decision.abilities.update && !decision.revisit.due ? (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            update.mutate({ version: decision.version, revisitTrigger: date ? { kind: 'date', date } : null });
          }}
        >
          <Group align="flex-end" gap="xs">
            <TextInput
              label="Revisit on"
              type="date"
              value={date}
              onChange={(e) => setDate(e.currentTarget.value)}
              size="xs"
            />
            <Button type="submit" size="xs" variant="default" loading={update.isPending}>
              Save trigger
            </Button>
          </Group>
        </form>
      ) : null}
      {update.error ? <ErrorAlert error={update.error} /> : null}
    </Section>
  );
}

export function HistoryCard({ id }: { id: string }) {
  const history = useDecisionHistory(id);
  return (
    <Section title="History">
      {history.isPending ? (
        <Text size="sm" c="dimmed">
          Loading…
        </Text>
      ) : history.isError ? (
        <ErrorAlert error={history.error} />
      ) : (
        <Timeline bulletSize={12} lineWidth={2}>
          {history.data.items.map((e) => (
            <Timeline.Item key={e.id} title={<Text size="sm">{e.detail}</Text>}>
              <Text size="xs" c="dimmed">
                {e.actor?.name ?? 'PolicyOps'} · {formatDateTime(e.at)}
              </Text>
            </Timeline.Item>
          ))}
        </Timeline>
      )}
    </Section>
  );
}
