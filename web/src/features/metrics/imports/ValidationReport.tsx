import { Alert, Code, Stack, Table, Text } from '@mantine/core';
import { METRIC_COLUMN_DEFINITIONS, type MetricColumn, type MetricImportProblem } from '@policyops/contracts';
import { IconFileAlert } from '@tabler/icons-react';
import { plural } from '../../../lib/text';
import { formatCount } from './import-labels';

export interface ValidationReportProps {
  fileName: string | null;
  problems: readonly MetricImportProblem[];
  /** Problems found in all; the report lists only the first ones (200). */
  problemCount: number;
}

function columnLabel(field: string): string | null {
  return Object.hasOwn(METRIC_COLUMN_DEFINITIONS, field)
    ? METRIC_COLUMN_DEFINITIONS[field as MetricColumn].label
    : null;
}

/**
 * A rejected file's report: one row per problem with its line and column, so each can be found in
 * the file. The server stops listing at 200; the caption says how many there were in all.
 */
export function ValidationReport({ fileName, problems, problemCount }: ValidationReportProps) {
  const total = Math.max(problemCount, problems.length);
  const partial = total > problems.length;
  return (
    <Alert
      color="red"
      variant="light"
      icon={<IconFileAlert size={18} aria-hidden />}
      title={`${fileName ?? 'The file'} was rejected: ${plural(total, 'problem', 'problems')}`}
      data-testid="validation-report"
    >
      <Stack gap="sm">
        <Text size="sm" fw={600}>
          Nothing was written. Fix the rows and upload the file again.
        </Text>
        {problems.length > 0 ? (
          <Table.ScrollContainer minWidth={520}>
            <Table verticalSpacing={6} striped withTableBorder bg="var(--mantine-color-body)" captionSide="top">
              <Table.Caption ta="left">
                {partial
                  ? `Showing the first ${formatCount(problems.length)} of ${formatCount(total)} problems.`
                  : total === 1
                    ? 'The problem, by line of the file.'
                    : `All ${formatCount(total)} problems, by line of the file.`}
              </Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w={90}>Line</Table.Th>
                  <Table.Th w={200}>Column</Table.Th>
                  <Table.Th>Problem</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {problems.map((problem, index) => {
                  const label = problem.field ? columnLabel(problem.field) : null;
                  return (
                    <Table.Tr key={`${problem.line}-${problem.field ?? ''}-${index}`}>
                      <Table.Td>{problem.line === 0 ? 'File' : formatCount(problem.line)}</Table.Td>
                      <Table.Td>
                        {problem.field ? (
                          <Stack gap={0} align="flex-start">
                            <Code>{problem.field}</Code>
                            {label ? (
                              <Text size="xs" c="dimmed">
                                {label}
                              </Text>
                            ) : null}
                          </Stack>
                        ) : (
                          <Text size="sm" c="dimmed">
                            {problem.line === 0 ? 'Whole file' : 'Whole line'}
                          </Text>
                        )}
                      </Table.Td>
                      <Table.Td style={{ overflowWrap: 'anywhere' }}>{problem.message}</Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        ) : null}
      </Stack>
    </Alert>
  );
}
