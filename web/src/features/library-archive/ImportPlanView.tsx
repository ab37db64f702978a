import { Accordion, Alert, Code, List, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconInfoCircle } from '@tabler/icons-react';
import type { LibraryImportResult } from '@policyops/contracts';
import {
  flaggedVersions,
  hasSomethingToImport,
  plural,
  undecidedVersions,
  versionsToImport,
  type FlagDecision,
  type FlagDecisions,
} from './import-plan';
import { PolicyPlanCard } from './PolicyPlanCard';

function Stat({ value, label, detail }: { value: number; label: string; detail?: string }) {
  return (
    <Paper withBorder p="sm" h="100%">
      <Text size="xl" fw={700} lh={1.2}>
        {value.toLocaleString()}
      </Text>
      <Text size="sm">{label}</Text>
      {detail ? (
        <Text size="xs" c="dimmed">
          {detail}
        </Text>
      ) : null}
    </Paper>
  );
}

export interface ImportPlanViewProps {
  plan: LibraryImportResult;
  decisions: FlagDecisions;
  onDecide: (file: string, decision: FlagDecision) => void;
}

/** The dry run's answer: totals, warnings, each policy with its versions, and the files left aside. */
export function ImportPlanView({ plan, decisions, onDecide }: ImportPlanViewProps) {
  const flagged = flaggedVersions(plan).length;
  const undecided = undecidedVersions(plan, decisions).length;
  const newAreas = plan.areas.filter((area) => area.action === 'create');

  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm" role="list" aria-label="What the import would create">
        <div role="listitem">
          <Stat
            value={plan.totals.areas}
            label="Areas to create"
            detail={newAreas.length > 0 ? newAreas.map((a) => a.name).join(', ') : undefined}
          />
        </div>
        <div role="listitem">
          <Stat
            value={plan.totals.policies}
            label="Policies to create"
            detail={`${plan.policies.length.toLocaleString()} in the archive`}
          />
        </div>
        <div role="listitem">
          <Stat value={versionsToImport(plan, decisions)} label="Versions to create" />
        </div>
        <div role="listitem">
          <Stat
            value={flagged}
            label="Flagged for review"
            detail={
              flagged === 0 ? undefined : undecided > 0 ? `${undecided.toLocaleString()} to decide` : 'All decided'
            }
          />
        </div>
      </SimpleGrid>

      {plan.newSurfaces.length + plan.newMarkets.length > 0 ? (
        <Text size="sm">
          Also adds to the workspace:{' '}
          {[
            plan.newSurfaces.length > 0
              ? `${plural(plan.newSurfaces.length, 'surface')} (${plan.newSurfaces.join(', ')})`
              : null,
            plan.newMarkets.length > 0
              ? `${plural(plan.newMarkets.length, 'market')} (${plan.newMarkets.join(', ')})`
              : null,
          ]
            .filter(Boolean)
            .join(' and ')}
          .
        </Text>
      ) : null}

      {!hasSomethingToImport(plan, decisions) ? (
        <Alert
          color="blue"
          variant="light"
          icon={<IconInfoCircle size={18} aria-hidden />}
          title="Nothing new in this archive"
        >
          <Text size="sm">Every version in it is already in the library, so importing would change nothing.</Text>
        </Alert>
      ) : null}

      {flagged > 0 ? (
        <Alert
          color="orange"
          variant="light"
          icon={<IconAlertTriangle size={18} aria-hidden />}
          title={`${plural(flagged, 'version')} flagged for review`}
        >
          <Text size="sm">
            A version is flagged when its text is less than half as long as the one before it, or keeps fewer than half
            of its sections; that is often a truncated or wrongly converted file. Check each one below and accept it or
            leave it out.
          </Text>
        </Alert>
      ) : null}

      {plan.warnings.length > 0 ? (
        <Alert
          color="yellow"
          variant="light"
          icon={<IconAlertTriangle size={18} aria-hidden />}
          title={plural(plan.warnings.length, 'warning')}
        >
          <List size="sm" spacing={4}>
            {plan.warnings.map((warning, index) => (
              <List.Item key={`${warning.file}-${index}`}>
                <Code>{warning.file}</Code>: {warning.message}
              </List.Item>
            ))}
          </List>
        </Alert>
      ) : null}

      <Stack gap="sm" component="section" aria-labelledby="plan-policies-heading">
        <Title order={3} id="plan-policies-heading">
          {plural(plan.policies.length, 'policy', 'policies')} in the archive
        </Title>
        {plan.policies.map((policy) => (
          <PolicyPlanCard key={policy.slug} policy={policy} decisions={decisions} onDecide={onDecide} />
        ))}
      </Stack>

      {plan.ignoredFiles.length > 0 ? (
        <Accordion variant="contained">
          <Accordion.Item value="ignored">
            <Accordion.Control>
              <Text size="sm" fw={600} span>
                {plural(plan.ignoredFiles.length, 'ignored file')}
              </Text>{' '}
              <Text size="sm" c="dimmed" span>
                (not Markdown or hidden; not imported)
              </Text>
            </Accordion.Control>
            <Accordion.Panel>
              <List size="sm" spacing={2}>
                {plan.ignoredFiles.map((file) => (
                  <List.Item key={file}>
                    <Code>{file}</Code>
                  </List.Item>
                ))}
              </List>
            </Accordion.Panel>
          </Accordion.Item>
        </Accordion>
      ) : null}
    </Stack>
  );
}
