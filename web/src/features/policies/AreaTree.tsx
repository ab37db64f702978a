import {
  ActionIcon,
  Badge,
  Box,
  Group,
  Skeleton,
  Stack,
  Text,
  Title,
  UnstyledButton,
  VisuallyHidden,
} from '@mantine/core';
import { IconChevronDown, IconChevronRight } from '@tabler/icons-react';
import type { PolicyArea } from '@policyops/contracts';
import { useState } from 'react';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { buildAreaTree } from './policy-labels';
import type { AreaNode } from './policy-labels';
import classes from './AreaTree.module.css';

export interface AreaTreeProps {
  areas: PolicyArea[] | undefined;
  loading: boolean;
  error: unknown;
  onRetry: () => void;
  /** The selected area; undefined for all areas. */
  selectedId: string | undefined;
  onSelect: (areaId: string | undefined) => void;
}

function CountBadge({ count }: { count: number }) {
  return (
    <Badge variant="light" color="gray" size="sm" className={classes.count}>
      {count}
      <VisuallyHidden> {count === 1 ? 'policy' : 'policies'}</VisuallyHidden>
    </Badge>
  );
}

function AreaItem({
  node,
  selectedId,
  onSelect,
  collapsed,
  onToggle,
}: {
  node: AreaNode;
  selectedId: string | undefined;
  onSelect: (areaId: string) => void;
  collapsed: ReadonlySet<string>;
  onToggle: (areaId: string) => void;
}) {
  const { area, children } = node;
  const open = !collapsed.has(area.id);
  const selected = selectedId === area.id;
  return (
    <li>
      <Group gap={2} wrap="nowrap" pl={node.depth * 14}>
        {children.length > 0 ? (
          <ActionIcon
            variant="subtle"
            color="gray"
            size="sm"
            onClick={() => onToggle(area.id)}
            aria-expanded={open}
            aria-label={`${open ? 'Collapse' : 'Expand'} ${area.name}`}
          >
            {open ? <IconChevronDown size={14} aria-hidden /> : <IconChevronRight size={14} aria-hidden />}
          </ActionIcon>
        ) : (
          <Box w={22} aria-hidden />
        )}
        <UnstyledButton
          className={classes.item}
          data-selected={selected || undefined}
          aria-current={selected ? 'true' : undefined}
          onClick={() => onSelect(area.id)}
          title={area.description || undefined}
        >
          <Text component="span" size="sm" className={classes.name}>
            {area.name}
          </Text>
          <CountBadge count={area.policyCount} />
        </UnstyledButton>
      </Group>
      {children.length > 0 && open ? (
        <ul className={classes.list}>
          {children.map((child) => (
            <AreaItem
              key={child.area.id}
              node={child}
              selectedId={selectedId}
              onSelect={onSelect}
              collapsed={collapsed}
              onToggle={onToggle}
            />
          ))}
        </ul>
      ) : null}
    </li>
  );
}

/** The taxonomy as a tree; picking an area shows its policies and those of the areas below it. */
export function AreaTree({ areas, loading, error, onRetry, selectedId, onSelect }: AreaTreeProps) {
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set());
  const toggle = (areaId: string) =>
    setCollapsed((prev) => {
      const next = new Set(prev);
      if (next.has(areaId)) next.delete(areaId);
      else next.add(areaId);
      return next;
    });

  let body;
  if (loading) {
    body = (
      <Stack gap={6} role="status" aria-label="Loading areas">
        {Array.from({ length: 6 }, (_, i) => (
          <Skeleton key={i} height={28} />
        ))}
      </Stack>
    );
  } else if (error) {
    body = <ErrorAlert error={error} onRetry={onRetry} />;
  } else if (!areas || areas.length === 0) {
    body = (
      <Text size="sm" c="dimmed">
        No areas yet.
      </Text>
    );
  } else {
    const total = areas.reduce((sum, a) => sum + a.policyCount, 0);
    body = (
      <ul className={classes.list}>
        <li>
          <Group gap={2} wrap="nowrap">
            <Box w={22} aria-hidden />
            <UnstyledButton
              className={classes.item}
              data-selected={selectedId === undefined || undefined}
              aria-current={selectedId === undefined ? 'true' : undefined}
              onClick={() => onSelect(undefined)}
            >
              <Text component="span" size="sm" className={classes.name}>
                All areas
              </Text>
              <CountBadge count={total} />
            </UnstyledButton>
          </Group>
        </li>
        {buildAreaTree(areas).map((node) => (
          <AreaItem
            key={node.area.id}
            node={node}
            selectedId={selectedId}
            onSelect={(id) => onSelect(id)}
            collapsed={collapsed}
            onToggle={toggle}
          />
        ))}
      </ul>
    );
  }

  return (
    <nav aria-labelledby="taxonomy-heading">
      <Title order={2} size="h3" id="taxonomy-heading" mb="xs">
        Taxonomy
      </Title>
      {body}
    </nav>
  );
}
