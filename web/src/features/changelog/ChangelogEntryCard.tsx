import { Anchor, Badge, Button, Collapse, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconFileText, IconGitCompare } from '@tabler/icons-react';
import type { ChangelogEntry } from '@policyops/contracts';
import { PUBLIC_STATE_LABELS, effectiveSentence, longDate, longDay } from './changelog-text';
import { ChangesPanel, FullTextPanel } from './ChangelogEntryPanels';
import { usePublicChangelogEntry } from './useChangelog';

const STATE_COLORS: Record<string, string> = { live: 'teal', scheduled: 'indigo', superseded: 'gray' };

/** When the version takes effect, and where it does so on another date. */
function EffectiveDates({ entry }: { entry: ChangelogEntry }) {
  const { marketDates } = entry.version;
  return (
    <Stack gap={2}>
      <Text size="sm" fw={500}>
        {effectiveSentence(entry.version)}
      </Text>
      {marketDates.length > 0 ? (
        <List size="sm" spacing={0} aria-label="Effective dates by market">
          {marketDates.map((d) => (
            <List.Item key={d.marketCode}>
              {d.marketName}: {longDate(d.effectiveDate)}
            </List.Item>
          ))}
        </List>
      ) : null}
    </Stack>
  );
}

/** One public change: what, from when and where, and (on request) exactly which words changed and the full text. */
export function ChangelogEntryCard({ entry }: { entry: ChangelogEntry }) {
  const [changesOpen, changes] = useDisclosure(false);
  const [textOpen, text] = useDisclosure(false);
  const detail = usePublicChangelogEntry(entry.id, changesOpen || textOpen);
  const state = PUBLIC_STATE_LABELS[entry.version.state];
  return (
    <Paper component="article" withBorder p="lg" id={entry.id} aria-labelledby={`${entry.id}-title`}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
          <Title order={2} id={`${entry.id}-title`}>
            {entry.policy.title}: version {entry.version.label}
          </Title>
          {state ? (
            <Badge variant="light" color={STATE_COLORS[entry.version.state]} style={{ flexShrink: 0 }}>
              {state}
            </Badge>
          ) : null}
        </Group>
        <Text>{entry.summary}</Text>
        <EffectiveDates entry={entry} />
        <Text size="xs" c="dimmed">
          Published on this changelog {longDay(entry.publishedAt)}
        </Text>
        <Group gap="xs">
          <Button
            variant="default"
            size="compact-sm"
            leftSection={<IconGitCompare size={14} aria-hidden />}
            onClick={changes.toggle}
            aria-expanded={changesOpen}
            aria-controls={`${entry.id}-changes`}
          >
            {changesOpen ? 'Hide what changed' : 'Show what changed'}
          </Button>
          <Button
            variant="default"
            size="compact-sm"
            leftSection={<IconFileText size={14} aria-hidden />}
            onClick={text.toggle}
            aria-expanded={textOpen}
            aria-controls={`${entry.id}-text`}
          >
            {textOpen ? 'Hide the full text' : 'Read the full text'}
          </Button>
          <Anchor href={`#${entry.id}`} size="sm" ml="xs">
            Link to this change
          </Anchor>
        </Group>
        <Collapse expanded={changesOpen} id={`${entry.id}-changes`}>
          {changesOpen ? <ChangesPanel id={entry.id} detail={detail} /> : null}
        </Collapse>
        <Collapse expanded={textOpen} id={`${entry.id}-text`}>
          {textOpen ? <FullTextPanel id={entry.id} detail={detail} /> : null}
        </Collapse>
      </Stack>
    </Paper>
  );
}
