import { ActionIcon, Menu, Popover, Tooltip, UnstyledButton, VisuallyHidden } from '@mantine/core';
import { IconCheck, IconDotsVertical, IconEraser, IconX } from '@tabler/icons-react';
import type { ApplicabilityState, Market, Surface } from '@policyops/contracts';
import { useRef } from 'react';
import type { KeyboardEvent } from 'react';
import { cellAccessibleName, cellKey, describeResolved, groupMarkets, stagedResolver } from './applicability-grid';
import type { CellMap, CellResolver, CellValue, MarketGroup } from './applicability-grid';
import classes from './ApplicabilityGrid.module.css';
import { CellEditor } from './CellEditor';
import { CellMark } from './CellMark';

export interface ApplicabilityGridProps {
  /** Id of the heading that names the grid. */
  labelledBy: string;
  /** In grid order. */
  surfaces: Surface[];
  markets: Market[];
  /** The cells set (staged edits included while editing). */
  cells: CellMap;
  /** What holds in each cell: the server's resolution of the saved grid, or the staged edits' while editing. */
  resolve: CellResolver;
  footnotes: ReadonlyMap<string, number>;
  editing: boolean;
  /** Cells with unsaved changes. */
  changed?: ReadonlySet<string>;
  /** The cell a refused save pointed at, with why. */
  error?: { key: string; label: string; message: string } | null;
  activeKey: string | null;
  onActiveKeyChange: (key: string | null) => void;
  onCellChange: (key: string, value: CellValue | null) => void;
  onRowSet: (surfaceId: string, state: Exclude<ApplicabilityState, 'differs'> | null) => void;
}

const isGlobalOnly = (group: MarketGroup) => group.id === 'global' && group.markets.length === 1;

const ARROWS: Record<string, [number, number]> = {
  ArrowUp: [-1, 0],
  ArrowDown: [1, 0],
  ArrowLeft: [0, -1],
  ArrowRight: [0, 1],
};

