import { ActionIcon, Badge, Button, Group, Paper, Progress, Select, Stack, Text, Title, Tooltip } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  fiscalYearOf,
  type InitiativeDetail,
  type InitiativeKeyResults,
  type InitiativeKeyResultsPut,
  type OkrBoard,
} from '@policyops/contracts';
import { useId, useMemo, useState } from 'react';
import { api, seg } from '../../lib/api';
import { notifyError } from '../../lib/problem-feedback';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { AnchorLink } from '../../ui/router-links';
import { roadmapKeys } from './roadmap-queries';
import { usePlanningSettings } from './useRoadmap';
import { handleRoadmapConflict } from './useRoadmapMutations';

const linksKey = (id: string) => [...roadmapKeys.all, 'key-results', id] as const;

/**
 * The key results an initiative serves, on its page: linked ones (link and unlink here) and those fed
 * by its progress (set on the key result). Picks come from the OKRs of the fiscal year it starts in.
 */
export function InitiativeKeyResultsCard({ initiative }: { initiative: InitiativeDetail }) {
  const headingId = useId();
  const queryClient = useQueryClient();
  const links = useQuery({
    queryKey: linksKey(initiative.id),
    queryFn: ({ signal }) =>
      api.get<InitiativeKeyResults>(`/api/roadmap/initiatives/${seg(initiative.id)}/key-results`, undefined, signal),
  });
  const settings = usePlanningSettings();
  const year = settings.data
    ? `FY${fiscalYearOf(initiative.start, settings.data.fiscalYearStartMonth).year}`
    : undefined;
  const [picking, setPicking] = useState(false);
  const board = useQuery({
    queryKey: ['okrs', 'board', year ?? '', false, ''],
    queryFn: ({ signal }) => api.get<OkrBoard>('/api/okrs', { period: year }, signal),
    enabled: picking && Boolean(year),
  });
  const save = useMutation({
    mutationFn: (body: InitiativeKeyResultsPut) =>
      api.put<InitiativeKeyResults>(`/api/roadmap/initiatives/${seg(initiative.id)}/key-results`, body),
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: roadmapKeys.all });
      void queryClient.invalidateQueries({ queryKey: ['okrs'] });
    },
  });
  const data = links.data;
  const linkedIds = useMemo(() => (data?.items ?? []).map((k) => k.id), [data]);
  const options = (board.data?.objectives ?? []).map((o) => ({
    group: o.title,
    items: o.keyResults.filter((kr) => !linkedIds.includes(kr.id)).map((kr) => ({ value: kr.id, label: kr.title })),
  }));
  const change = (keyResultIds: string[]) => {
    if (!data) return;
    save.mutate(
      { keyResultIds, version: initiative.version },
      {
        onSuccess: () => setPicking(false),
        onError: (error) => {
          if (!handleRoadmapConflict(error)) notifyError(error, 'Could not change the key results');
        },
      },
    );
  };
  const editable = initiative.abilities.update;
  const linkedOnly = (data?.items ?? []).filter((k) => !k.fedByThis).map((k) => k.id);

  return (
    <Paper withBorder p="md" component="section" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={3} size="h4" id={headingId}>
            Key results
          </Title>
          {editable && !picking && (
            <Button size="xs" variant="light" onClick={() => setPicking(true)}>
              Link a key result
            </Button>
          )}
        </Group>
        {links.isError && <ErrorAlert error={links.error} />}
        {links.isPending && (
          <Text size="sm" c="dimmed">
            Loading key results…
          </Text>
        )}
        {data && data.items.length === 0 && !picking && (
          <Text size="sm" c="dimmed">
            This initiative serves no key result yet.
          </Text>
        )}
        {data?.items.map((kr) => (
          <Stack key={kr.id} gap={4}>
            <Group justify="space-between" wrap="nowrap" gap="xs">
              <Stack gap={0} style={{ minWidth: 0 }}>
                <AnchorLink to="/okrs/objectives/$objectiveId" params={{ objectiveId: kr.objective.id }} size="sm">
                  {kr.title}
                </AnchorLink>
                <Text size="xs" c="dimmed" truncate>
                  {kr.objective.title}
                </Text>
              </Stack>
              <Group gap={4} wrap="nowrap">
                {kr.fedByThis && (
                  <Tooltip label="Its value is this initiative's progress">
                    <Badge size="xs" variant="light">
                      Fed by this
                    </Badge>
                  </Tooltip>
                )}
                {editable && !kr.fedByThis && (
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    aria-label={`Unlink “${kr.title}”`}
                    loading={save.isPending}
                    onClick={() => change(linkedOnly.filter((id) => id !== kr.id))}
                  >
                    <IconTrash size={16} />
                  </ActionIcon>
                )}
              </Group>
            </Group>
            <Group gap="xs" wrap="nowrap">
              <Progress
                value={kr.progress}
                size="sm"
                style={{ flex: 1 }}
                aria-label={`${kr.title}: ${Math.round(kr.progress)}%`}
              />
              <Text size="xs" c="dimmed" w={36} ta="right">
                {Math.round(kr.progress)}%
              </Text>
            </Group>
          </Stack>
        ))}
        {picking && (
          <Group align="flex-end" gap="xs">
            <Select
              label="Key result"
              placeholder={board.isPending ? 'Loading…' : `Key results of ${year ?? 'the year'}`}
              data={options}
              searchable
              nothingFoundMessage="No key result to link"
              style={{ flex: 1 }}
              data-autofocus
              onChange={(value) => value && change([...linkedOnly, value])}
              error={board.isError ? 'Could not load the OKRs' : undefined}
            />
            <Button variant="default" size="sm" onClick={() => setPicking(false)}>
              Cancel
            </Button>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
