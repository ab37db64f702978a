import { Group, Select, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import {
  CR_LANES,
  CR_SOURCES,
  CR_STAGES,
  CR_TYPES,
  type CrLane,
  type CrSource,
  type CrStage,
  type CrType,
} from '@policyops/contracts';
import { useState } from 'react';
import { useSession } from '../../auth';
import { useUserSearch } from '../../people';
import { CR_LANE_LABELS, CR_SOURCE_LABELS, CR_STAGE_LABELS, CR_TYPE_LABELS } from '../cr-labels';
import type { CrSearch } from '../cr-search';

const options = <T extends string>(values: readonly T[], labels: Record<T, string>) =>
  values.map((value) => ({ value, label: labels[value] }));

/** The table's filters, each written to the URL as it changes (the search box after a pause). */
export function CrFilterBar({ value, onChange }: { value: CrSearch; onChange: (patch: CrSearch) => void }) {
  const [q, setQ] = useState(value.q ?? '');
  const sendQ = useDebouncedCallback((text: string) => onChange({ q: text.trim() || undefined }), 300);
  const me = useSession().user;
  const people = useUserSearch('', { limit: 200, activeOnly: true });
  const owners = [
    { value: me.id, label: `Me (${me.name})` },
    ...(people.data?.items ?? []).filter((u) => u.id !== me.id).map((u) => ({ value: u.id, label: u.name })),
  ];
  return (
    <Group gap="sm" align="flex-end" wrap="wrap" role="search" aria-label="Filter change requests">
      <TextInput
        label="Search"
        placeholder="Title contains…"
        leftSection={<IconSearch size={14} aria-hidden />}
        value={q}
        onChange={(event) => {
          setQ(event.currentTarget.value);
          sendQ(event.currentTarget.value);
        }}
        w={200}
      />
      <Select
        label="Stage"
        placeholder="Any stage"
        data={options(CR_STAGES, CR_STAGE_LABELS)}
        value={value.stage ?? null}
        onChange={(stage) => onChange({ stage: (stage as CrStage | null) ?? undefined })}
        clearable
        w={190}
      />
      <Select
        label="Lane"
        placeholder="Either lane"
        data={options(CR_LANES, CR_LANE_LABELS)}
        value={value.lane ?? null}
        onChange={(lane) => onChange({ lane: (lane as CrLane | null) ?? undefined })}
        clearable
        w={180}
      />
      <Select
        label="Type"
        placeholder="Any type"
        data={options(CR_TYPES, CR_TYPE_LABELS)}
        value={value.type ?? null}
        onChange={(type) => onChange({ type: (type as CrType | null) ?? undefined })}
        clearable
        w={190}
      />
      <Select
        label="Source"
        placeholder="Any source"
        data={options(CR_SOURCES, CR_SOURCE_LABELS)}
        value={value.source ?? null}
        onChange={(source) => onChange({ source: (source as CrSource | null) ?? undefined })}
        clearable
        w={190}
      />
      <Select
        label="Owner"
        placeholder="Anyone"
        data={owners}
        value={value.ownerId ?? null}
        onChange={(ownerId) => onChange({ ownerId: ownerId ?? undefined })}
        clearable
        searchable
        w={190}
      />
    </Group>
  );
}
