import {
  ActionIcon,
  Button,
  Group,
  Paper,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Tooltip,
  VisuallyHidden,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconAddressBook, IconPencil, IconSearch, IconUserPlus, IconUserSearch } from '@tabler/icons-react';
import {
  STAKEHOLDER_REGION_SUGGESTIONS,
  TEAM_FUNCTION_LABELS,
  type Stakeholder,
  type StakeholderKind,
  type TeamFunction,
} from '@policyops/contracts';
import { useEffect, useState } from 'react';
import { plural } from '../../lib/format';
import { EmptyState } from '../../ui/EmptyState';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { LoadMore } from '../../ui/LoadMore';
import { PageHeader } from '../../ui/PageHeader';
import { TableSkeleton } from '../../ui/TableSkeleton';
import { AnchorLink } from '../../ui/router-links';
import { InactiveBadge, KindBadge } from './stakeholder-labels';
import { useStakeholderList } from './stakeholder-queries';
import type { StakeholderFilters } from './stakeholder-search';
import { FUNCTION_OPTIONS, StakeholderFormModal } from './StakeholderFormModal';

const KIND_OPTIONS = [
  { value: 'account', label: 'Accounts' },
  { value: 'contact', label: 'Contacts' },
];
const ACTIVE_OPTIONS = [
  { value: 'true', label: 'Active' },
  { value: 'false', label: 'Inactive' },
];

export interface StakeholderDirectoryProps {
  filters: StakeholderFilters;
  onFiltersChange(next: StakeholderFilters): void;
}

