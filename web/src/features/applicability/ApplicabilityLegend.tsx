import { Group, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { CellMark } from './CellMark';

function Item({ mark, children }: { mark: ReactNode; children: ReactNode }) {
  return (
    <Group gap={6} wrap="nowrap" component="li">
      {mark}
      <Text size="xs" c="dimmed" component="span">
        {children}
      </Text>
    </Group>
  );
}

/** What the marks in the grid mean. */
export function ApplicabilityLegend() {
  return (
    <Group component="ul" gap="md" m={0} p={0} style={{ listStyle: 'none' }} aria-label="Legend">
      <Item mark={<CellMark state="applies" />}>Applies</Item>
      <Item mark={<CellMark state="does_not_apply" />}>Does not apply</Item>
      <Item mark={<CellMark state="differs" footnote={1} />}>Differs (see note 1 below)</Item>
      <Item mark={<CellMark state="applies" inherited />}>Inherited from the region or Global</Item>
      <Item mark={<CellMark state={null} />}>Not set</Item>
    </Group>
  );
}
