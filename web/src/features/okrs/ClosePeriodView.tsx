import { Alert, Button, Group, NumberInput, Paper, Stack, Table, Text, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconArrowLeft, IconLock } from '@tabler/icons-react';
import { useNavigate } from '@tanstack/react-router';
import type { KeyResult, Objective, OkrBoard } from '@policyops/contracts';
import { useState } from 'react';
import { isApiError } from '../../lib/api';
import { notifyError, notifySuccess } from '../../lib/problem-feedback';
import { ConfirmModal } from '../../ui/ConfirmModal';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { PageHeader } from '../../ui/PageHeader';
import { TableSkeleton } from '../../ui/TableSkeleton';
import { AnchorLink } from '../../ui/router-links';
import { ConfidenceBadge } from './ConfidenceBadge';
import { percentText, scoreText } from './okr-labels';
import { handleOkrConflict, useClosePeriod } from './useOkrMutations';
import { useOkrBoard } from './useOkrs';

interface ScoreRow {
  keyResultId: string;
  version: number;
  score: number | string;
  comment: string;
}

interface CloseValues {
  scores: ScoreRow[];
  comment: string;
}

/** Progress as a starting score, to one decimal (the scorer decides; this only saves typing). */
const suggested = (kr: KeyResult) => Math.round(kr.progress / 10) / 10;

function rowsOf(board: OkrBoard): { objective: Objective; kr: KeyResult }[] {
  return board.objectives
    .filter((o) => o.periodKey === board.period.key)
    .flatMap((objective) => objective.keyResults.map((kr) => ({ objective, kr })));
}

