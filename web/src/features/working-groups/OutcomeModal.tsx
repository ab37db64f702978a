import { Button, Group, Modal, Select, Stack, TextInput, Textarea } from '@mantine/core';
import { useState } from 'react';
import { isApiError } from '../../lib/api';
import { notifyError, notifySuccess } from '../../lib/problem-feedback';
import { useDirectoryPeople, useRecordOutcome } from './wg-queries';

export type OutcomeDialog = { kind: 'decision' | 'action' | 'information'; itemId: string; itemTitle: string };

const TITLES = { decision: 'Record decision', action: 'Add action', information: 'Note information' };

/** The outcome dialogs of an agenda item: the decision or action is created inline, from the meeting. */
export function OutcomeModal({
  meetingId,
  dialog,
  onClose,
}: {
  meetingId: string;
  dialog: OutcomeDialog;
  onClose: () => void;
}) {
  const record = useRecordOutcome(meetingId);
  const people = useDirectoryPeople();
  const [title, setTitle] = useState(dialog.kind === 'information' ? '' : dialog.itemTitle);
  const [text, setText] = useState('');
  const [rationale, setRationale] = useState('');
  const [ownerId, setOwnerId] = useState<string | null>(null);
  const [dueDate, setDueDate] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});

  const body =
    dialog.kind === 'information'
      ? { kind: 'information' as const, text }
      : dialog.kind === 'decision'
        ? { kind: 'decision' as const, title, decision: text, rationale, context: '', status: 'accepted' as const }
        : { kind: 'action' as const, title, ownerId: ownerId ?? '', dueDate: dueDate || null };

  const submit = () => {
    if (dialog.kind === 'action' && !ownerId) {
      setErrors({ ownerId: 'Choose the owner' });
      return;
    }
    record.mutate(
      { itemId: dialog.itemId, ...body },
      {
        onSuccess: () => {
          notifySuccess(
            dialog.kind === 'decision' ? 'Decision recorded' : dialog.kind === 'action' ? 'Action added' : 'Noted',
          );
          onClose();
        },
        onError: (error) => {
          const fields = isApiError(error) ? Object.entries(error.fieldErrors) : [];
          if (fields.length > 0) setErrors(Object.fromEntries(fields.map(([p, m]) => [p.replace(/^body\./, ''), m])));
          else notifyError(error);
        },
      },
    );
  };

  return (
    <Modal opened onClose={onClose} title={`${TITLES[dialog.kind]} · ${dialog.itemTitle}`} size="lg">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <Stack>
          {dialog.kind !== 'information' ? (
            <TextInput
              label="Title"
              required
              value={title}
              onChange={(e) => setTitle(e.currentTarget.value)}
              error={errors.title}
              data-autofocus
            />
          ) : null}
          {dialog.kind !== 'action' ? (
            <Textarea
              label={dialog.kind === 'decision' ? 'Decision' : 'Information'}
              required
              autosize
              minRows={3}
              value={text}
              onChange={(e) => setText(e.currentTarget.value)}
              error={errors.decision ?? errors.text}
              data-autofocus={dialog.kind === 'information' || undefined}
            />
          ) : null}
          {dialog.kind === 'decision' ? (
            <Textarea
              label="Rationale"
              autosize
              minRows={2}
              value={rationale}
              onChange={(e) => setRationale(e.currentTarget.value)}
            />
          ) : null}
          {dialog.kind === 'action' ? (
            <>
              <Select
                label="Owner"
                required
                searchable
                data={(people.data?.items ?? []).map((p) => ({
                  value: p.id,
                  label: p.kind === 'contact' ? `${p.name} (contact)` : p.name,
                }))}
                value={ownerId}
                onChange={setOwnerId}
                placeholder={people.isPending ? 'Loading the directory…' : 'Search the directory'}
                error={errors.ownerId}
                nothingFoundMessage="No one by that name"
              />
              <TextInput
                type="date"
                label="Due date"
                value={dueDate}
                onChange={(e) => setDueDate(e.currentTarget.value)}
                error={errors.dueDate}
              />
            </>
          ) : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={record.isPending}>
              {TITLES[dialog.kind]}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
