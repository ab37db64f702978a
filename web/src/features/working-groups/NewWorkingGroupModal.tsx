import { Button, Group, Modal, NumberInput, Select, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { describeError, notifyError, notifySuccess } from '../../lib/problem-feedback';
import { isApiError } from '../../lib/api';
import { CADENCE_PRESETS, formatMeetingTime, presetRule } from './wg-labels';
import { useCadencePreview, useCreateWorkingGroup, useDirectoryPeople } from './wg-queries';

/** A local "YYYY-MM-DDTHH:mm" from a datetime-local input, read as UTC (cadences are stored in UTC). */
const asUtc = (local: string) => (local ? `${local}:00.000Z` : '');

function nextHourLocal(): string {
  const date = new Date(Date.now() + 86_400_000);
  date.setUTCMinutes(0, 0, 0);
  return date.toISOString().slice(0, 16);
}

/** "New working group": name, chair, purpose and a cadence with a live preview of the next dates. */
export function NewWorkingGroupModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const navigate = useNavigate();
  const people = useDirectoryPeople();
  const create = useCreateWorkingGroup();
  const [name, setName] = useState('');
  const [chairId, setChairId] = useState<string | null>(null);
  const [purpose, setPurpose] = useState('');
  const [preset, setPreset] = useState('weekly');
  const [custom, setCustom] = useState('FREQ=WEEKLY;BYDAY=TU');
  const [start, setStart] = useState(nextHourLocal);
  const [duration, setDuration] = useState<number>(45);
  const [errors, setErrors] = useState<Record<string, string>>({});

  const startsAt = asUtc(start);
  const rule = presetRule(preset, startsAt || new Date().toISOString(), custom);
  const cadence = startsAt && rule ? { rule, startsAt, timeZone: null, durationMinutes: duration || 45 } : null;
  const [debounced] = useDebouncedValue(cadence, 300);
  const preview = useCadencePreview(debounced);
  const previewError = preview.isError
    ? (describeError(preview.error).detail ?? 'Not a rule the calendar understands')
    : null;

  const submit = () => {
    setErrors({});
    if (!chairId) {
      setErrors({ chairId: 'Choose the chair' });
      return;
    }
    create.mutate(
      { name, chairId, charter: { purpose }, cadence },
      {
        onSuccess: (group) => {
          notifySuccess('Working group formed', group.name);
          onClose();
          void navigate({ to: '/working-groups/$workingGroupId', params: { workingGroupId: group.id } });
        },
        onError: (error) => {
          const fields = isApiError(error) ? Object.entries(error.fieldErrors) : [];
          if (fields.length > 0)
            setErrors(Object.fromEntries(fields.map(([path, m]) => [path.replace(/^body\./, ''), m])));
          else notifyError(error);
        },
      },
    );
  };

  const options = (people.data?.items ?? []).map((p) => ({ value: p.id, label: p.name }));
  return (
    <Modal opened={opened} onClose={onClose} title="New working group" size="lg">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <Stack>
          <TextInput
            label="Name"
            required
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            error={errors.name}
            data-autofocus
          />
          <Select
            label="Chair"
            required
            searchable
            data={options}
            value={chairId}
            onChange={setChairId}
            placeholder={people.isPending ? 'Loading the directory…' : 'Search the directory'}
            error={errors.chairId}
            nothingFoundMessage="No one by that name"
          />
          <Textarea
            label="Purpose"
            description="Markdown"
            autosize
            minRows={2}
            value={purpose}
            onChange={(e) => setPurpose(e.currentTarget.value)}
          />
          <Group grow align="flex-start">
            <TextInput
              type="datetime-local"
              label="First meeting (UTC)"
              value={start}
              onChange={(e) => setStart(e.currentTarget.value)}
              error={errors['cadence.startsAt']}
            />
            <NumberInput
              label="Minutes"
              min={5}
              max={720}
              value={duration}
              onChange={(v) => setDuration(Number(v) || 45)}
            />
          </Group>
          <Select
            label="Repeats"
            data={CADENCE_PRESETS.map((p) => ({ value: p.value, label: p.label }))}
            value={preset}
            onChange={(v) => setPreset(v ?? 'weekly')}
            allowDeselect={false}
          />
          {preset === 'custom' ? (
            <TextInput
              label="Recurrence rule (RFC 5545 RRULE)"
              description="e.g. FREQ=MONTHLY;BYDAY=1TU or FREQ=WEEKLY;BYDAY=MO,TH"
              value={custom}
              onChange={(e) => setCustom(e.currentTarget.value)}
              error={errors['cadence.rule'] ?? previewError}
              styles={{ input: { fontFamily: 'monospace' } }}
            />
          ) : (
            <Text size="xs" c="dimmed" ff="monospace">
              {rule}
            </Text>
          )}
          <Stack gap={2} aria-live="polite">
            <Text size="sm" fw={600}>
              Next dates {preview.data ? `(${preview.data.summary})` : ''}
            </Text>
            {preview.isFetching && !preview.data ? (
              <Text size="sm" c="dimmed">
                Working them out…
              </Text>
            ) : null}
            {previewError && preset !== 'custom' ? (
              <Text size="sm" c="red">
                {previewError}
              </Text>
            ) : null}
            {preview.data && !previewError
              ? preview.data.occurrences.map((o) => (
                  <Text size="sm" key={o}>
                    {formatMeetingTime(o)}
                  </Text>
                ))
              : null}
          </Stack>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={create.isPending}>
              Form the group
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
