import { Select } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { InitiativePage } from '@policyops/contracts';
import { useState } from 'react';
import { api } from '../../lib/api';

export interface InitiativeSourceSelectProps {
  value: string | null;
  onChange: (id: string | null) => void;
  error?: React.ReactNode;
}

/** Picks the initiative whose progress feeds a key result: up to 20 roadmap initiatives matching what is typed. */
export function InitiativeSourceSelect({ value, onChange, error }: InitiativeSourceSelectProps) {
  const [q, setQ] = useState('');
  const options = useQuery({
    queryKey: ['roadmap', 'options', q],
    queryFn: ({ signal }) =>
      api.get<InitiativePage>('/api/roadmap/initiatives', { q: q || undefined, sort: 'title', limit: 20 }, signal),
    select: (data) => data.items,
    placeholderData: keepPreviousData,
  });
  const data = (options.data ?? []).map((i) => ({ value: i.id, label: i.title }));
  return (
    <Select
      label="Initiative"
      description="Its progress (0–100 %) stands as the key result's current value"
      placeholder="Search initiatives"
      required
      searchable
      searchValue={q}
      onSearchChange={setQ}
      data={value && !data.some((d) => d.value === value) ? [...data, { value, label: 'The linked initiative' }] : data}
      value={value}
      onChange={onChange}
      nothingFoundMessage={options.isError ? 'Could not load initiatives' : 'No initiative matches'}
      error={error}
    />
  );
}
