import {
  ActionIcon,
  Alert,
  Badge,
  Button,
  Group,
  NumberInput,
  Paper,
  SegmentedControl,
  Select,
  Stack,
  Text,
  Title,
  Tooltip,
} from '@mantine/core';
import { IconAlertTriangle, IconArrowRight, IconTrash } from '@tabler/icons-react';
import type { Dependency, InitiativeDetail } from '@policyops/contracts';
import { useId, useState } from 'react';
import { isApiError } from '../../lib/api';
import { notifyError } from '../../lib/problem-feedback';
import { AnchorLink } from '../../ui/router-links';
import { useInitiative, useInitiativeOptions } from './useRoadmap';
import { handleRoadmapConflict, useCreateDependency, useDeleteDependency } from './useRoadmapMutations';

type End = Dependency['from'];

function EndName({ end, self }: { end: End; self: string }) {
  const initiative =
    end.initiativeId === self ? (
      'this initiative'
    ) : (
      <AnchorLink to="/roadmap/initiatives/$initiativeId" params={{ initiativeId: end.initiativeId }} size="sm">
        {end.initiativeTitle}
      </AnchorLink>
    );
  return (
    <Text size="sm" span>
      {end.type === 'milestone' ? (
        <>
          milestone “{end.title}” of {initiative}
        </>
      ) : (
        initiative
      )}
    </Text>
  );
}

function DependencyLine({ dependency, self }: { dependency: Dependency; self: string }) {
  const remove = useDeleteDependency();
  const lag = dependency.lagDays === 0 ? '' : ` · ${dependency.lagDays > 0 ? '+' : ''}${dependency.lagDays} days`;
  return (
    <Group justify="space-between" wrap="nowrap" component="li">
      <Group gap={6} wrap="wrap">
        <EndName end={dependency.from} self={self} />
        <IconArrowRight size={14} aria-label="then" />
        <EndName end={dependency.to} self={self} />
        {lag ? (
          <Text size="xs" c="dimmed">
            {lag}
          </Text>
        ) : null}
        {dependency.satisfied ? null : (
          <Tooltip label="The planned dates do not leave room for this dependency">
            <Badge
              color="orange"
              variant="light"
              leftSection={<IconAlertTriangle size={12} aria-hidden />}
              tabIndex={0}
            >
              Dates conflict
            </Badge>
          </Tooltip>
        )}
      </Group>
      {dependency.abilities.delete ? (
        <ActionIcon
          variant="subtle"
          color="red"
          aria-label={`Remove the dependency ${dependency.from.title} then ${dependency.to.title}`}
          loading={remove.isPending}
          onClick={() =>
            remove.mutate(
              { id: dependency.id, version: dependency.version },
              { onError: (e) => handleRoadmapConflict(e, 'this dependency') || notifyError(e) },
            )
          }
        >
          <IconTrash size={16} aria-hidden />
        </ActionIcon>
      ) : null}
    </Group>
  );
}

