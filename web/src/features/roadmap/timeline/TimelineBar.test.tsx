// @vitest-environment jsdom
import type { RoadmapYearInitiative } from '@policyops/contracts';
import { act, useState } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { barKeyAction } from './timeline-keys';
import { scaleOf } from './timeline-scale';
import { TimelineBar, type Span } from './TimelineBar';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const planned = { start: '2027-02-01', end: '2027-03-31' };
const initiative: RoadmapYearInitiative = {
  id: '01900000-0000-7000-8000-000000000001',
  title: 'Draft policy',
  ownerId: '01900000-0000-7000-8000-000000000002',
  parentId: null,
  status: 'planned',
  priority: 'p1',
  ...planned,
  effortWeeks: null,
  areaIds: [],
  teamIds: [],
  progress: 0,
  progressOverridden: false,
  health: null,
  updateDue: false,
  editable: true,
};
const scale = scaleOf('2026-10-01', '2027-09-30', 730);

let root: Root;
let container: HTMLElement;
let proposed: Span[];

/** The bar as TimelineView drives it: a preview in state, drawn instead of the planned dates. */
function Harness({ onPropose, editable = true }: { onPropose: (span: Span) => void; editable?: boolean }) {
  const [span, setSpan] = useState<Span | null>(null);
  return (
    <TimelineBar
      initiative={{ ...initiative, editable }}
      span={span ?? initiative}
      scale={scale}
      colorBy="status"
      critical={false}
      onPreview={(_, next) => setSpan(next)}
      onPropose={(_, next) => onPropose(next)}
    />
  );
}

function render(editable = true) {
  act(() => root.render(<Harness onPropose={(span) => proposed.push(span)} editable={editable} />));
  return container.querySelector<HTMLElement>('[data-bar]')!;
}

function press(bar: HTMLElement, key: string, modifiers: KeyboardEventInit = {}) {
  const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...modifiers });
  act(() => {
    bar.dispatchEvent(event);
  });
  return event;
}

beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  proposed = [];
});
afterEach(() => {
  act(() => root.unmount());
  container.remove();
});

describe('resizing a bar with the keyboard', () => {
  it('changes the end by a week with E then Shift+ArrowRight, and proposes it with Enter', () => {
    const bar = render();
    expect(press(bar, 'e').defaultPrevented).toBe(true);
    expect(bar.getAttribute('aria-label')).toMatch(/, arrows change the end date$/);
    expect(bar.querySelector('[data-handle="end"]')?.hasAttribute('data-picked')).toBe(true);
    press(bar, 'ArrowRight', { shiftKey: true });
    press(bar, 'ArrowRight');
    expect(bar.getAttribute('aria-label')).toMatch(/^Initiative Draft policy, Feb 1 to Apr 8, /);
    press(bar, 'Enter');
    expect(proposed).toEqual([{ start: '2027-02-01', end: '2027-04-08' }]);
    // Proposing ends the resize: the arrows move the whole bar again.
    expect(bar.getAttribute('aria-label')).toMatch(/, planned, 0%$/);
  });

  it('changes the start with S, shrinking and extending it, and M moves the whole bar again', () => {
    const bar = render();
    press(bar, 'S', { shiftKey: true });
    expect(bar.getAttribute('aria-label')).toMatch(/, arrows change the start date$/);
    press(bar, 'ArrowRight', { shiftKey: true });
    press(bar, 'ArrowRight', { shiftKey: true });
    press(bar, 'ArrowLeft');
    expect(bar.getAttribute('aria-label')).toMatch(/^Initiative Draft policy, Feb 14 to Mar 31, /);
    press(bar, 'm');
    press(bar, 'ArrowLeft');
    press(bar, 'Enter');
    expect(proposed).toEqual([{ start: '2027-02-13', end: '2027-03-30' }]);
  });

  it('never lets an end cross the other: a start pushed past the end stops at it', () => {
    const bar = render();
    press(bar, 'e');
    for (let i = 0; i < 10; i++) press(bar, 'ArrowLeft', { shiftKey: true });
    press(bar, 'Enter');
    expect(proposed).toEqual([{ start: '2027-02-01', end: '2027-02-01' }]);
  });

  it('pressing the picked letter again, Escape or leaving the bar goes back to moving', () => {
    const bar = render();
    press(bar, 'e');
    press(bar, 'e');
    press(bar, 'ArrowRight');
    expect(bar.getAttribute('aria-label')).toMatch(/^Initiative Draft policy, Feb 2 to Apr 1, /);
    press(bar, 's');
    press(bar, 'ArrowLeft');
    press(bar, 'Escape');
    expect(bar.getAttribute('aria-label')).toMatch(/^Initiative Draft policy, Feb 1 to Mar 31, planned, 0%$/);
    press(bar, 'e');
    act(() => bar.dispatchEvent(new FocusEvent('focusout', { bubbles: true })));
    press(bar, 'ArrowRight');
    expect(bar.getAttribute('aria-label')).toMatch(/^Initiative Draft policy, Feb 2 to Apr 1, planned, 0%$/);
    expect(proposed).toEqual([]);
  });

  it('offers nothing on a bar the viewer cannot edit, and leaves other keys alone', () => {
    const bar = render(false);
    expect(press(bar, 'e').defaultPrevented).toBe(false);
    expect(press(bar, 'ArrowRight').defaultPrevented).toBe(false);
    expect(bar.getAttribute('aria-label')).toMatch(/^Initiative Draft policy, Feb 1 to Mar 31, planned, 0%$/);
    const editableBar = render(true);
    expect(press(editableBar, 'Tab').defaultPrevented).toBe(false);
    expect(press(editableBar, 'e', { ctrlKey: true }).defaultPrevented).toBe(false);
    expect(press(editableBar, 'Enter').defaultPrevented).toBe(false);
    expect(proposed).toEqual([]);
  });
});

describe('barKeyAction', () => {
  const span = { start: '2027-02-01', end: '2027-03-31' };
  const key = (k: string, extra: Partial<KeyboardEvent> = {}) => ({
    key: k,
    shiftKey: false,
    altKey: false,
    ctrlKey: false,
    metaKey: false,
    ...extra,
  });

  it('steps the picked end by a day, or a week with Shift, across a month end', () => {
    expect(barKeyAction(key('ArrowRight'), 'end', span, span)).toEqual({
      type: 'preview',
      span: { start: '2027-02-01', end: '2027-04-01' },
    });
    expect(barKeyAction(key('ArrowLeft', { shiftKey: true }), 'start', span, span)).toEqual({
      type: 'preview',
      span: { start: '2027-01-25', end: '2027-03-31' },
    });
  });

  it('leaves Alt, Ctrl and Meta combinations to the browser and the system', () => {
    for (const mod of ['altKey', 'ctrlKey', 'metaKey'] as const)
      expect(barKeyAction(key('ArrowRight', { [mod]: true }), 'end', span, span)).toBeNull();
  });

  it('proposes only a changed span', () => {
    expect(barKeyAction(key('Enter'), 'end', span, span)).toBeNull();
    const longer = { ...span, end: '2027-04-07' };
    expect(barKeyAction(key('Enter'), 'end', longer, span)).toEqual({ type: 'propose', span: longer });
  });
});
