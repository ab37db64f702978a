import {
  Alert,
  Badge,
  Button,
  Card,
  FileButton,
  Group,
  List,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import {
  INITIATIVE_STATUS_LABELS,
  type RoadmapImportField,
  type RoadmapImportPreview,
  type RoadmapImportResult,
} from '@policyops/contracts';
import { IconAlertTriangle, IconArrowLeft, IconCircleCheck, IconFileTypeCsv, IconUpload } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { isApiError } from '../../../lib/api';
import { describeError } from '../../../lib/problem-feedback';
import { PageHeader } from '../../../ui/PageHeader';
import { AnchorLink } from '../../../ui/router-links';
import { formatDay } from '../roadmap-labels';
import { FIELD_LABELS, FORMAT_LABELS, issueText, mappingOf } from './import-labels';
import { useImportCommit, useImportPreview } from './useRoadmapImport';

const NOT_READ = '__none__';

/**
 * Import initiatives from a Jira or Asana CSV export: choose the file, check the detected format and
 * the column each field reads (editable), see the rows to be created and every bad row by line, then
 * import all of them at once. Nothing is written until "Import"; a bad row stops the whole import.
 */
export function RoadmapImportView() {
  const [file, setFile] = useState<{ name: string; csv: string } | null>(null);
  const [readProblem, setReadProblem] = useState<string | null>(null);
  const [result, setResult] = useState<RoadmapImportResult | null>(null);
  const preview = useImportPreview();
  const commit = useImportCommit();
  const plan = preview.data;

  const choose = async (chosen: File | null) => {
    if (!chosen) return;
    setResult(null);
    commit.reset();
    if (chosen.size === 0) {
      setFile(null);
      setReadProblem(`${chosen.name} is empty. Choose a CSV export from Jira or Asana.`);
      return;
    }
    setReadProblem(null);
    const csv = await chosen.text();
    setFile({ name: chosen.name, csv });
    preview.mutate({ csv });
  };

  const remap = (field: RoadmapImportField, header: string | null) => {
    if (!file || !plan) return;
    preview.mutate({ csv: file.csv, mapping: { ...mappingOf(plan), [field]: header } });
  };

  const runImport = () => {
    if (!file || !plan) return;
    commit.mutate(
      { csv: file.csv, mapping: mappingOf(plan), ...(plan.format ? { format: plan.format } : {}) },
      { onSuccess: (done) => setResult(done) },
    );
  };

  return (
    <>
      <PageHeader
        title="Import initiatives"
        description="Bring initiatives, milestones and parent links in from a Jira or Asana CSV export. Check the dry run, then import: all rows or none."
        above={
          <AnchorLink to="/roadmap" size="sm" c="dimmed">
            <Group gap={4} component="span">
              <IconArrowLeft size={14} aria-hidden /> Roadmap
            </Group>
          </AnchorLink>
        }
      />
      <Stack gap="lg">
        <Card withBorder padding="lg">
          <Group justify="space-between" wrap="wrap">
            <Group gap="sm">
              <IconFileTypeCsv size={28} aria-hidden />
              <div>
                <Text fw={600}>{file ? file.name : 'No file chosen'}</Text>
                <Text size="sm" c="dimmed">
                  Jira: Filters → Export → CSV (all fields). Asana: project menu → Export → CSV.
                </Text>
              </div>
            </Group>
            <FileButton onChange={(f) => void choose(f)} accept=".csv,text/csv">
              {(props) => (
                <Button
                  {...props}
                  leftSection={<IconUpload size={16} aria-hidden />}
                  variant={file ? 'default' : 'filled'}
                >
                  {file ? 'Choose another file' : 'Choose a CSV file'}
                </Button>
              )}
            </FileButton>
          </Group>
        </Card>

        {readProblem && (
          <Alert color="red" role="alert" icon={<IconAlertTriangle size={18} aria-hidden />} title="Nothing to read">
            {readProblem}
          </Alert>
        )}
        {preview.isError && <ProblemAlert error={preview.error} title="The file could not be read" />}
        {preview.isPending && <Text c="dimmed">Reading the file…</Text>}
        {result && <ImportedAlert result={result} />}
        {plan && !result && (
          <PlanView plan={plan} onRemap={remap} busy={preview.isPending}>
            {commit.isError && <ProblemAlert error={commit.error} title="Nothing was imported" />}
            <Group justify="flex-end">
              {plan.errors.length > 0 && (
                <Text size="sm" c="dimmed">
                  Fix the rows named above in the file (or the mapping), then choose it again.
                </Text>
              )}
              <Button
                onClick={runImport}
                loading={commit.isPending}
                disabled={plan.errors.length > 0 || plan.initiatives.length === 0 || preview.isPending}
              >
                Import {plan.initiatives.length} initiative{plan.initiatives.length === 1 ? '' : 's'}
              </Button>
            </Group>
          </PlanView>
        )}
      </Stack>
    </>
  );
}

function PlanView({
  plan,
  onRemap,
  busy,
  children,
}: {
  plan: RoadmapImportPreview;
  onRemap: (field: RoadmapImportField, header: string | null) => void;
  busy: boolean;
  children: ReactNode;
}) {
  const options = [{ value: NOT_READ, label: '— not read —' }, ...plan.headers.map((h) => ({ value: h, label: h }))];
  const lineTitle = new Map(plan.initiatives.map((i) => [i.line, i.title]));
  return (
    <Stack gap="lg">
      <Card withBorder padding="lg">
        <Group gap="sm" mb="md">
          <Title order={2} size="h4">
            Detected format
          </Title>
          {plan.format ? (
            <Badge variant="light">{FORMAT_LABELS[plan.format]}</Badge>
          ) : (
            <Badge color="red">Not recognised</Badge>
          )}
          <Text size="sm" c="dimmed">
            {plan.headerLine ? `Header on line ${plan.headerLine} · ` : ''}
            {plan.summary.rows} row{plan.summary.rows === 1 ? '' : 's'}
          </Text>
        </Group>
        {plan.mapping.length > 0 && (
          <>
            <Text size="sm" mb="xs">
              The column each field is read from. Change one to read it from another column.
            </Text>
            <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }} spacing="sm">
              {plan.mapping.map((m) => (
                <Select
                  key={m.field}
                  label={FIELD_LABELS[m.field]}
                  data={options}
                  value={m.header ?? NOT_READ}
                  disabled={busy}
                  allowDeselect={false}
                  searchable
                  onChange={(v) => onRemap(m.field, v === NOT_READ || v === null ? null : v)}
                />
              ))}
            </SimpleGrid>
          </>
        )}
      </Card>

      {plan.errors.length > 0 && (
        <Alert
          color="red"
          role="alert"
          icon={<IconAlertTriangle size={18} aria-hidden />}
          title={
            plan.errors.length === 1
              ? '1 problem: nothing will be imported until it is fixed'
              : `${plan.errors.length} problems: nothing will be imported until they are fixed`
          }
        >
          <List size="sm" spacing={4}>
            {plan.errors.map((e, i) => (
              <List.Item key={`${e.line}-${e.field}-${i}`}>
                <Text span fw={600} size="sm">
                  Line {e.line}
                </Text>{' '}
                · {issueText(e)}
              </List.Item>
            ))}
          </List>
        </Alert>
      )}
      {plan.warnings.length > 0 && (
        <Alert color="yellow" title="Worth a look">
          <List size="sm" spacing={4}>
            {plan.warnings.map((w, i) => (
              <List.Item key={`${w.line}-${i}`}>
                Line {w.line} · {issueText(w)}
              </List.Item>
            ))}
          </List>
        </Alert>
      )}

      <Card withBorder padding="lg">
        <Title order={2} size="h4" mb="sm">
          To be created: {plan.initiatives.length} initiative{plan.initiatives.length === 1 ? '' : 's'}
          {plan.milestones.length > 0
            ? `, ${plan.milestones.length} milestone${plan.milestones.length === 1 ? '' : 's'}`
            : ''}
        </Title>
        {plan.initiatives.length === 0 ? (
          <Text c="dimmed" size="sm">
            No row of this file can be imported yet.
          </Text>
        ) : (
          <Table.ScrollContainer minWidth={720}>
            <Table striped aria-label="Initiatives to be created">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Line</Table.Th>
                  <Table.Th>Title</Table.Th>
                  <Table.Th>Owner</Table.Th>
                  <Table.Th>Status</Table.Th>
                  <Table.Th>Dates</Table.Th>
                  <Table.Th>Effort</Table.Th>
                  <Table.Th>Part of</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {plan.initiatives.map((i) => (
                  <Table.Tr key={i.line}>
                    <Table.Td>{i.line}</Table.Td>
                    <Table.Td>
                      {i.title}
                      {i.externalKey && (
                        <Text span size="xs" c="dimmed">
                          {' '}
                          {i.externalKey}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>{i.ownerName}</Table.Td>
                    <Table.Td>{INITIATIVE_STATUS_LABELS[i.status]}</Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      {formatDay(i.start)} – {formatDay(i.end)}
                    </Table.Td>
                    <Table.Td>{i.effortWeeks === null ? '—' : `${i.effortWeeks} wk`}</Table.Td>
                    <Table.Td>
                      {i.parentLine ? `${lineTitle.get(i.parentLine) ?? ''} (line ${i.parentLine})` : '—'}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        {plan.milestones.length > 0 && (
          <List size="sm" mt="md" spacing={2}>
            {plan.milestones.map((m) => (
              <List.Item key={m.line}>
                Milestone “{m.title}” on {formatDay(m.date)}, of “
                {lineTitle.get(m.initiativeLine) ?? `line ${m.initiativeLine}`}” (line {m.line})
              </List.Item>
            ))}
          </List>
        )}
      </Card>
      {children}
    </Stack>
  );
}

function ProblemAlert({ error, title }: { error: unknown; title: string }) {
  const { detail } = describeError(error);
  const rows = isApiError(error) ? error.errors : [];
  return (
    <Alert color="red" role="alert" icon={<IconAlertTriangle size={18} aria-hidden />} title={title}>
      {rows.length > 0 ? (
        <List size="sm" spacing={4}>
          {rows.map((e, i) => (
            <List.Item key={`${e.path}-${i}`}>
              {e.line ? `Line ${e.line} · ` : ''}
              {e.message}
            </List.Item>
          ))}
        </List>
      ) : (
        <Text size="sm">{detail}</Text>
      )}
    </Alert>
  );
}

function ImportedAlert({ result }: { result: RoadmapImportResult }) {
  return (
    <Alert
      color="green"
      icon={<IconCircleCheck size={18} aria-hidden />}
      title={`Imported ${result.initiatives.length} initiative${result.initiatives.length === 1 ? '' : 's'}`}
    >
      <Stack gap={4}>
        <Text size="sm">
          {result.milestones} milestone{result.milestones === 1 ? '' : 's'} and {result.parentLinks} parent link
          {result.parentLinks === 1 ? '' : 's'} created.
        </Text>
        <AnchorLink to="/roadmap" size="sm">
          See them on the roadmap
        </AnchorLink>
      </Stack>
    </Alert>
  );
}
