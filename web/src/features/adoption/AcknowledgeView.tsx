import {
  Alert,
  Anchor,
  Badge,
  Box,
  Button,
  Container,
  Group,
  List,
  Paper,
  Radio,
  ScrollArea,
  SegmentedControl,
  Skeleton,
  Stack,
  Text,
  TextInput,
  Textarea,
  ThemeIcon,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCircleCheck, IconExternalLink, IconLinkOff } from '@tabler/icons-react';
import type { AckPage, AckQuizResult, AdoptionPersonRecord } from '@policyops/contracts';
import { useState, type ReactNode } from 'react';
import { isApiError } from '../../lib/api';
import { formatDate, formatDateTime } from '../../lib/format';
import { notifyError } from '../../lib/problem-feedback';
import { BrandMark } from '../../ui/BrandMark';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { MarkdownView } from '../policies/MarkdownView';
import { isDeadLink, useAckAction, useAckPage, useAckQuiz } from './acknowledge-queries';

const DEAD: Record<string, { title: string; text: string }> = {
  NOT_FOUND: {
    title: 'This link is not valid',
    text: 'The link is incomplete or was not issued by us. Check that you copied all of it, or ask for a new one.',
  },
  ACK_LINK_EXPIRED: {
    title: 'This link has expired',
    text: 'Links work for a limited time. Ask for a new one.',
  },
  ACK_LINK_REVOKED: {
    title: 'This link was withdrawn',
    text: 'Whoever sent it withdrew it, perhaps because a newer one was sent. Use the newest link you received, or ask for one.',
  },
  ACK_LINK_USED: {
    title: 'This link has been used',
    text: 'Your answer is already recorded and nothing more can be added through this link.',
  },
  ACK_LINK_STALE: {
    title: 'The policy changed since this link was sent',
    text: 'The link was issued for an earlier text of the policy, so it cannot record an acknowledgement of today’s text. Ask for a new link to the current version.',
  },
};

/** The frame of the public acknowledgement page: no app navigation, readable on a phone. */
function Frame({ children }: { children: ReactNode }) {
  return (
    <Box component="main" py={{ base: 'md', sm: 40 }} px={{ base: 'xs', sm: 'md' }} mih="100vh">
      <Container size="sm" px={0}>
        <Stack gap="lg">
          <BrandMark size={28} />
          {children}
        </Stack>
      </Container>
    </Box>
  );
}

function DeadLink({ error }: { error: unknown }) {
  const code = isApiError(error) ? error.code : 'NOT_FOUND';
  const copy = DEAD[code] ?? DEAD.NOT_FOUND!;
  useDocumentTitle(copy.title);
  const detail = isApiError(error) ? error.detail : undefined;
  return (
    <Frame>
      <Paper withBorder p={{ base: 'md', sm: 'xl' }}>
        <Stack>
          <Group gap="sm" wrap="nowrap">
            <ThemeIcon color="orange" variant="light" size={40} radius="xl" aria-hidden>
              <IconLinkOff size={22} />
            </ThemeIcon>
            <Title order={1} size="h2">
              {copy.title}
            </Title>
          </Group>
          <Text>{detail ?? copy.text}</Text>
          <Text size="sm">
            Whom to ask: the person who sent you the link, usually your team lead or the policy contact of your site or
            vendor. Nothing was recorded or counted twice.
          </Text>
        </Stack>
      </Paper>
    </Frame>
  );
}

/** What the person recorded, in a list. */
function RecordList({ record }: { record: AdoptionPersonRecord }) {
  const items: string[] = [];
  if (record.acknowledgedAt)
    items.push(
      `Acknowledged ${formatDateTime(record.acknowledgedAt)}${record.nameConfirmation ? ` as “${record.nameConfirmation}”` : ''}`,
    );
  if (record.trainedAt) items.push(`Training completed ${formatDateTime(record.trainedAt)}`);
  if (record.quizPassedAt)
    items.push(`Quiz passed ${formatDateTime(record.quizPassedAt)} with ${record.lastQuizScorePct ?? '?'}%`);
  if (record.declinedAt) items.push(`Declined ${formatDateTime(record.declinedAt)}: ${record.declineReason ?? ''}`);
  if (record.exemptionRequestedAt)
    items.push(`Exemption requested ${formatDateTime(record.exemptionRequestedAt)}: ${record.exemptionReason ?? ''}`);
  if (items.length === 0) return null;
  return (
    <List size="sm" spacing={4}>
      {items.map((i) => (
        <List.Item key={i}>{i}</List.Item>
      ))}
    </List>
  );
}

