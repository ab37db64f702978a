// @vitest-environment jsdom
import { MantineProvider } from '@mantine/core';
import { useSpotlight } from '@mantine/spotlight';
import { act, useEffect, useRef, useState } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browserShims } from '../../test/render-in-app';

// The palette's code as the host sees it: counted when fetched, held back while `gate` is pending (a
// slow network), and like Mantine's Spotlight, it focuses its field once it is open. Each test starts
// with fresh modules (a page load), so the palette is fetched at most once per test.
const network = (() => {
  const state = { fetches: 0, gate: Promise.resolve(), release: () => undefined as void };
  return {
    state,
    holdBack() {
      state.gate = new Promise<void>((resolve) => {
        state.release = resolve;
      });
    },
  };
})();

async function fakePaletteModule() {
  network.state.fetches += 1;
  await network.state.gate;
  const { paletteStore } = await import('./palette-store');
  function CommandPalette({ takeTypedAhead }: { takeTypedAhead?: () => string }) {
    const { opened } = useSpotlight(paletteStore);
    const [query, setQuery] = useState('');
    const field = useRef<HTMLInputElement>(null);
    useEffect(() => {
      if (opened) setTimeout(() => field.current?.focus(), 0);
    }, [opened]);
    if (!opened) return null;
    return (
      <input
        ref={field}
        aria-label="Search pages, people and teams"
        value={query}
        onChange={(event) => setQuery(event.target.value)}
        onFocus={() => {
          const typed = takeTypedAhead?.() ?? '';
          if (typed) setQuery((current) => current + typed);
        }}
      />
    );
  }
  return { CommandPalette };
}

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root;
let container: HTMLElement;

beforeEach(async () => {
  vi.resetModules();
  vi.doMock('./CommandPalette', fakePaletteModule);
  network.state.fetches = 0;
  network.state.gate = Promise.resolve();
  browserShims();
  // An idle browser: whatever waits for idle time runs straight away.
  window.requestIdleCallback = (callback) => window.setTimeout(() => callback({} as IdleDeadline), 0);
  window.cancelIdleCallback = (handle) => window.clearTimeout(handle);
  const { CommandPaletteHost, CommandPaletteTrigger } = await import('./index');
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  await act(async () =>
    root.render(
      <MantineProvider>
        <CommandPaletteTrigger />
        <CommandPaletteHost pages={[]} />
      </MantineProvider>,
    ),
  );
});

afterEach(async () => {
  await act(async () => root.unmount());
  container.remove();
});

const settle = () => act(() => new Promise<void>((resolve) => setTimeout(resolve, 20)));
const field = () => document.querySelector<HTMLInputElement>('input[aria-label="Search pages, people and teams"]');
const trigger = () => document.querySelector<HTMLButtonElement>('button[aria-keyshortcuts]')!;

function press(key: string, modifiers: KeyboardEventInit = {}) {
  const target = document.activeElement ?? document.body;
  const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...modifiers });
  const notCancelled = target.dispatchEvent(event);
  // What a browser does with an unhandled printable key in a focused text field.
  if (notCancelled && target instanceof HTMLInputElement && key.length === 1) {
    const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
    setValue.call(target, target.value + key);
    target.dispatchEvent(new Event('input', { bubbles: true }));
  }
}

describe('CommandPaletteHost', () => {
  it('fetches nothing with the page, even once the browser is idle', async () => {
    await settle();
    await settle();
    expect(network.state.fetches).toBe(0);
    expect(field()).toBeNull();
  });

  it.each([
    ['Ctrl-K', { ctrlKey: true }],
    ['⌘-K', { metaKey: true }],
  ])('opens on the first %s and keeps what is typed while its code loads', async (_name, modifiers) => {
    network.holdBack();
    await act(async () => press('k', modifiers));
    await act(async () => ['p', 'e', 'x', 'Backspace', 'o'].forEach((key) => press(key)));
    expect(network.state.fetches).toBe(1);
    expect(field()).toBeNull();

    await act(async () => network.state.release());
    await settle();
    expect(field()?.value).toBe('peo');
    expect(document.activeElement).toBe(field());
    await act(async () => press('p'));
    expect(field()?.value).toBe('peop');
  });

  it('starts fetching on the first focus of its trigger without opening, and opens on its click', async () => {
    await settle();
    expect(network.state.fetches).toBe(0);
    await act(async () => trigger().focus());
    await settle();
    expect(network.state.fetches).toBe(1);
    expect(field()).toBeNull();

    await act(async () => trigger().click());
    await act(async () => press('t'));
    await settle();
    expect(field()?.value).toBe('t');
  });

  it('stays closed when Escape is pressed before its code arrives', async () => {
    network.holdBack();
    await act(async () => press('k', { ctrlKey: true }));
    await act(async () => press('Escape'));
    await act(async () => network.state.release());
    await settle();
    expect(field()).toBeNull();
    await act(async () => press('k', { ctrlKey: true }));
    await settle();
    expect(field()).not.toBeNull();
    expect(network.state.fetches).toBe(1);
  });
});
