import { Group, Select, TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import type { Role, UserStatus } from '@policyops/contracts';
import { ROLE_OPTIONS } from './ChangeRoleModal';

export interface PeopleFilterValues {
  q: string;
  role: Role | null;
  status: UserStatus | null;
}

export const EMPTY_PEOPLE_FILTERS: PeopleFilterValues = { q: '', role: null, status: null };

const STATUS_OPTIONS = [
  { value: 'active', label: 'Active' },
  { value: 'deactivated', label: 'Deactivated' },
];

export function PeopleFilters({
  value,
  onChange,
}: {
  value: PeopleFilterValues;
  onChange: (next: PeopleFilterValues) => void;
}) {
  return (
    <Group gap="sm" align="flex-end" wrap="wrap">
      <TextInput
        label="Search people"
        placeholder="Name or e-mail"
        leftSection={<IconSearch size={16} aria-hidden />}
        value={value.q}
        onChange={(event) => onChange({ ...value, q: event.currentTarget.value })}
        style={{ flex: '1 1 240px' }}
        type="search"
      />
      <Select
        label="Access level"
        placeholder="Any role"
        data={ROLE_OPTIONS}
        value={value.role}
        onChange={(role) => onChange({ ...value, role: role as Role | null })}
        clearable
        w={200}
      />
      <Select
        label="Status"
        placeholder="Any status"
        data={STATUS_OPTIONS}
        value={value.status}
        onChange={(status) => onChange({ ...value, status: status as UserStatus | null })}
        clearable
        w={170}
      />
    </Group>
  );
}
