import { Button, Group, Select, TextInput } from '@mantine/core';
import type { RoadmapBaseline } from '@policyops/contracts';
import { useEffect, useState } from 'react';
import { addDays } from './baseline-dates';

/** Pick what to compare the live roadmap with: a saved baseline, or a day (presets or a date). */
export function CompareControl({
  baselines,
  baseline,
  date,
  today,
  quarterStart,
  onBaseline,
  onDate,
}: {
  baselines: RoadmapBaseline[];
  baseline: string | undefined;
  date: string | undefined;
  today: string;
  quarterStart: string;
  onBaseline: (id: string) => void;
  onDate: (date: string) => void;
}) {
  const [typed, setTyped] = useState(date ?? '');
  useEffect(() => setTyped(date ?? ''), [date]);
  const lastWeek = addDays(today, -7);
  return (
    <Group align="flex-end" gap="sm" wrap="wrap">
      <Select
        label="Compare with a baseline"
        placeholder="Pick a baseline"
        data={baselines.map((b) => ({ value: b.id, label: b.name }))}
        value={baseline ?? null}
        onChange={(id) => id && onBaseline(id)}
        allowDeselect={false}
        w={280}
        nothingFoundMessage="No baselines yet"
      />
      <Group gap={6} align="flex-end" role="group" aria-label="Compare with the roadmap as it was on a day">
        <Button variant={date === lastWeek ? 'filled' : 'default'} onClick={() => onDate(lastWeek)}>
          Last week
        </Button>
        <Button variant={date === quarterStart ? 'filled' : 'default'} onClick={() => onDate(quarterStart)}>
          Start of quarter
        </Button>
        <TextInput
          label="Or as it was on"
          type="date"
          max={today}
          value={typed}
          onChange={(e) => {
            setTyped(e.currentTarget.value);
            if (/^\d{4}-\d{2}-\d{2}$/.test(e.currentTarget.value)) onDate(e.currentTarget.value);
          }}
          w={170}
        />
      </Group>
    </Group>
  );
}
