import { Button, Group, Modal, MultiSelect, Skeleton, Stack, Text, TextInput, Textarea } from '@mantine/core';
import type { PolicyVersion } from '@policyops/contracts';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { useEligibleReviewers } from '../reviews';

export interface SubmitForReviewModalProps {
  opened: boolean;
  onClose: () => void;
  policyRef: string;
  version: PolicyVersion;
  loading: boolean;
  /** Called with the people picked (the server's defaults until the user changes them). */
  onSubmit: (reviewerIds: string[]) => void;
}

/** Who to send a draft to: the people who may approve it, the policy's other owners picked to begin with. */
export function SubmitForReviewModal({
  opened,
  onClose,
  policyRef,
  version,
  loading,
  onSubmit,
}: SubmitForReviewModalProps) {
  const eligible = useEligibleReviewers(policyRef, version.id, opened);
  // The user's own pick; until they touch the field, the server's defaults stand.
  const [picked, setPicked] = useState<string[] | null>(null);
  const value = picked ?? eligible.data?.defaultIds ?? [];
  const close = () => {
    setPicked(null);
    onClose();
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit(value);
  };

  let field;
  if (eligible.isPending) field = <Skeleton height={60} role="status" aria-label="Loading reviewers" />;
  else if (eligible.isError)
    field = (
      <ErrorAlert error={eligible.error} onRetry={() => void eligible.refetch()} retrying={eligible.isRefetching} />
    );
  else if (eligible.data.items.length === 0)
    field = (
      <Text size="sm" c="dimmed">
        Nobody else who may approve versions can see this policy. Submitting still puts it in review for an admin.
      </Text>
    );
  else
    field = (
      <MultiSelect
        label="Reviewers"
        description="They are notified and find it under Reviews. The policy's other owners are picked to begin with."
        placeholder={value.length ? undefined : 'Pick people to ask'}
        data={eligible.data.items.map((p) => ({ value: p.id, label: p.owner ? `${p.name} (owner)` : p.name }))}
        value={value}
        onChange={setPicked}
        searchable
        clearable
        nothingFoundMessage="Nobody by that name can review this policy"
        data-autofocus
      />
    );

  return (
    <Modal opened={opened} onClose={close} title={`Submit version ${version.label} for review`}>
      <form onSubmit={submit} noValidate>
        <Stack>
          {field}
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={close} disabled={loading}>
              Cancel
            </Button>
            <Button type="submit" loading={loading} disabled={eligible.isPending}>
              Submit for review
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

export interface ReviewDecisionModalProps {
  decision: 'approve' | 'reject' | null;
  onClose: () => void;
  version: PolicyVersion;
  loading: boolean;
  /** Field errors of the last attempt (`body.comment`, `body.effectiveDate`). */
  fieldErrors: Record<string, string>;
  onDecide: (decision: 'approve' | 'reject', input: { comment?: string; effectiveDate?: string }) => void;
}

/**
 * Approve (with an optional comment, and the effective date when the draft has none) or request
 * changes (saying which: the comment is required). The comment goes on the policy's discussion.
 */
export function ReviewDecisionModal({
  decision,
  onClose,
  version,
  loading,
  fieldErrors,
  onDecide,
}: ReviewDecisionModalProps) {
  const [comment, setComment] = useState('');
  const [effectiveDate, setEffectiveDate] = useState('');
  const approving = decision === 'approve';
  const needsDate = approving && !version.effectiveDate;
  const close = () => {
    setComment('');
    setEffectiveDate('');
    onClose();
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!decision) return;
    const text = comment.trim();
    onDecide(decision, { ...(text ? { comment: text } : {}), ...(needsDate ? { effectiveDate } : {}) });
  };
  const ready = approving ? !needsDate || Boolean(effectiveDate) : comment.trim().length > 0;

  return (
    <Modal
      opened={decision !== null}
      onClose={close}
      title={approving ? `Approve version ${version.label}` : `Request changes to version ${version.label}`}
    >
      <form onSubmit={submit} noValidate>
        <Stack>
          {needsDate ? (
            <TextInput
              type="date"
              label="Effective date"
              description="This version has no effective date yet. Set the date it takes effect once made live."
              required
              value={effectiveDate}
              onChange={(event) => setEffectiveDate(event.currentTarget.value)}
              error={fieldErrors['body.effectiveDate']}
              w={220}
            />
          ) : null}
          <Textarea
            label={approving ? 'Comment (optional)' : 'What needs to change'}
            description="Markdown. Posted on the policy's discussion and kept with the review."
            required={!approving}
            autosize
            minRows={4}
            maxRows={12}
            value={comment}
            onChange={(event) => setComment(event.currentTarget.value)}
            error={fieldErrors['body.comment']}
            data-autofocus={needsDate ? undefined : true}
          />
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={close} disabled={loading}>
              Cancel
            </Button>
            <Button type="submit" loading={loading} disabled={!ready} color={approving ? undefined : 'orange'}>
              {approving ? 'Approve' : 'Request changes'}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