function firstRecordedAt(record: AdoptionPersonRecord): string | null {
  return record.acknowledgedAt ?? record.declinedAt ?? record.exemptionRequestedAt ?? record.trainedAt ?? null;
}

function Task({ n, title, done, children }: { n: number; title: string; done: boolean; children: ReactNode }) {
  return (
    <Paper withBorder p="md" component="section" aria-label={title}>
      <Stack gap="sm">
        <Group gap="xs" wrap="nowrap">
          {done ? (
            <IconCircleCheck size={22} color="var(--mantine-color-teal-7)" aria-hidden />
          ) : (
            <Badge variant="light" circle size="lg" aria-hidden>
              {n}
            </Badge>
          )}
          <Title order={2} size="h4">
            {title}
            {done ? (
              <Text span c="teal.9" size="sm" fw={500}>
                {' '}
                · done
              </Text>
            ) : null}
          </Title>
        </Group>
        {children}
      </Stack>
    </Paper>
  );
}

function onActionError(error: unknown, setDead: (e: unknown) => void) {
  if (isDeadLink(error)) setDead(error);
  else notifyError(error);
}

function alreadyNote(already: boolean, at: string) {
  if (already)
    notifications.show({
      color: 'indigo',
      title: `Already recorded on ${formatDate(at)}`,
      message: 'It was recorded the first time; nothing was counted twice.',
    });
}