function CloseForm({ board }: { board: OkrBoard }) {
  const navigate = useNavigate();
  const close = useClosePeriod();
  const [confirming, setConfirming] = useState(false);
  const rows = rowsOf(board);
  const { period } = board;
  const form = useForm<CloseValues>({
    initialValues: {
      scores: rows.map(({ kr }) => ({ keyResultId: kr.id, version: kr.version, score: suggested(kr), comment: '' })),
      comment: '',
    },
    validate: {
      scores: {
        score: (v: number | string) =>
          v === '' || Number(v) < 0 || Number(v) > 1 ? 'Use a score from 0.0 to 1.0' : null,
      },
    },
  });

  const submit = () => {
    const values = form.getValues();
    close.mutate(
      {
        periodKey: period.key,
        body: {
          comment: values.comment,
          scores: values.scores.map((s) => ({ ...s, score: Number(s.score) })),
        },
      },
      {
        onSuccess: (closed) => {
          setConfirming(false);
          notifySuccess(`${closed.label} closed`, 'Scores are in; the period is locked.');
          void navigate({ to: '/okrs', search: { period: closed.key } });
        },
        onError: (error) => {
          setConfirming(false);
          if (handleOkrConflict(error)) return;
          if (isApiError(error) && error.errors.length) {
            const setError = form.setFieldError as (path: string, message: string) => void;
            const unplaced: string[] = [];
            for (const e of error.errors) {
              const path = e.path.replace(/^body\./, '');
              if (/^scores\.\d+\.(score|comment|keyResultId)$/.test(path) || path === 'comment')
                setError(path, e.message);
              else unplaced.push(e.message);
            }
            if (unplaced.length) notifications.show({ color: 'red', title: error.title, message: unplaced.join(' ') });
            return;
          }
          notifyError(error);
        },
      },
    );
  };

  return (
    <form noValidate onSubmit={form.onSubmit(() => setConfirming(true))} aria-label={`Scores for ${period.label}`}>
      <Stack gap="lg">
        {rows.length === 0 ? (
          <Alert color="gray" variant="light" title="Nothing to score">
            No {period.label} objective has key results. Closing still locks the period.
          </Alert>
        ) : (
          <Table.ScrollContainer minWidth={860}>
            <Table verticalSpacing="sm">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">Key result</Table.Th>
                  <Table.Th scope="col" w={110}>
                    Progress
                  </Table.Th>
                  <Table.Th scope="col" w={150}>
                    Confidence
                  </Table.Th>
                  <Table.Th scope="col" w={150}>
                    Score (0.0–1.0)
                  </Table.Th>
                  <Table.Th scope="col" w={300}>
                    Comment
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map(({ objective, kr }, i) => (
                  <Table.Tr key={kr.id}>
                    <Table.Td>
                      <Text size="sm" fw={500}>
                        {kr.title}
                      </Text>
                      <Text size="xs" c="dimmed">
                        {objective.title}
                      </Text>
                    </Table.Td>
                    <Table.Td>{percentText(kr.progress)}</Table.Td>
                    <Table.Td>
                      <ConfidenceBadge confidence={kr.confidence} />
                    </Table.Td>
                    <Table.Td>
                      <NumberInput
                        aria-label={`Score for ${kr.title}`}
                        min={0}
                        max={1}
                        step={0.1}
                        decimalScale={2}
                        {...form.getInputProps(`scores.${i}.score`)}
                      />
                    </Table.Td>
                    <Table.Td>
                      <TextInput
                        aria-label={`Comment on the score of ${kr.title}`}
                        placeholder="What the score means"
                        {...form.getInputProps(`scores.${i}.comment`)}
                      />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        <Textarea
          label={`A note on ${period.label}`}
          description="What went well, what to change next time (Markdown)"
          autosize
          minRows={2}
          {...form.getInputProps('comment')}
        />
        <Group justify="flex-end">
          <Button type="submit" leftSection={<IconLock size={16} aria-hidden />}>
            Close {period.label}…
          </Button>
        </Group>
      </Stack>
      <ConfirmModal
        opened={confirming}
        onClose={() => setConfirming(false)}
        onConfirm={submit}
        title={`Close ${period.label}?`}
        confirmLabel={`Score and lock ${period.label}`}
        loading={close.isPending}
      >
        {rows.length} key {rows.length === 1 ? 'result gets its score' : 'results get their scores'}. After that no one
        can edit or check in on {period.label}; only an admin can reopen it, with a reason.
      </ConfirmModal>
    </form>
  );
}

/** The close flow: a score and a comment per key result, a confirmation, then the period is locked. */
export function ClosePeriodView({ periodKey }: { periodKey: string }) {
  const board = useOkrBoard({ period: periodKey });
  const label = board.data?.period.label ?? periodKey;
  const back = (
    <AnchorLink to="/okrs" search={{ period: periodKey }} size="sm">
      <IconArrowLeft size={14} aria-hidden style={{ verticalAlign: -2 }} /> OKRs · {label}
    </AnchorLink>
  );
  let body;
  if (board.isPending) body = <TableSkeleton label="Loading key results" />;
  else if (board.isError)
    body = <ErrorAlert error={board.error} onRetry={() => void board.refetch()} retrying={board.isRefetching} />;
  else if (board.data.period.state === 'closed')
    body = (
      <Paper withBorder p="md">
        <Stack gap="xs">
          <Text fw={600}>
            <IconLock size={16} aria-hidden style={{ verticalAlign: -2 }} /> {label} is closed
          </Text>
          {rowsOf(board.data).map(({ kr }) => (
            <Text size="sm" key={kr.id}>
              {kr.title}: score {scoreText(kr.score)}
              {kr.scoreComment ? ` — ${kr.scoreComment}` : ''}
            </Text>
          ))}
        </Stack>
      </Paper>
    );
  else if (!board.data.period.abilities.close)
    body = (
      <Alert color="gray" variant="light" title="Program managers close periods">
        Ask a program manager or an admin to score and close {label}.
      </Alert>
    );
  else body = <CloseForm key={board.data.period.key} board={board.data} />;

  return (
    <>
      <PageHeader
        title={`Close ${label}`}
        description="Give every key result a score from 0.0 to 1.0 with a comment. Closing locks the period: no edits, no check-ins."
        above={back}
      />
      {body}
    </>
  );
}
