import { Badge, Group, Paper, Radio, Stack, Table, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconLock } from '@tabler/icons-react';
import type { ImportPolicyPlan, ImportVersionPlan } from '@policyops/contracts';
import { Fragment } from 'react';
import { VersionStateBadge } from '../policies';
import { plural, willCreate, type FlagDecision, type FlagDecisions } from './import-plan';
import classes from './PolicyPlanCard.module.css';

const NO_TRUNCATION = { root: { overflow: 'visible', flexShrink: 0 }, label: { overflow: 'visible' } } as const;

// The radio group's name carries the file; sighted users read it from the row above.
const VISUALLY_HIDDEN = {
  position: 'absolute',
  width: 1,
  height: 1,
  margin: -1,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
} as const;

const POLICY_ACTIONS: Record<ImportPolicyPlan['action'], { label: string; color: string }> = {
  create: { label: 'New policy', color: 'green' },
  append: { label: 'Adds versions', color: 'blue' },
  unchanged: { label: 'Unchanged', color: 'gray' },
};

function VersionAction({ version, decisions }: { version: ImportVersionPlan; decisions: FlagDecisions }) {
  if (version.action === 'unchanged') {
    return (
      <Badge variant="light" color="gray" styles={NO_TRUNCATION}>
        Already in library
      </Badge>
    );
  }
  if (!willCreate(version, decisions)) {
    return (
      <Badge variant="light" color="gray" styles={NO_TRUNCATION}>
        Left out
      </Badge>
    );
  }
  if (version.flag && !decisions[version.file] && version.decision === 'pending') {
    return (
      <Badge
        variant="light"
        color="orange"
        leftSection={<IconAlertTriangle size={12} aria-hidden />}
        styles={NO_TRUNCATION}
      >
        Needs a decision
      </Badge>
    );
  }
  return (
    <Badge variant="light" color="green" styles={NO_TRUNCATION}>
      Create
    </Badge>
  );
}

function FlagDecisionRow({
  version,
  decision,
  onDecide,
}: {
  version: ImportVersionPlan;
  decision: FlagDecision | undefined;
  onDecide: (decision: FlagDecision) => void;
}) {
  const flag = version.flag!;
  return (
    <Table.Tr className={classes.flagDetail}>
      <Table.Td colSpan={6} pt={0}>
        <Stack gap={6} pl="xs">
          <Group gap={6} wrap="nowrap" align="flex-start">
            <IconAlertTriangle
              size={16}
              aria-hidden
              style={{ flexShrink: 0, marginTop: 2, color: 'var(--mantine-color-orange-light-color)' }}
            />
            <Text size="sm">
              {flag.message}.
              {flag.previousFile ? (
                <Text span size="sm" c="dimmed">
                  {' '}
                  Compared with {flag.previousFile}.
                </Text>
              ) : null}
            </Text>
          </Group>
          <Radio.Group<FlagDecision>
            value={decision ?? null}
            onChange={onDecide}
            label={`What to do with ${version.file}`}
            styles={{ label: VISUALLY_HIDDEN }}
          >
            <Group gap="lg" mt={2}>
              <Radio value="confirm" label="Accept this version" />
              <Radio value="skip" label="Leave it out" />
            </Group>
          </Radio.Group>
        </Stack>
      </Table.Td>
    </Table.Tr>
  );
}

export interface PolicyPlanCardProps {
  policy: ImportPolicyPlan;
  decisions: FlagDecisions;
  onDecide: (file: string, decision: FlagDecision) => void;
}

/** One policy of the plan: what happens to it, and each version file with its size and action. */
export function PolicyPlanCard({ policy, decisions, onDecide }: PolicyPlanCardProps) {
  const action = POLICY_ACTIONS[policy.action];
  const headingId = `plan-${policy.slug}`;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={headingId}>
      <Group justify="space-between" align="flex-start" gap="xs" mb="xs">
        <Stack gap={2} style={{ minWidth: 0 }}>
          <Title order={4} size="h3" id={headingId} style={{ overflowWrap: 'anywhere' }}>
            {policy.title}
          </Title>
          <Text size="xs" c="dimmed">
            <span className={classes.file}>{policy.slug}</span> · {policy.area} ·{' '}
            {plural(policy.versions.length, 'version file')}
          </Text>
        </Stack>
        <Group gap={6}>
          <Badge variant="light" color={action.color} styles={NO_TRUNCATION}>
            {action.label}
          </Badge>
          {policy.restricted ? (
            <Badge
              variant="light"
              color="orange"
              leftSection={<IconLock size={12} aria-hidden />}
              styles={NO_TRUNCATION}
            >
              Restricted
            </Badge>
          ) : null}
        </Group>
      </Group>
      {policy.versions.length === 0 ? (
        <Text size="sm" c="dimmed">
          No version files: the policy is created without text.
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={720}>
          <Table verticalSpacing={6} fz="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>File</Table.Th>
                <Table.Th>Version</Table.Th>
                <Table.Th>Effective</Table.Th>
                <Table.Th>State</Table.Th>
                <Table.Th>Size</Table.Th>
                <Table.Th>Action</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {policy.versions.map((version) => (
                <Fragment key={version.file}>
                  <Table.Tr className={version.flag ? classes.flagged : undefined}>
                    <Table.Td className={classes.file}>{version.file}</Table.Td>
                    <Table.Td>{version.label}</Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{version.effectiveDate ?? '—'}</Table.Td>
                    <Table.Td>
                      <VersionStateBadge state={version.state} />
                    </Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      {version.chars.toLocaleString()} characters
                      <Text size="xs" c="dimmed">
                        {plural(version.sections, 'section')}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <VersionAction version={version} decisions={decisions} />
                    </Table.Td>
                  </Table.Tr>
                  {version.flag ? (
                    <FlagDecisionRow
                      version={version}
                      decision={
                        decisions[version.file] ??
                        (version.decision === 'confirmed'
                          ? 'confirm'
                          : version.decision === 'skipped'
                            ? 'skip'
                            : undefined)
                      }
                      onDecide={(decision) => onDecide(version.file, decision)}
                    />
                  ) : null}
                </Fragment>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Paper>
  );
}
