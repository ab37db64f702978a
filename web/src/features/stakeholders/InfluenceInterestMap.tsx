import { Group, Table, Text, VisuallyHidden } from '@mantine/core';
import { RACI_ROLE_LABELS, STAKEHOLDER_QUADRANT_LABELS, type MatrixRow } from '@policyops/contracts';
import { useId } from 'react';

const SIZE = { width: 520, height: 380 };
const PAD = { left: 56, right: 16, top: 16, bottom: 48 };
const PLOT = { width: SIZE.width - PAD.left - PAD.right, height: SIZE.height - PAD.top - PAD.bottom };
/** Scores 1-5 sit at the centres of five bands; the quadrant line falls between 2 and 3 (3 counts as high). */
const x = (interest: number) => PAD.left + ((interest - 0.5) / 5) * PLOT.width;
const y = (influence: number) => PAD.top + PLOT.height - ((influence - 0.5) / 5) * PLOT.height;
const SPLIT_X = x(2.5);
const SPLIT_Y = y(2.5);

const QUADRANTS = [
  { key: 'keep_satisfied', x0: PAD.left, y0: PAD.top, x1: SPLIT_X, y1: SPLIT_Y, fill: '#fff4e6' },
  { key: 'manage_closely', x0: SPLIT_X, y0: PAD.top, x1: PAD.left + PLOT.width, y1: SPLIT_Y, fill: '#ffe3e3' },
  { key: 'monitor', x0: PAD.left, y0: SPLIT_Y, x1: SPLIT_X, y1: PAD.top + PLOT.height, fill: '#f1f3f5' },
  {
    key: 'keep_informed',
    x0: SPLIT_X,
    y0: SPLIT_Y,
    x1: PAD.left + PLOT.width,
    y1: PAD.top + PLOT.height,
    fill: '#e7f5ff',
  },
] as const;

/** "Kenji W." : a label short enough to sit under its point in a 1-5 band (the table has full names). */
export function shortName(name: string): string {
  const [first, ...rest] = name.trim().split(/\s+/);
  const last = rest.at(-1);
  return last ? `${first} ${last[0]}.` : (first ?? name);
}

/** People sharing a cell are fanned out around its centre so each label stays readable. */
function layout(rows: MatrixRow[]) {
  const byCell = new Map<string, MatrixRow[]>();
  for (const row of rows) {
    const key = `${row.influence}:${row.interest}`;
    byCell.set(key, [...(byCell.get(key) ?? []), row]);
  }
  return [...byCell.values()].flatMap((cell) =>
    cell.map((row, i) => ({
      row,
      cx: x(row.interest!) + (cell.length > 1 ? (i - (cell.length - 1) / 2) * 16 : 0),
      cy: y(row.influence!) + (cell.length > 1 ? (i % 2 === 0 ? -10 : 10) : 0),
    })),
  );
}

/**
 * The influence × interest map of a RACI matrix as an SVG chart (a 5 × 5 scatter is simpler drawn than
 * configured in a chart library), with the same facts as a table for screen readers and the people
 * without both scores listed as not placed.
 */
export function InfluenceInterestMap({ rows }: { rows: MatrixRow[] }) {
  const titleId = useId();
  const placed = rows.filter((r) => r.quadrant !== null);
  const notPlaced = rows.filter((r) => r.quadrant === null);
  return (
    <div>
      <svg
        viewBox={`0 0 ${SIZE.width} ${SIZE.height}`}
        width="100%"
        style={{ maxWidth: SIZE.width, display: 'block' }}
        role="img"
        aria-labelledby={titleId}
      >
        <title id={titleId}>
          Influence × interest map: {placed.length} {placed.length === 1 ? 'person' : 'people'} placed (details in the
          table below)
        </title>
        {QUADRANTS.map((q) => (
          <g key={q.key}>
            <rect x={q.x0} y={q.y0} width={q.x1 - q.x0} height={q.y1 - q.y0} fill={q.fill} />
            <text x={q.x0 + 6} y={q.y0 + 14} fontSize={11} fontWeight={600} fill="#495057">
              {STAKEHOLDER_QUADRANT_LABELS[q.key]}
            </text>
          </g>
        ))}
        <rect x={PAD.left} y={PAD.top} width={PLOT.width} height={PLOT.height} fill="none" stroke="#adb5bd" />
        {[1, 2, 3, 4, 5].map((n) => (
          <g key={n} fontSize={11} fill="#495057">
            <text x={x(n)} y={PAD.top + PLOT.height + 16} textAnchor="middle">
              {n}
            </text>
            <text x={PAD.left - 10} y={y(n) + 4} textAnchor="end">
              {n}
            </text>
          </g>
        ))}
        <text x={PAD.left + PLOT.width / 2} y={SIZE.height - 10} textAnchor="middle" fontSize={12} fontWeight={600}>
          Interest →
        </text>
        <text
          x={16}
          y={PAD.top + PLOT.height / 2}
          textAnchor="middle"
          fontSize={12}
          fontWeight={600}
          transform={`rotate(-90 16 ${PAD.top + PLOT.height / 2})`}
        >
          Influence →
        </text>
        {layout(placed).map(({ row, cx, cy }) => (
          <g key={row.stakeholder.id}>
            <title>
              {row.stakeholder.name}: {RACI_ROLE_LABELS[row.role]}, influence {row.influence}, interest {row.interest}
            </title>
            <circle
              cx={cx}
              cy={cy}
              r={6}
              fill={row.role === 'A' ? '#c92a2a' : '#364fc7'}
              stroke="#fff"
              strokeWidth={1.5}
            />
            <text x={cx} y={cy + 18} fontSize={10.5} fill="#212529" textAnchor="middle">
              {shortName(row.stakeholder.name)} ({row.role})
            </text>
          </g>
        ))}
      </svg>
      <VisuallyHidden>
        <Table>
          <caption>Influence × interest of each person</caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Person</Table.Th>
              <Table.Th scope="col">Influence</Table.Th>
              <Table.Th scope="col">Interest</Table.Th>
              <Table.Th scope="col">Quadrant</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => (
              <Table.Tr key={row.stakeholder.id}>
                <Table.Th scope="row">{row.stakeholder.name}</Table.Th>
                <Table.Td>{row.influence ?? 'not scored'}</Table.Td>
                <Table.Td>{row.interest ?? 'not scored'}</Table.Td>
                <Table.Td>{row.quadrant ? STAKEHOLDER_QUADRANT_LABELS[row.quadrant] : 'Not placed'}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </VisuallyHidden>
      {notPlaced.length > 0 ? (
        <Group gap={4} mt="xs">
          <Text size="sm" fw={500}>
            Not placed (a score missing):
          </Text>
          <Text size="sm">{notPlaced.map((r) => r.stakeholder.name).join(', ')}</Text>
        </Group>
      ) : null}
    </div>
  );
}
