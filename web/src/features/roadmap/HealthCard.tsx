import { Alert, Button, Divider, Group, Paper, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconBellRinging } from '@tabler/icons-react';
import {
  INITIATIVE_HEALTHS,
  INITIATIVE_HEALTH_LABELS,
  UPDATE_CADENCE_LABELS,
  WEEKDAY_LABELS,
  type InitiativeDetail,
  type InitiativeHealth,
} from '@policyops/contracts';
import { useId } from 'react';
import { applyErrorToForm, notifySuccess } from '../../lib/problem-feedback';
import { CommentBody, MentionTextarea } from '../collaboration';
import { HealthBadge } from './RoadmapBadges';
import { HealthStrip } from './HealthStrip';
import { formatDay } from './roadmap-labels';
import { usePostHealthUpdate } from './useRoadmapMutations';

function scheduleText(i: InitiativeDetail): string {
  const { cadence, weekday, nextDueOn } = i.updates;
  const day = WEEKDAY_LABELS[weekday as keyof typeof WEEKDAY_LABELS];
  const rhythm = `${UPDATE_CADENCE_LABELS[cadence]}, due ${cadence === 'monthly' ? `the first ${day}` : `on ${day}`}`;
  if (nextDueOn === null) return `${rhythm}. No updates are expected until it is in progress.`;
  return `${rhythm}. Next update due ${formatDay(nextDueOn)}.`;
}

function PostUpdateForm({ initiative }: { initiative: InitiativeDetail }) {
  const post = usePostHealthUpdate();
  const form = useForm<{ health: InitiativeHealth; body: string }>({
    initialValues: { health: initiative.updates.health ?? 'on_track', body: '' },
    validate: { body: (value) => (value.trim() ? null : 'Say how it is going') },
  });
  const labelId = useId();
  return (
    <form
      noValidate
      aria-label="Post a health update"
      onSubmit={form.onSubmit((values) =>
        post.mutate(
          { initiativeId: initiative.id, body: values },
          {
            onSuccess: (posted) => {
              notifySuccess('Update posted', INITIATIVE_HEALTH_LABELS[posted.update.health]);
              form.setFieldValue('body', '');
            },
            onError: (error) => applyErrorToForm(form, error),
          },
        ),
      )}
    >
      <Stack gap="xs">
        <Text size="sm" fw={600} id={labelId}>
          How is it going?
        </Text>
        <SegmentedControl
          aria-labelledby={labelId}
          data={INITIATIVE_HEALTHS.map((h) => ({ value: h, label: INITIATIVE_HEALTH_LABELS[h] }))}
          {...form.getInputProps('health')}
        />
        <MentionTextarea
          label="What moved, what is at risk, what you need"
          description="Markdown. Type @ and a name to mention someone; they are notified."
          value={form.values.body}
          onChange={(value) => form.setFieldValue('body', value)}
          error={typeof form.errors.body === 'string' ? form.errors.body : null}
          required
        />
        <Group justify="flex-end">
          <Button type="submit" loading={post.isPending}>
            Post update
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Health: the strip of past updates, the schedule ("update due"), the form to post one, the history. */
export function HealthCard({ initiative }: { initiative: InitiativeDetail }) {
  const headingId = useId();
  const { updates, recentUpdates } = initiative;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} size="h4" id={headingId}>
            Health
          </Title>
          <HealthBadge health={updates.health} />
        </Group>
        <Group gap="sm" wrap="nowrap" align="center">
          <Text size="xs" c="dimmed" fw={600} style={{ flexShrink: 0 }}>
            History
          </Text>
          <HealthStrip updates={recentUpdates} />
        </Group>
        {updates.due ? (
          <Alert
            color="orange"
            variant="light"
            icon={<IconBellRinging size={18} aria-hidden />}
            title="Update due"
            role="status"
          >
            A health update was due {updates.nextDueOn ? formatDay(updates.nextDueOn) : 'already'}
            {initiative.abilities.postUpdate ? ': post one below.' : `; ${initiative.owner.name} owns it.`}
          </Alert>
        ) : (
          <Text size="sm" c="dimmed" role="status">
            {scheduleText(initiative)}
          </Text>
        )}
        {initiative.abilities.postUpdate ? <PostUpdateForm initiative={initiative} /> : null}
        {recentUpdates.length > 0 ? <Divider label="Latest updates" labelPosition="left" /> : null}
        <Stack gap="md" component="ol" style={{ listStyle: 'none', padding: 0, margin: 0 }} aria-label="Health updates">
          {recentUpdates.slice(0, 5).map((u) => (
            <li key={u.id}>
              <Group gap="xs" mb={4}>
                <HealthBadge health={u.health} />
                <Text size="sm" fw={600}>
                  {u.author?.name ?? 'Someone'}
                </Text>
                <Text size="xs" c="dimmed">
                  {formatDay(u.postedOn)}
                </Text>
              </Group>
              <CommentBody markdown={u.body} />
            </li>
          ))}
        </Stack>
      </Stack>
    </Paper>
  );
}
