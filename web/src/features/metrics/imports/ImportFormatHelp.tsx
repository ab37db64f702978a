import { Accordion, Badge, Button, Card, Code, Group, Stack, Table, Text, Title } from '@mantine/core';
import {
  METRIC_COLUMN_DEFINITIONS,
  METRIC_COLUMNS,
  METRIC_TIME_COLUMNS,
  type MetricColumn,
} from '@policyops/contracts';
import { IconDownload } from '@tabler/icons-react';
import { METRIC_IMPORTS_PATH } from './upload-metric-file';

const OPTIONAL: ReadonlySet<MetricColumn> = new Set(METRIC_TIME_COLUMNS);

const NDJSON_EXAMPLE =
  '{"date":"2026-11-02","policy":"hate-speech","market":"DE","surface":"LIVE","detection":"human","actioned":120,…}';

/**
 * What a metric file looks like: the CSV template, every column with its definition (from the one
 * table in the contracts) and whether it may be left empty.
 */
export function ImportFormatHelp() {
  return (
    <Card withBorder padding="lg" radius="md" component="section" aria-labelledby="metric-format-heading">
      <Stack gap="sm">
        <Group justify="space-between" wrap="wrap" gap="sm">
          <Title order={2} size="h3" id="metric-format-heading">
            File format
          </Title>
          <Button
            component="a"
            href={`${METRIC_IMPORTS_PATH}/template.csv`}
            download="metrics-template.csv"
            variant="default"
            leftSection={<IconDownload size={16} aria-hidden />}
          >
            Download CSV template
          </Button>
        </Group>
        <Text size="sm">
          One row per day × policy × market × surface × detection method. A CSV starts with the template&apos;s header
          line; in NDJSON each line is one object with the same keys, for example{' '}
          <Code style={{ overflowWrap: 'anywhere' }}>{NDJSON_EXAMPLE}</Code>. A day sent again replaces the figures of
          the same key.
        </Text>
        <Accordion variant="contained" chevronPosition="left">
          <Accordion.Item value="columns">
            <Accordion.Control>Columns ({METRIC_COLUMNS.length})</Accordion.Control>
            <Accordion.Panel>
              <Table.ScrollContainer minWidth={560}>
                <Table verticalSpacing={6} striped aria-label="Columns of a metric file">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th w={220}>Column</Table.Th>
                      <Table.Th>Meaning</Table.Th>
                      <Table.Th w={110}>Required</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {METRIC_COLUMNS.map((column) => (
                      <Table.Tr key={column}>
                        <Table.Td>
                          <Stack gap={0} align="flex-start">
                            <Code>{column}</Code>
                            <Text size="xs" c="dimmed">
                              {METRIC_COLUMN_DEFINITIONS[column].label}
                            </Text>
                          </Stack>
                        </Table.Td>
                        <Table.Td>
                          <Text size="sm">{METRIC_COLUMN_DEFINITIONS[column].definition}</Text>
                        </Table.Td>
                        <Table.Td>
                          {OPTIONAL.has(column) ? (
                            <Badge variant="light" color="gray">
                              Optional
                            </Badge>
                          ) : (
                            <Badge variant="light">Required</Badge>
                          )}
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
              <Text size="xs" c="dimmed" mt="xs">
                Counts are whole numbers of 0 or more; a part (qa_correct, appeals_overturned, violating_views,
                proactive) never exceeds its whole. Leave the time columns empty on a day with nothing actioned.
              </Text>
            </Accordion.Panel>
          </Accordion.Item>
        </Accordion>
      </Stack>
    </Card>
  );
}