/** Surfaces by markets. Read-only it explains itself on hover; in edit mode each cell is a button. */
export function ApplicabilityGrid(props: ApplicabilityGridProps) {
  const { labelledBy, surfaces, markets, cells, footnotes, editing, changed, error, activeKey, onActiveKeyChange } =
    props;
  const tableRef = useRef<HTMLTableElement>(null);
  const groups = groupMarkets(markets);
  const columns = groups.flatMap((group) => group.markets.map((market, i) => ({ market, groupStart: i === 0 })));

  // Arrow keys move between cells, like in a spreadsheet.
  const onKeyDown = (event: KeyboardEvent<HTMLTableElement>) => {
    const move = ARROWS[event.key];
    const target = event.target as HTMLElement;
    if (!move || target.dataset.row === undefined) return;
    const next = tableRef.current?.querySelector<HTMLElement>(
      `[data-row="${Number(target.dataset.row) + move[0]}"][data-col="${Number(target.dataset.col) + move[1]}"]`,
    );
    if (next) {
      event.preventDefault();
      next.focus();
    }
  };

  return (
    <div className={classes.scroller} role="region" aria-labelledby={labelledBy} tabIndex={editing ? undefined : 0}>
      <table className={classes.table} ref={tableRef} onKeyDown={editing ? onKeyDown : undefined}>
        <caption>
          <VisuallyHidden>
            Product surfaces in rows, markets in columns. Unset cells inherit from the region, then Global.
          </VisuallyHidden>
        </caption>
        <colgroup>
          <col />
        </colgroup>
        {groups.map((group) => (
          <colgroup key={group.id} span={group.markets.length} />
        ))}
        <thead>
          <tr>
            <th scope="col" rowSpan={2} className={`${classes.sticky} ${classes.corner}`}>
              Surface
            </th>
            {groups.map((group) =>
              isGlobalOnly(group) ? (
                // Global needs no group above it: one header over both rows.
                <th
                  key={group.id}
                  scope="col"
                  rowSpan={2}
                  className={classes.marketHeader}
                  data-kind="global"
                  data-group-start="true"
                >
                  {group.label}
                </th>
              ) : (
                <th
                  key={group.id}
                  scope="colgroup"
                  colSpan={group.markets.length}
                  className={classes.groupHeader}
                  data-group-start="true"
                >
                  {group.label}
                </th>
              ),
            )}
          </tr>
          <tr>
            {columns
              .filter(({ market }) => market.kind !== 'global' || !groups.some(isGlobalOnly))
              .map(({ market, groupStart }) => (
                <th
                  key={market.id}
                  scope="col"
                  className={classes.marketHeader}
                  data-kind={market.kind}
                  data-group-start={groupStart}
                >
                  <Tooltip label={market.name}>
                    <span>
                      <span aria-hidden>{market.code}</span>
                      <VisuallyHidden>{market.name}</VisuallyHidden>
                    </span>
                  </Tooltip>
                </th>
              ))}
          </tr>
        </thead>
        <tbody>
          {surfaces.map((surface, row) => (
            <tr key={surface.id}>
              <th scope="row" className={`${classes.sticky} ${classes.rowHeader}`}>
                <div className={classes.rowHeaderInner}>
                  <span>{surface.name}</span>
                  {editing ? <RowMenu surface={surface} onRowSet={props.onRowSet} /> : null}
                </div>
              </th>
              {columns.map(({ market, groupStart }, col) => {
                const key = cellKey(surface.id, market.id);
                const resolved = props.resolve(surface.id, market);
                const footnote =
                  resolved?.state === 'differs' ? footnotes.get(cellKey(surface.id, resolved.source.id)) : undefined;
                const mark = (
                  <CellMark state={resolved?.state ?? null} inherited={resolved?.inherited} footnote={footnote} />
                );
                const name = cellAccessibleName(surface, market, resolved);
                if (!editing) {
                  return (
                    <td key={market.id} className={classes.cell} data-group-start={groupStart}>
                      <Tooltip label={name} multiline maw={320} disabled={!resolved}>
                        <div className={classes.cellStatic}>
                          {mark}
                          <VisuallyHidden>{describeResolved(resolved)}</VisuallyHidden>
                        </div>
                      </Tooltip>
                    </td>
                  );
                }
                const cellError = error?.key === key ? error.message : undefined;
                const own = cells.get(key);
                const withoutOwn = new Map(cells);
                withoutOwn.delete(key);
                const suffix = [changed?.has(key) ? 'unsaved change' : '', cellError ? `error: ${cellError}` : '']
                  .filter(Boolean)
                  .join('; ');
                return (
                  <td key={market.id} className={classes.cell} data-group-start={groupStart}>
                    <Popover
                      opened={activeKey === key}
                      onChange={(opened) => {
                        if (!opened) onActiveKeyChange(null);
                      }}
                      trapFocus
                      returnFocus
                      position="bottom"
                      withArrow
                      shadow="md"
                      width={290}
                    >
                      <Popover.Target>
                        <UnstyledButton
                          className={classes.cellButton}
                          aria-label={suffix ? `${name} (${suffix})` : name}
                          data-row={row}
                          data-col={col}
                          data-changed={changed?.has(key) || undefined}
                          data-error={cellError ? true : undefined}
                          onClick={() => onActiveKeyChange(activeKey === key ? null : key)}
                        >
                          {mark}
                        </UnstyledButton>
                      </Popover.Target>
                      <Popover.Dropdown>
                        {activeKey === key ? (
                          <CellEditor
                            surface={surface}
                            market={market}
                            own={own}
                            fallback={stagedResolver(withoutOwn, markets)(surface.id, market)}
                            error={cellError}
                            onApply={(value) => {
                              props.onCellChange(key, value);
                              onActiveKeyChange(null);
                            }}
                            onCancel={() => onActiveKeyChange(null)}
                          />
                        ) : null}
                      </Popover.Dropdown>
                    </Popover>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function RowMenu({ surface, onRowSet }: { surface: Surface; onRowSet: ApplicabilityGridProps['onRowSet'] }) {
  return (
    <Menu position="bottom-start" withinPortal>
      <Menu.Target>
        <ActionIcon variant="subtle" color="gray" size="sm" aria-label={`Set row: ${surface.name}`}>
          <IconDotsVertical size={14} aria-hidden />
        </ActionIcon>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{surface.name}: every market</Menu.Label>
        <Menu.Item leftSection={<IconCheck size={14} aria-hidden />} onClick={() => onRowSet(surface.id, 'applies')}>
          Applies everywhere
        </Menu.Item>
        <Menu.Item leftSection={<IconX size={14} aria-hidden />} onClick={() => onRowSet(surface.id, 'does_not_apply')}>
          Does not apply anywhere
        </Menu.Item>
        <Menu.Item leftSection={<IconEraser size={14} aria-hidden />} onClick={() => onRowSet(surface.id, null)}>
          Clear the row
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
