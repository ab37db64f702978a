import { MantineProvider } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';

// What component tests share (jsdom): the app's providers around one component, and
// a person's input as the browser would deliver it, so React and Mantine see real DOM events.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** What jsdom lacks and Mantine or React expect of a browser. */
export function browserShims() {
  window.matchMedia ??= ((query: string) => ({
    matches: false,
    media: query,
    onchange: null,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
    addListener: () => undefined,
    removeListener: () => undefined,
    dispatchEvent: () => false,
  })) as unknown as typeof window.matchMedia;
  window.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  } as unknown as typeof ResizeObserver;
  Element.prototype.scrollIntoView ??= () => undefined;
  // Mantine's autosize textarea listens for web fonts loading.
  (document as { fonts?: unknown }).fonts ??= new EventTarget();
}

export interface Rendered {
  rerender: (ui: ReactNode) => Promise<void>;
  unmount: () => Promise<void>;
}

/** Renders inside Mantine (test environment: no transitions or portals) and a fresh query client. */
export async function renderInApp(ui: ReactNode): Promise<Rendered> {
  browserShims();
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  const container = document.createElement('div');
  document.body.append(container);
  const root: Root = createRoot(container);
  const wrap = (node: ReactNode) => (
    <QueryClientProvider client={queryClient}>
      <MantineProvider env="test">{node}</MantineProvider>
    </QueryClientProvider>
  );
  await act(async () => root.render(wrap(ui)));
  return {
    rerender: (next) => act(async () => root.render(wrap(next))),
    unmount: async () => {
      await act(async () => root.unmount());
      container.remove();
      queryClient.clear();
    },
  };
}

/** Lets timers (debounces), animation frames and promises run. */
export const settle = (ms = 20) => act(() => new Promise<void>((resolve) => setTimeout(resolve, ms)));

/** The field a person finds by its label (visible or aria-label), like getByLabelText. */
export function field<T extends HTMLElement = HTMLInputElement>(label: string): T {
  const named = document.querySelector<T>(`[aria-label="${label}"]`);
  if (named) return named;
  const tag = [...document.querySelectorAll('label')].find((l) => l.textContent?.replace(/\s*\*$/, '') === label);
  const target = tag?.htmlFor ? document.getElementById(tag.htmlFor) : null;
  if (!target) throw new Error(`No field labelled "${label}"`);
  return target as T;
}

/** The button whose accessible text or aria-label is `name`. */
export function button(name: string): HTMLButtonElement {
  const found = [...document.querySelectorAll('button')].find(
    (b) => b.getAttribute('aria-label') === name || (!b.hasAttribute('aria-label') && b.textContent?.trim() === name),
  );
  if (!found) throw new Error(`No button "${name}"`);
  return found;
}

/** Replaces a field's text as typing would (value, caret at the end, an input event). */
export async function typeInto(element: HTMLInputElement | HTMLTextAreaElement, text: string) {
  await act(async () => {
    element.focus();
    const prototype =
      element instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
    Object.getOwnPropertyDescriptor(prototype, 'value')!.set!.call(element, text);
    element.setSelectionRange?.(text.length, text.length);
    element.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

export async function click(element: Element) {
  await act(async () => {
    element.dispatchEvent(new MouseEvent('mousedown', { bubbles: true, cancelable: true }));
    element.dispatchEvent(new MouseEvent('mouseup', { bubbles: true, cancelable: true }));
    element.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
  });
}

/** The error message Mantine shows under a field (linked by aria-describedby), or null. */
export function errorOf(element: HTMLElement): string | null {
  if (element.getAttribute('aria-invalid') !== 'true') return null;
  const ids = (element.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
  const texts = ids.map((id) => document.getElementById(id)).filter((e) => e?.id.endsWith('-error'));
  return texts[0]?.textContent ?? '';
}
