import '@mantine/charts/styles.css';
import { Button, Group, Menu, Paper, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconChevronDown, IconDownload, IconTable } from '@tabler/icons-react';
import { useId, useRef, useState, type ReactNode } from 'react';
import { downloadCsv, downloadPng, type ChartColumn } from './chart-export';

export interface ChartFrameProps<Row> {
  /** The chart's title: its heading, its PNG caption and its file names. */
  title: string;
  /** One sentence under the title: what is shown, over which days. */
  description?: ReactNode;
  /** Heading level of the title (default 3). */
  titleOrder?: 2 | 3 | 4;
  /** The data behind the chart: the CSV download and the table alternative. */
  columns: readonly ChartColumn<Row>[];
  rows: readonly Row[];
  /** Series names and colours for the PNG (the on-screen legend is HTML, outside the SVG). */
  legend?: readonly { label: string; color: string }[];
  /** The table is the chart's companion on screen (a breakdown), not only its screen-reader alternative. */
  tableAlwaysShown?: boolean;
  /** Controls beside the title (a metric or dimension picker). */
  controls?: ReactNode;
  /** Shown under the chart (notes on intervals, markers). */
  footer?: ReactNode;
  children: ReactNode;
}

/**
 * A chart with its title, a Download menu (PNG of what is on screen, CSV of the data) and its data as a
 * table: hidden from sight but read by screen readers until "Show table" puts it on screen too.
 */
export function ChartFrame<Row>(props: ChartFrameProps<Row>) {
  const {
    title,
    description,
    titleOrder = 3,
    columns,
    rows,
    legend,
    tableAlwaysShown = false,
    controls,
    footer,
    children,
  } = props;
  const chartRef = useRef<HTMLDivElement>(null);
  const [tableShown, setTableShown] = useState(false);
  const [exporting, setExporting] = useState(false);
  const titleId = useId();

  const savePng = async () => {
    const svg = chartRef.current?.querySelector<SVGSVGElement>('svg.recharts-surface');
    if (!svg) return;
    setExporting(true);
    try {
      await downloadPng(svg, { title, legend });
    } catch (error) {
      notifications.show({
        color: 'red',
        title: 'The PNG could not be made',
        message: error instanceof Error ? error.message : 'Try the CSV download instead.',
      });
    } finally {
      setExporting(false);
    }
  };

  const shownColumns = columns.filter((column) => !column.csvOnly);
  const grid = (
    <Table striped withTableBorder fz="sm">
      <caption style={{ captionSide: 'top', textAlign: 'left' }}>
        <VisuallyHidden>{`${title}: the data of the chart`}</VisuallyHidden>
      </caption>
      <Table.Thead>
        <Table.Tr>
          {shownColumns.map((column) => (
            <Table.Th key={column.label} scope="col">
              {column.label}
            </Table.Th>
          ))}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((row, index) => (
          <Table.Tr key={index}>
            {shownColumns.map((column) => (
              <Table.Td key={column.label}>
                {column.display ? column.display(row) : (column.value(row) ?? '—')}
              </Table.Td>
            ))}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );

  return (
    <Paper component="section" withBorder radius="md" p="md" aria-labelledby={titleId}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
          <div>
            <Title order={titleOrder} size="h4" id={titleId}>
              {title}
            </Title>
            {description ? (
              <Text size="sm" c="dimmed">
                {description}
              </Text>
            ) : null}
          </div>
          <Group gap="xs">
            {controls}
            {tableAlwaysShown ? null : (
              <Button
                variant="default"
                size="xs"
                leftSection={<IconTable size={14} aria-hidden />}
                aria-pressed={tableShown}
                onClick={() => setTableShown((shown) => !shown)}
              >
                {tableShown ? 'Hide table' : 'Show table'}
              </Button>
            )}
            <Menu position="bottom-end" withinPortal>
              <Menu.Target>
                <Button
                  variant="default"
                  size="xs"
                  loading={exporting}
                  leftSection={<IconDownload size={14} aria-hidden />}
                  rightSection={<IconChevronDown size={14} aria-hidden />}
                  aria-label={`Download ${title}`}
                >
                  Download
                </Button>
              </Menu.Target>
              <Menu.Dropdown>
                <Menu.Item onClick={() => void savePng()} disabled={rows.length === 0}>
                  Download PNG
                </Menu.Item>
                <Menu.Item onClick={() => downloadCsv(title, columns, rows)}>Download CSV</Menu.Item>
              </Menu.Dropdown>
            </Menu>
          </Group>
        </Group>
        <div ref={chartRef}>{children}</div>
        {footer}
        {tableShown || tableAlwaysShown ? (
          <Table.ScrollContainer minWidth={360}>{grid}</Table.ScrollContainer>
        ) : (
          // Without its scroll container: a scrollable region nobody can see would need a tab stop.
          <VisuallyHidden>{grid}</VisuallyHidden>
        )}
      </Stack>
    </Paper>
  );
}