/** The /stakeholders page: filters (in the URL), the directory table, "Add contact" and the edit dialog. */
export function StakeholderDirectory({ filters, onFiltersChange }: StakeholderDirectoryProps) {
  const [text, setText] = useState(filters.q ?? '');
  const [debounced] = useDebouncedValue(text.trim(), 250);
  useEffect(() => {
    if ((filters.q ?? '') !== debounced) onFiltersChange({ ...filters, q: debounced || undefined });
    // Only the typed text drives this; the other filters are applied at once.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [debounced]);
  const list = useStakeholderList(filters);
  const people = list.data?.pages.flatMap((page) => page.items) ?? [];
  const canCreate = list.data?.pages[0]?.abilities.create ?? false;
  const [editing, setEditing] = useState<Stakeholder | 'new' | null>(null);
  const filtered = Object.values(filters).some((v) => v !== undefined);

  let body;
  if (list.isPending) body = <TableSkeleton label="Loading the stakeholder directory" />;
  else if (list.isError)
    body = <ErrorAlert error={list.error} onRetry={() => void list.refetch()} retrying={list.isRefetching} />;
  else if (people.length === 0)
    body = filtered ? (
      <EmptyState
        icon={<IconUserSearch size={24} />}
        title="No one matches these filters"
        description="Try another name, function or region, or clear the filters."
        action={
          <Button
            variant="default"
            onClick={() => {
              setText('');
              onFiltersChange({});
            }}
          >
            Clear filters
          </Button>
        }
      />
    ) : (
      <EmptyState
        icon={<IconAddressBook size={24} />}
        title="No one in the directory yet"
        description="Accounts appear here on their own; add the partners who have no account as contacts."
      />
    );
  else
    body = (
      <>
        <Table.ScrollContainer minWidth={760}>
          <Table striped highlightOnHover verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Name</Table.Th>
                <Table.Th scope="col">Function</Table.Th>
                <Table.Th scope="col">Region</Table.Th>
                <Table.Th scope="col">Team</Table.Th>
                <Table.Th scope="col">Organisation · title</Table.Th>
                <Table.Th scope="col">
                  <VisuallyHidden>Actions</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {people.map((person) => (
                <Table.Tr key={person.id}>
                  <Table.Td>
                    <Group gap={6} wrap="nowrap">
                      <AnchorLink to="/stakeholders/$stakeholderId" params={{ stakeholderId: person.id }} fw={500}>
                        {person.name}
                      </AnchorLink>
                      <KindBadge kind={person.kind} />
                      {person.active ? null : <InactiveBadge />}
                    </Group>
                    {person.email ? (
                      <Text size="xs" c="dimmed">
                        {person.email}
                      </Text>
                    ) : null}
                  </Table.Td>
                  <Table.Td>
                    {person.function ? (
                      TEAM_FUNCTION_LABELS[person.function]
                    ) : (
                      <Text c="dimmed" size="sm">
                        —
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    {person.region ?? (
                      <Text c="dimmed" size="sm">
                        —
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    {person.team ?? (
                      <Text c="dimmed" size="sm">
                        —
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{[person.organisation, person.title].filter(Boolean).join(' · ') || '—'}</Text>
                  </Table.Td>
                  <Table.Td ta="right">
                    {person.abilities.update ? (
                      <Tooltip label={`Edit ${person.name}`}>
                        <ActionIcon
                          variant="subtle"
                          aria-label={`Edit ${person.name}`}
                          onClick={() => setEditing(person)}
                        >
                          <IconPencil size={16} aria-hidden />
                        </ActionIcon>
                      </Tooltip>
                    ) : null}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        <LoadMore
          hasMore={Boolean(list.hasNextPage)}
          loading={list.isFetchingNextPage}
          onLoadMore={() => void list.fetchNextPage()}
        />
      </>
    );

  return (
    <>
      <PageHeader
        title="Stakeholders"
        description="Policy colleagues and XFN partners — accounts and contacts without one — with their function, region and team."
        actions={
          canCreate ? (
            <Button leftSection={<IconUserPlus size={16} aria-hidden />} onClick={() => setEditing('new')}>
              Add contact
            </Button>
          ) : undefined
        }
      />
      <Stack gap="md">
        <Group gap="sm" align="flex-end" wrap="wrap">
          <TextInput
            label="Search the directory"
            placeholder="Name, e-mail, team, organisation"
            leftSection={<IconSearch size={16} aria-hidden />}
            value={text}
            onChange={(event) => setText(event.currentTarget.value)}
            style={{ flex: '1 1 240px' }}
            type="search"
          />
          <Select
            label="Function"
            placeholder="Any function"
            data={FUNCTION_OPTIONS}
            value={filters.function ?? null}
            onChange={(value) => onFiltersChange({ ...filters, function: (value as TeamFunction | null) ?? undefined })}
            clearable
            w={180}
          />
          <Select
            label="Region"
            placeholder="Any region"
            data={[...STAKEHOLDER_REGION_SUGGESTIONS]}
            value={filters.region ?? null}
            onChange={(value) => onFiltersChange({ ...filters, region: value ?? undefined })}
            clearable
            searchable
            w={150}
          />
          <Select
            label="Kind"
            placeholder="Everyone"
            data={KIND_OPTIONS}
            value={filters.kind ?? null}
            onChange={(value) => onFiltersChange({ ...filters, kind: (value as StakeholderKind | null) ?? undefined })}
            clearable
            w={150}
          />
          <Select
            label="Status"
            placeholder="Any status"
            data={ACTIVE_OPTIONS}
            value={filters.active === undefined ? null : String(filters.active)}
            onChange={(value) => onFiltersChange({ ...filters, active: value === null ? undefined : value === 'true' })}
            clearable
            w={150}
          />
        </Group>
        <Paper withBorder p="md">
          {!list.isPending && !list.isError && people.length > 0 ? (
            <Text size="sm" c="dimmed" mb="xs" aria-live="polite">
              Showing {plural(people.length, 'person', 'people')}
              {list.hasNextPage ? ' (more available)' : ''}
            </Text>
          ) : null}
          {body}
        </Paper>
      </Stack>
      {editing ? (
        <StakeholderFormModal stakeholder={editing === 'new' ? undefined : editing} onClose={() => setEditing(null)} />
      ) : null}
    </>
  );
}