function Quiz({ page, token, setDead }: { page: AckPage; token: string; setDead: (e: unknown) => void }) {
  const quiz = useAckQuiz(token);
  const questions = page.quiz?.questions ?? [];
  const [answers, setAnswers] = useState<(string | null)[]>(() => questions.map(() => null));
  const [result, setResult] = useState<AckQuizResult | null>(null);
  const [missing, setMissing] = useState(false);
  if (!page.quiz) return null;
  const submit = () => {
    if (answers.some((a) => a === null)) return setMissing(true);
    setMissing(false);
    quiz.mutate(
      { answers: answers.map((a) => Number(a)) },
      {
        onSuccess: (r) => {
          setResult(r);
          alreadyNote(r.alreadyRecorded, r.recordedAt);
        },
        onError: (error) => onActionError(error, setDead),
      },
    );
  };
  if (result && !result.passed)
    return (
      <Stack gap="sm">
        <Alert color="orange" variant="light" title={`Not passed: ${Math.round(result.scorePct)}%`} role="status">
          {result.correct} of {questions.length} right; the pass mark is {result.passMarkPct}%. Read the policy again
          and retry (attempt {result.attempt}).
        </Alert>
        <Group>
          <Button
            variant="light"
            onClick={() => {
              setResult(null);
              setAnswers(questions.map(() => null));
            }}
          >
            Try again
          </Button>
        </Group>
      </Stack>
    );
  return (
    <form
      aria-label="Quiz"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          {questions.length === 1 ? 'One question' : `${questions.length} questions`}; pass mark {page.quiz.passMarkPct}
          %.
        </Text>
        {questions.map((q, qi) => (
          <Radio.Group
            key={qi}
            label={`${qi + 1}. ${q.prompt}`}
            value={answers[qi] ?? null}
            onChange={(value) => setAnswers((prev) => prev.map((a, i) => (i === qi ? value : a)))}
            error={missing && answers[qi] === null ? 'Choose an answer' : undefined}
            required
          >
            <Stack gap={8} mt={6}>
              {q.options.map((o, oi) => (
                <Radio key={oi} value={String(oi)} label={o} />
              ))}
            </Stack>
          </Radio.Group>
        ))}
        <Group>
          <Button type="submit" loading={quiz.isPending}>
            Submit answers
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function Opt({ page, token, setDead }: { page: AckPage; token: string; setDead: (e: unknown) => void }) {
  const action = useAckAction(token);
  const [kind, setKind] = useState<'decline' | 'exemption'>('exemption');
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  if (page.complete || page.record.declinedAt || page.record.exemptionRequestedAt) return null;
  if (!open)
    return (
      <Text size="sm">
        Can’t apply this policy, or it does not concern your work?{' '}
        <Anchor component="button" type="button" onClick={() => setOpen(true)} size="sm">
          Decline or ask for an exemption
        </Anchor>
      </Text>
    );
  const submit = () => {
    if (!reason.trim()) return setError('Give a reason');
    setError(null);
    action.mutate(
      { kind, body: { reason: reason.trim() } },
      {
        onSuccess: (r) => alreadyNote(r.alreadyRecorded, r.recordedAt),
        onError: (e) => {
          if (isApiError(e) && e.fieldErrors['body.reason']) setError(e.fieldErrors['body.reason']);
          else onActionError(e, setDead);
        },
      },
    );
  };
  return (
    <Paper withBorder p="md" component="section" aria-label="Decline or ask for an exemption">
      <form
        aria-label="Decline or ask for an exemption"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <Stack gap="sm">
          <SegmentedControl
            value={kind}
            onChange={(v) => setKind(v as 'decline' | 'exemption')}
            data={[
              { value: 'exemption', label: 'Ask for an exemption' },
              { value: 'decline', label: 'Decline' },
            ]}
            aria-label="What to record"
            fullWidth
          />
          <Textarea
            label="Reason"
            description="Read by the policy team. After this, the link records nothing more."
            required
            autosize
            minRows={3}
            maxLength={2000}
            value={reason}
            onChange={(event) => setReason(event.currentTarget.value)}
            error={error}
          />
          <Group gap="xs">
            <Button type="submit" color={kind === 'decline' ? 'red' : undefined} loading={action.isPending}>
              {kind === 'decline' ? 'Decline' : 'Send the request'}
            </Button>
            <Button variant="default" onClick={() => setOpen(false)}>
              Cancel
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

function PageBody({ page, token, setDead }: { page: AckPage; token: string; setDead: (e: unknown) => void }) {
  useDocumentTitle(`${page.policyTitle} · acknowledge`);
  const action = useAckAction(token);
  const [name, setName] = useState('');
  const { tasks, record } = page;
  const stopped = Boolean(record.declinedAt || record.exemptionRequestedAt);
  const recordedAt = firstRecordedAt(record);
  let n = 0;

  return (
    <Frame>
      <Stack gap={4}>
        <Text size="sm" c="dimmed">
          For {page.personName} · {page.audienceName}
        </Text>
        <Title order={1} size="h2">
          {page.policyTitle}
        </Title>
        <Group gap="xs">
          <Badge variant="light">{page.versionLabel}</Badge>
          {page.effectiveDate ? (
            <Text size="sm" c="dimmed">
              In effect from {formatDate(page.effectiveDate)}
            </Text>
          ) : null}
        </Group>
        <Text size="sm">{page.changeRequestTitle}</Text>
      </Stack>

      {page.complete && recordedAt ? (
        <Alert color="teal" variant="light" title={`Already recorded on ${formatDate(recordedAt)}`} role="status">
          <Stack gap={6}>
            <Text size="sm">Thank you. This is what we have:</Text>
            <RecordList record={record} />
          </Stack>
        </Alert>
      ) : null}

      <Paper withBorder p="md" component="section" aria-label="The policy">
        <Stack gap="sm">
          <Title order={2} size="h4">
            What changed
          </Title>
          {page.text.publicSummary ? <Text size="sm">{page.text.publicSummary}</Text> : null}
          <ScrollArea.Autosize
            mah={420}
            type="auto"
            offsetScrollbars
            viewportProps={{ tabIndex: 0, 'aria-label': 'Policy text (scrolls)' }}
          >
            <MarkdownView markdown={page.text.markdown} label={`${page.policyTitle}, ${page.versionLabel}`} />
          </ScrollArea.Autosize>
          {page.text.changelogPath ? (
            <Anchor href={page.text.changelogPath} target="_blank" rel="noreferrer" size="sm">
              <Group gap={4} component="span">
                What changed, in the public changelog <IconExternalLink size={14} aria-hidden />
              </Group>
            </Anchor>
          ) : null}
        </Stack>
      </Paper>

      {stopped ? null : tasks.acknowledge !== 'none' ? (
        <Task n={++n} title="Acknowledge" done={tasks.acknowledge === 'done'}>
          {tasks.acknowledge === 'done' ? (
            <Text size="sm">Acknowledged {record.acknowledgedAt ? formatDateTime(record.acknowledgedAt) : ''}.</Text>
          ) : stopped ? (
            <Text size="sm" c="dimmed">
              Not asked any more: you declined or asked for an exemption.
            </Text>
          ) : (
            <form
              aria-label="Acknowledge the policy"
              noValidate
              onSubmit={(event) => {
                event.preventDefault();
                action.mutate(
                  { kind: 'acknowledge', body: name.trim() ? { nameConfirmation: name.trim() } : {} },
                  {
                    onSuccess: (r) => alreadyNote(r.alreadyRecorded, r.recordedAt),
                    onError: (e) => onActionError(e, setDead),
                  },
                );
              }}
            >
              <Stack gap="sm">
                <TextInput
                  label="Your name"
                  description="Optional: typed as your confirmation"
                  value={name}
                  onChange={(event) => setName(event.currentTarget.value)}
                  maxLength={120}
                  autoComplete="name"
                />
                <Group>
                  <Button type="submit" loading={action.isPending}>
                    I have read it and will apply it
                  </Button>
                </Group>
              </Stack>
            </form>
          )}
        </Task>
      ) : (
        <Alert color="gray" variant="light" title="Nothing to acknowledge">
          This was an editorial change (wording only); your earlier acknowledgement stands.
        </Alert>
      )}

      {!stopped && tasks.training !== 'none' && page.training ? (
        <Task n={++n} title="Training" done={tasks.training === 'done'}>
          <Anchor href={page.training.url} target="_blank" rel="noreferrer noopener">
            <Group gap={4} component="span">
              {page.training.title} <IconExternalLink size={14} aria-hidden />
            </Group>
          </Anchor>
          {tasks.training === 'done' ? (
            <Text size="sm">Completed {record.trainedAt ? formatDateTime(record.trainedAt) : ''}.</Text>
          ) : stopped ? null : (
            <Group>
              <Button
                variant="light"
                loading={action.isPending && action.variables?.kind === 'training'}
                onClick={() =>
                  action.mutate(
                    { kind: 'training' },
                    {
                      onSuccess: (r) => alreadyNote(r.alreadyRecorded, r.recordedAt),
                      onError: (e) => onActionError(e, setDead),
                    },
                  )
                }
              >
                I completed the training
              </Button>
            </Group>
          )}
        </Task>
      ) : null}

      {!stopped && tasks.quiz !== 'none' && page.quiz ? (
        <Task n={++n} title="Quiz" done={tasks.quiz === 'done'}>
          {tasks.quiz === 'done' ? (
            <Text size="sm">
              Passed {record.quizPassedAt ? formatDateTime(record.quizPassedAt) : ''} with{' '}
              {record.lastQuizScorePct ?? '?'}%{record.quizAttempts > 1 ? ` (attempt ${record.quizAttempts})` : ''}.
            </Text>
          ) : stopped ? null : (
            <Quiz page={page} token={token} setDead={setDead} />
          )}
        </Task>
      ) : null}

      <Opt page={page} token={token} setDead={setDead} />
      <Text size="xs" c="dimmed">
        This link is personal to {page.personName} and works until {formatDate(page.expiresAt)}. It records who and
        when, for this exact version of the text.
      </Text>
    </Frame>
  );
}

/** The signed-out page a person opens from their link: the policy, then acknowledge, train, quiz or decline. */
export function AcknowledgeView({ token }: { token: string }) {
  const page = useAckPage(token);
  const [dead, setDead] = useState<unknown>(null);
  if (dead) return <DeadLink error={dead} />;
  if (page.isPending)
    return (
      <Frame>
        <Stack role="status" aria-label="Loading">
          <Skeleton height={28} width="60%" />
          <Skeleton height={200} />
          <Skeleton height={80} />
        </Stack>
      </Frame>
    );
  if (page.isError) {
    if (isDeadLink(page.error)) return <DeadLink error={page.error} />;
    return (
      <Frame>
        <ErrorAlert error={page.error} onRetry={() => void page.refetch()} retrying={page.isRefetching} />
      </Frame>
    );
  }
  return <PageBody page={page.data} token={token} setDead={setDead} />;
}
