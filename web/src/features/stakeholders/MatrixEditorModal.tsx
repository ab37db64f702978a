import { ActionIcon, Alert, Button, Group, Modal, Select, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import {
  RACI_ROLES,
  RACI_ROLE_LABELS,
  type MatrixRecordKind,
  type RaciRole,
  type StakeholderMatrix,
  type StakeholderSummary,
} from '@policyops/contracts';
import { useMemo, useState } from 'react';
import { isApiError } from '../../lib/api';
import { notifyError, notifySuccess } from '../../lib/problem-feedback';
import { profileLine } from './stakeholder-labels';
import { handleStakeholderConflict, useSaveMatrix, useStakeholderSearch } from './stakeholder-queries';

interface DraftRow {
  key: number;
  person: StakeholderSummary | null;
  role: RaciRole;
  influence: string | null;
  interest: string | null;
}

const ROLE_OPTIONS = RACI_ROLES.map((r) => ({ value: r, label: `${r} · ${RACI_ROLE_LABELS[r]}` }));
const SCORE_OPTIONS = ['1', '2', '3', '4', '5'];

/** Picks one person of the directory by name (only people in use are offered). */
function PersonPicker({
  value,
  onChange,
  label,
  error,
}: {
  value: StakeholderSummary | null;
  onChange(next: StakeholderSummary | null): void;
  label: string;
  error?: string | undefined;
}) {
  const [search, setSearch] = useState(value?.name ?? '');
  const [q] = useDebouncedValue(search.trim(), 200);
  const found = useStakeholderSearch(q === value?.name ? '' : q);
  const options = useMemo(() => {
    const items = found.data?.items ?? [];
    const list = value && !items.some((p) => p.id === value.id) ? [value, ...items] : items;
    return list.map((p) => ({ value: p.id, label: p.name, person: p }));
  }, [found.data, value]);
  return (
    <Select
      aria-label={label}
      placeholder="Search the directory"
      searchable
      searchValue={search}
      onSearchChange={setSearch}
      data={options.map(({ value: v, label: l }) => ({ value: v, label: l }))}
      value={value?.id ?? null}
      onChange={(id) => onChange(options.find((o) => o.value === id)?.person ?? null)}
      nothingFoundMessage={found.isFetching ? 'Searching…' : 'No one by that name'}
      renderOption={({ option }) => {
        const person = options.find((o) => o.value === option.value)?.person;
        return (
          <div>
            <Text size="sm">{option.label}</Text>
            {person ? (
              <Text size="xs" c="dimmed">
                {profileLine(person) || (person.kind === 'contact' ? 'Contact' : 'Account')}
              </Text>
            ) : null}
          </div>
        );
      }}
      error={error}
      miw={200}
    />
  );
}

/** Edits the whole RACI matrix (with the version read); field errors come back on their rows. */
export function MatrixEditorModal({
  kind,
  recordId,
  matrix,
  onClose,
}: {
  kind: MatrixRecordKind;
  recordId: string;
  matrix: StakeholderMatrix;
  onClose(): void;
}) {
  const save = useSaveMatrix(kind, recordId);
  const [nextKey, setNextKey] = useState(matrix.rows.length);
  const [rows, setRows] = useState<DraftRow[]>(() =>
    matrix.rows.map((r, i) => ({
      key: i,
      person: r.stakeholder,
      role: r.role,
      influence: r.influence === null ? null : String(r.influence),
      interest: r.interest === null ? null : String(r.interest),
    })),
  );
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const change = (key: number, patch: Partial<DraftRow>) =>
    setRows((all) => all.map((r) => (r.key === key ? { ...r, ...patch } : r)));
  const add = () => {
    setRows((all) => [...all, { key: nextKey, person: null, role: 'I', influence: null, interest: null }]);
    setNextKey((k) => k + 1);
  };
  const errorAt = (i: number, field: string) => errors[`body.rows.${i}.${field}`];

  const submit = () => {
    const missing = rows.findIndex((r) => r.person === null);
    if (missing >= 0) {
      setErrors({ [`body.rows.${missing}.stakeholderId`]: 'Pick a person or remove the row' });
      return;
    }
    setErrors({});
    setFormError(null);
    save.mutate(
      {
        version: matrix.version,
        rows: rows.map((r) => ({
          stakeholderId: r.person!.id,
          role: r.role,
          influence: r.influence === null ? null : Number(r.influence),
          interest: r.interest === null ? null : Number(r.interest),
        })),
      },
      {
        onSuccess: () => {
          notifySuccess('RACI saved');
          onClose();
        },
        onError: (error) => {
          if (handleStakeholderConflict(error)) return onClose();
          if (isApiError(error) && error.errors.length > 0) {
            setErrors(Object.fromEntries(error.errors.map((e) => [e.path, e.message])));
            setFormError(error.detail ?? error.title);
            return;
          }
          notifyError(error);
        },
      },
    );
  };

  return (
    <Modal opened onClose={onClose} title="Edit RACI and influence × interest" size="xl">
      <Stack>
        <Text size="sm" c="dimmed">
          One role per person; at most one Accountable. Influence and interest (1-5) place them on the map; leave them
          empty to list the person as not placed.
        </Text>
        {formError ? (
          <Alert color="red" title="Not saved">
            {formError}
          </Alert>
        ) : null}
        <Table.ScrollContainer minWidth={640}>
          <Table verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Person</Table.Th>
                <Table.Th scope="col">Role</Table.Th>
                <Table.Th scope="col">Influence</Table.Th>
                <Table.Th scope="col">Interest</Table.Th>
                <Table.Th scope="col">
                  <VisuallyHidden>Remove</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((row, i) => (
                <Table.Tr key={row.key}>
                  <Table.Td>
                    <PersonPicker
                      label={`Person, row ${i + 1}`}
                      value={row.person}
                      onChange={(person) => change(row.key, { person })}
                      error={errorAt(i, 'stakeholderId')}
                    />
                  </Table.Td>
                  <Table.Td>
                    <Select
                      aria-label={`Role, row ${i + 1}`}
                      data={ROLE_OPTIONS}
                      value={row.role}
                      onChange={(role) => change(row.key, { role: (role as RaciRole | null) ?? row.role })}
                      allowDeselect={false}
                      error={errorAt(i, 'role')}
                      w={170}
                    />
                  </Table.Td>
                  <Table.Td>
                    <Select
                      aria-label={`Influence, row ${i + 1}`}
                      placeholder="—"
                      data={SCORE_OPTIONS}
                      value={row.influence}
                      onChange={(influence) => change(row.key, { influence })}
                      clearable
                      error={errorAt(i, 'influence')}
                      w={90}
                    />
                  </Table.Td>
                  <Table.Td>
                    <Select
                      aria-label={`Interest, row ${i + 1}`}
                      placeholder="—"
                      data={SCORE_OPTIONS}
                      value={row.interest}
                      onChange={(interest) => change(row.key, { interest })}
                      clearable
                      error={errorAt(i, 'interest')}
                      w={90}
                    />
                  </Table.Td>
                  <Table.Td>
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      aria-label={`Remove row ${i + 1}${row.person ? ` (${row.person.name})` : ''}`}
                      onClick={() => {
                        // Errors name rows by position, which a removal shifts.
                        setErrors({});
                        setRows((all) => all.filter((r) => r.key !== row.key));
                      }}
                    >
                      <IconTrash size={16} aria-hidden />
                    </ActionIcon>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        <Group justify="space-between">
          <Button variant="default" leftSection={<IconPlus size={16} aria-hidden />} onClick={add}>
            Add person
          </Button>
          <Group gap="xs">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button onClick={submit} loading={save.isPending}>
              Save RACI
            </Button>
          </Group>
        </Group>
      </Stack>
    </Modal>
  );
}
