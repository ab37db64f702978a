import { Group, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconSearch, IconTag } from '@tabler/icons-react';
import type { PolicyStatus } from '@policyops/contracts';
import { useState } from 'react';
import { PolicyStatusSelect } from './PolicyStatusSelect';

export interface PolicyFilterValues {
  q?: string;
  status?: PolicyStatus;
  tag?: string;
}

export interface PolicyFiltersProps {
  value: PolicyFilterValues;
  /** Reports the filters that changed; absent values clear them. */
  onChange: (patch: PolicyFilterValues) => void;
}

/**
 * Text, status and tag filters. The text fields keep their own state and report after a
 * pause, so typing stays smooth while the URL (the source of truth) follows.
 */
export function PolicyFilters({ value, onChange }: PolicyFiltersProps) {
  const [q, setQ] = useState(value.q ?? '');
  const [tag, setTag] = useState(value.tag ?? '');
  const reportQ = useDebouncedCallback((next: string) => onChange({ q: next.trim() || undefined }), 250);
  const reportTag = useDebouncedCallback((next: string) => onChange({ tag: next.trim() || undefined }), 250);

  return (
    <Group gap="sm" align="flex-end" wrap="wrap">
      <TextInput
        label="Search policies"
        placeholder="Title or slug"
        type="search"
        leftSection={<IconSearch size={16} aria-hidden />}
        value={q}
        onChange={(event) => {
          const next = event.currentTarget.value;
          setQ(next);
          reportQ(next);
        }}
        style={{ flex: '1 1 220px' }}
      />
      <PolicyStatusSelect value={value.status} onChange={(status) => onChange({ status })} />
      <TextInput
        label="Tag"
        placeholder="e.g. elections"
        leftSection={<IconTag size={16} aria-hidden />}
        value={tag}
        onChange={(event) => {
          const next = event.currentTarget.value;
          setTag(next);
          reportTag(next);
        }}
        w={180}
      />
    </Group>
  );
}