function AddDependencyForm({ initiative }: { initiative: InitiativeDetail }) {
  const create = useCreateDependency();
  const [direction, setDirection] = useState<'waits' | 'blocks'>('waits');
  const [here, setHere] = useState('initiative');
  const [otherId, setOtherId] = useState<string | null>(null);
  const [otherEnd, setOtherEnd] = useState('initiative');
  const [lag, setLag] = useState<number | string>(0);
  const [query, setQuery] = useState('');
  const [error, setError] = useState<string | null>(null);
  const options = useInitiativeOptions(query);
  const other = useInitiative(otherId ?? '', { enabled: otherId !== null });
  const hereOptions = [
    { value: 'initiative', label: 'This initiative' },
    ...initiative.milestones.map((m) => ({ value: m.id, label: `Milestone: ${m.title}` })),
  ];
  const otherOptions = [
    { value: 'initiative', label: 'The whole initiative' },
    ...(other.data?.milestones ?? []).map((m) => ({ value: m.id, label: `Milestone: ${m.title}` })),
  ];
  const end = (id: string, milestone: string) =>
    milestone === 'initiative' ? { type: 'initiative' as const, id } : { type: 'milestone' as const, id: milestone };

  const submit = () => {
    if (!otherId) return setError('Pick the other initiative');
    const mine = end(initiative.id, here);
    const theirs = end(otherId, otherEnd);
    const [from, to] = direction === 'waits' ? [theirs, mine] : [mine, theirs];
    setError(null);
    create.mutate(
      { from, to, lagDays: Number(lag) || 0 },
      {
        onSuccess: () => {
          setOtherId(null);
          setOtherEnd('initiative');
          setLag(0);
        },
        onError: (e) => {
          if (isApiError(e) && e.errors.length > 0) setError(e.errors.map((f) => f.message).join(' '));
          else if (isApiError(e)) setError(e.detail ?? e.title);
          else notifyError(e);
        },
      },
    );
  };

  return (
    <Stack
      gap="xs"
      component="form"
      aria-label="Add a dependency"
      onSubmit={(event) => (event.preventDefault(), submit())}
    >
      <SegmentedControl
        aria-label="Direction"
        value={direction}
        onChange={(value) => setDirection(value as 'waits' | 'blocks')}
        data={[
          { value: 'waits', label: 'Waits on' },
          { value: 'blocks', label: 'Blocks' },
        ]}
      />
      <Group align="flex-end" gap="xs" wrap="wrap">
        <Select
          label="Here"
          data={hereOptions}
          value={here}
          onChange={(v) => setHere(v ?? 'initiative')}
          allowDeselect={false}
          w={200}
        />
        <Select
          label={direction === 'waits' ? 'Waits on initiative' : 'Blocks initiative'}
          placeholder="Search initiatives"
          data={(options.data ?? [])
            .filter((o) => o.id !== initiative.id)
            .map((o) => ({ value: o.id, label: o.title }))}
          searchable
          searchValue={query}
          onSearchChange={setQuery}
          value={otherId}
          onChange={(id) => {
            setOtherId(id);
            setOtherEnd('initiative');
          }}
          nothingFoundMessage="No initiative matches"
          w={240}
        />
        <Select
          label="Which part"
          data={otherOptions}
          value={otherEnd}
          onChange={(v) => setOtherEnd(v ?? 'initiative')}
          allowDeselect={false}
          disabled={!otherId}
          w={200}
        />
        <NumberInput label="Lag (days)" value={lag} onChange={setLag} min={-365} max={365} w={110} />
        <Button type="submit" variant="default" loading={create.isPending}>
          Add dependency
        </Button>
      </Group>
      {error ? (
        <Alert
          color="red"
          variant="light"
          icon={<IconAlertTriangle size={16} aria-hidden />}
          role="alert"
          title="Dependency not added"
        >
          {error}
        </Alert>
      ) : null}
    </Stack>
  );
}

/** Finish-to-start dependencies: what this initiative waits on, and what waits on it. */
export function DependenciesCard({ initiative }: { initiative: InitiativeDetail }) {
  const headingId = useId();
  const list = (items: Dependency[], empty: string, label: string) =>
    items.length === 0 ? (
      <Text size="sm" c="dimmed">
        {empty}
      </Text>
    ) : (
      <Stack gap={6} component="ul" aria-label={label} style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {items.map((d) => (
          <DependencyLine key={d.id} dependency={d} self={initiative.id} />
        ))}
      </Stack>
    );
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Title order={2} size="h4" id={headingId}>
          Dependencies
        </Title>
        <Text size="sm" fw={600}>
          Waits on
        </Text>
        {list(initiative.predecessors, 'Nothing: it can start on its own.', 'Waits on')}
        <Text size="sm" fw={600}>
          Blocks
        </Text>
        {list(initiative.successors, 'Nothing waits on it.', 'Blocks')}
        {initiative.abilities.update ? <AddDependencyForm initiative={initiative} /> : null}
      </Stack>
    </Paper>
  );
}
