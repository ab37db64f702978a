import { Button, Grid, Group, List, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconGavel } from '@tabler/icons-react';
import type { Decision } from '@policyops/contracts';
import { useState } from 'react';
import { isApiError } from '../../lib/api';
import { ConfirmModal } from '../../ui/ConfirmModal';
import { EmptyState } from '../../ui/EmptyState';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { PageHeader } from '../../ui/PageHeader';
import { AnchorLink } from '../../ui/router-links';
import { TableSkeleton } from '../../ui/TableSkeleton';
import { MarkdownView } from '../policies/MarkdownView';
import { DecisionBadges } from './DecisionBadges';
import { DecisionDialog } from './DecisionDialog';
import { HistoryCard, LinksCard, PeopleCard, RevisitCard, SupersessionCard } from './DecisionSide';
import { useAcceptDecision, useDecision, useRevokeDecision } from './decision-queries';

function TextBlock({ title, markdown }: { title: string; markdown: string }) {
  return (
    <Paper withBorder p="md" component="section" aria-label={title}>
      <Title order={2} size="h4" mb="xs">
        {title}
      </Title>
      {markdown.trim() ? (
        <MarkdownView markdown={markdown} label={title} />
      ) : (
        <Text size="sm" c="dimmed">
          Not written yet.
        </Text>
      )}
    </Paper>
  );
}

function OptionsBlock({ decision }: { decision: Decision }) {
  return (
    <Paper withBorder p="md" component="section" aria-label="Options considered">
      <Title order={2} size="h4" mb="xs">
        Options considered
      </Title>
      {decision.options.length === 0 ? (
        <Text size="sm" c="dimmed">
          None recorded.
        </Text>
      ) : (
        <Stack gap="sm">
          {decision.options.map((o, i) => (
            <Paper key={i} withBorder p="sm" bg="gray.0">
              <Text fw={600} size="sm" mb={4}>
                {i + 1}. {o.title}
              </Text>
              <Group align="flex-start" grow>
                <Stack gap={2}>
                  <Text size="xs" c="green.8" fw={600}>
                    Pros
                  </Text>
                  {o.pros.length ? (
                    <List size="sm" spacing={2}>
                      {o.pros.map((p, j) => (
                        <List.Item key={j}>{p}</List.Item>
                      ))}
                    </List>
                  ) : (
                    <Text size="sm" c="dimmed">
                      —
                    </Text>
                  )}
                </Stack>
                <Stack gap={2}>
                  <Text size="xs" c="red.8" fw={600}>
                    Cons
                  </Text>
                  {o.cons.length ? (
                    <List size="sm" spacing={2}>
                      {o.cons.map((c, j) => (
                        <List.Item key={j}>{c}</List.Item>
                      ))}
                    </List>
                  ) : (
                    <Text size="sm" c="dimmed">
                      —
                    </Text>
                  )}
                </Stack>
              </Group>
            </Paper>
          ))}
        </Stack>
      )}
    </Paper>
  );
}

