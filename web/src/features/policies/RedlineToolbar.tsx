import { Button, Group, Kbd, Paper, SegmentedControl, Select, Stack, Text } from '@mantine/core';
import { IconChevronDown, IconChevronUp, IconDownload } from '@tabler/icons-react';
import { redlineSummaryText, type PolicyRedline } from '@policyops/contracts';
import type { RedlineLayout } from './RedlineSections';
import classes from './Redline.module.css';
import { sectionTitle } from './redline-view';
import { redlineExportHref } from './usePolicyRedline';

export interface RedlineToolbarProps {
  policyRef: string;
  redline: PolicyRedline;
  layout: RedlineLayout;
  onLayoutChange: (layout: RedlineLayout) => void;
  /** Index of the change the navigator is on, -1 before the first. */
  current: number;
  total: number;
  onPrevious: () => void;
  onNext: () => void;
  onJump: (section: number) => void;
}

function sectionCounts(redline: PolicyRedline): string {
  const { unchanged, changed, added, removed } = redline.summary.sections;
  const parts = [
    changed ? `${changed} changed` : null,
    added ? `${added} added` : null,
    removed ? `${removed} removed` : null,
    unchanged ? `${unchanged} unchanged` : null,
  ].filter(Boolean);
  return `${redline.sections.length} sections: ${parts.join(', ')}`;
}

/** The sticky bar over the redline: what changed, the navigator, the section menu, layout and exports. */
export function RedlineToolbar({
  policyRef,
  redline,
  layout,
  onLayoutChange,
  current,
  total,
  onPrevious,
  onNext,
  onJump,
}: RedlineToolbarProps) {
  const position = total === 0 ? 'No changes' : current < 0 ? `${total} changes` : `Change ${current + 1} of ${total}`;
  const href = (format: 'html' | 'md') => redlineExportHref(policyRef, redline.from.id, redline.to.id, format);
  return (
    <Paper
      withBorder
      p="sm"
      className={classes.toolbar}
      component="section"
      aria-label="Redline summary and navigation"
    >
      <Stack gap="xs">
        <Group justify="space-between" gap="sm" wrap="wrap">
          <Stack gap={0}>
            <Text fw={650}>{redlineSummaryText(redline.summary)}</Text>
            <Text size="xs" c="dimmed">
              {sectionCounts(redline)}
            </Text>
          </Stack>
          <Group gap="xs">
            <Button
              component="a"
              href={href('html')}
              download
              variant="default"
              size="xs"
              leftSection={<IconDownload size={14} aria-hidden />}
            >
              Export HTML
            </Button>
            <Button
              component="a"
              href={href('md')}
              download
              variant="default"
              size="xs"
              leftSection={<IconDownload size={14} aria-hidden />}
            >
              Export Markdown
            </Button>
          </Group>
        </Group>
        <Group justify="space-between" gap="sm" wrap="wrap">
          <Group gap="xs" wrap="nowrap">
            <Button
              variant="default"
              size="xs"
              onClick={onPrevious}
              disabled={total === 0}
              leftSection={<IconChevronUp size={14} aria-hidden />}
              aria-keyshortcuts="p k"
            >
              Previous
            </Button>
            <Button
              variant="default"
              size="xs"
              onClick={onNext}
              disabled={total === 0}
              leftSection={<IconChevronDown size={14} aria-hidden />}
              aria-keyshortcuts="n j"
            >
              Next change
            </Button>
            <Text size="sm" className={classes.position}>
              {position}
            </Text>
            <Text size="xs" c="dimmed" visibleFrom="md">
              <Kbd size="xs">n</Kbd> / <Kbd size="xs">j</Kbd> next, <Kbd size="xs">p</Kbd> / <Kbd size="xs">k</Kbd>{' '}
              previous
            </Text>
          </Group>
          <Group gap="xs" wrap="nowrap">
            <Select
              aria-label="Jump to section"
              placeholder="Jump to section"
              size="xs"
              w={260}
              searchable
              value={null}
              data={redline.sections.map((s, i) => ({ value: String(i), label: `${sectionTitle(s)} · ${s.status}` }))}
              onChange={(value) => value !== null && onJump(Number(value))}
              comboboxProps={{ withinPortal: true }}
            />
            <SegmentedControl
              aria-label="Layout"
              size="xs"
              value={layout}
              onChange={(value) => onLayoutChange(value as RedlineLayout)}
              data={[
                { value: 'inline', label: 'Inline' },
                { value: 'side', label: 'Side by side' },
              ]}
            />
          </Group>
        </Group>
      </Stack>
    </Paper>
  );
}