function Actions({ decision }: { decision: Decision }) {
  const accept = useAcceptDecision(decision.id);
  const revoke = useRevokeDecision(decision.id);
  const [confirmAccept, setConfirmAccept] = useState(false);
  const [revoking, setRevoking] = useState(false);
  const [reason, setReason] = useState('');
  const [superseding, setSuperseding] = useState(false);
  const { abilities } = decision;
  const linkRefs = decision.links.map((l) => ({ kind: l.kind, id: l.id }));
  return (
    <Group gap="xs">
      {abilities.supersede ? (
        <Button variant="default" onClick={() => setSuperseding(true)}>
          Supersede
        </Button>
      ) : null}
      {abilities.revoke ? (
        <Button variant="default" color="red" onClick={() => setRevoking(true)}>
          Revoke
        </Button>
      ) : null}
      {abilities.accept ? <Button onClick={() => setConfirmAccept(true)}>Accept</Button> : null}
      <ConfirmModal
        opened={confirmAccept}
        onClose={() => setConfirmAccept(false)}
        title={`Accept ${decision.key}?`}
        confirmLabel="Accept"
        loading={accept.isPending}
        onConfirm={() =>
          accept.mutate(
            { version: decision.version },
            {
              onSuccess: () => {
                setConfirmAccept(false);
                notifications.show({ color: 'green', message: `${decision.key} accepted` });
              },
              onError: (error) => {
                setConfirmAccept(false);
                notifications.show({ color: 'red', title: 'Not accepted', message: error.message });
              },
            },
          )
        }
      >
        Its body becomes immutable: later changes come as a decision that supersedes it.
        {decision.supersedes.length > 0
          ? ` The decisions it supersedes (${decision.supersedes.map((s) => s.decision.key).join(', ')}) change now.`
          : ''}
      </ConfirmModal>
      <ConfirmModal
        opened={revoking}
        onClose={() => setRevoking(false)}
        title={`Revoke ${decision.key}?`}
        confirmLabel="Revoke"
        danger
        loading={revoke.isPending}
        onConfirm={() => revoke.mutate({ version: decision.version, reason }, { onSuccess: () => setRevoking(false) })}
      >
        <Textarea
          label="Why it no longer holds"
          required
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          error={isApiError(revoke.error) ? revoke.error.fieldErrors['body.reason'] : undefined}
        />
      </ConfirmModal>
      {superseding ? (
        <DecisionDialog
          opened
          onClose={() => setSuperseding(false)}
          supersede={{
            decision: { id: decision.id, key: decision.key, title: decision.title, status: decision.status },
            links: linkRefs,
          }}
        />
      ) : null}
    </Group>
  );
}

/** One decision: its body, people, links, supersession chain both ways, revisit and history. */
export function DecisionScreen({ id }: { id: string }) {
  const decision = useDecision(id);
  if (decision.isPending) return <TableSkeleton label="Loading the decision" />;
  if (decision.isError)
    return isApiError(decision.error) && decision.error.is('NOT_FOUND') ? (
      <EmptyState
        icon={<IconGavel size={24} />}
        title="No such decision"
        description="It does not exist, or it is linked to a policy you may not see."
        action={<AnchorLink to="/decisions">Back to the register</AnchorLink>}
      />
    ) : (
      <ErrorAlert error={decision.error} onRetry={() => void decision.refetch()} />
    );
  const d = decision.data;
  return (
    <>
      <PageHeader
        title={`${d.key} ${d.title}`}
        above={
          <Group gap="sm">
            <AnchorLink to="/decisions" size="sm">
              ← Decisions
            </AnchorLink>
            <DecisionBadges status={d.status} partlySuperseded={d.partlySuperseded} revisitDue={d.revisitDue} />
          </Group>
        }
        actions={<Actions decision={d} />}
      />
      {d.status === 'superseded' && d.supersededBy.length > 0 ? (
        <Paper withBorder p="sm" mb="md" bg="gray.0" role="note">
          <Text size="sm">
            Superseded by{' '}
            {d.supersededBy
              .filter((s) => s.decision.status === 'accepted')
              .map((s) => (
                <AnchorLink key={s.decision.id} to="/decisions/$decisionId" params={{ decisionId: s.decision.id }}>
                  {s.decision.key} {s.decision.title}
                </AnchorLink>
              ))}
            . This record stays as it was decided.
          </Text>
        </Paper>
      ) : null}
      {d.status === 'revoked' ? (
        <Paper withBorder p="sm" mb="md" bg="red.0" role="note">
          <Text size="sm">Revoked: {d.revokedReason}</Text>
        </Paper>
      ) : null}
      <Grid gap="md">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Stack gap="md">
            <TextBlock title="Context" markdown={d.context} />
            <OptionsBlock decision={d} />
            <TextBlock title="Decision" markdown={d.decision} />
            <TextBlock title="Rationale" markdown={d.rationale} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Stack gap="md">
            <SupersessionCard decision={d} />
            <PeopleCard decision={d} />
            <LinksCard decision={d} />
            <RevisitCard decision={d} />
            <HistoryCard id={d.id} />
          </Stack>
        </Grid.Col>
      </Grid>
    </>
  );
}
