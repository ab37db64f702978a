// @vitest-environment jsdom
import { MantineProvider } from '@mantine/core';
import type { MailStatus } from '@policyops/contracts';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError, api } from '../../lib/api';
import type * as apiModule from '../../lib/api';
import { MailPanel } from './MailPanel';

vi.mock('../../lib/api', async (importOriginal) => ({
  ...(await importOriginal<typeof apiModule>()),
  api: { get: vi.fn(), post: vi.fn(), put: vi.fn(), patch: vi.fn(), delete: vi.fn() },
}));
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
window.matchMedia ??= ((query: string) => ({
  matches: false,
  media: query,
  addEventListener: () => undefined,
  removeEventListener: () => undefined,
  addListener: () => undefined,
  removeListener: () => undefined,
})) as unknown as typeof window.matchMedia;

const get = vi.mocked(api.get);
const post = vi.mocked(api.post);
const ON: MailStatus = {
  enabled: true,
  from: 'PolicyOps <policyops@example.com>',
  host: 'smtp.example.com',
  port: 587,
  secure: false,
  authenticated: true,
};
let root: Root;
let container: HTMLDivElement;

const settle = () => act(() => new Promise<void>((resolve) => setTimeout(resolve, 20)));
const text = () => container.textContent ?? '';
const sendButton = () => [...container.querySelectorAll('button')].find((b) => b.textContent === 'Send test message');

async function render(status: MailStatus) {
  get.mockResolvedValue(status);
  const client = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  await act(async () =>
    root.render(
      <QueryClientProvider client={client}>
        <MantineProvider env="test">
          <MailPanel />
        </MantineProvider>
      </QueryClientProvider>,
    ),
  );
  await settle();
}

beforeEach(() => {
  get.mockReset();
  post.mockReset();
});
afterEach(async () => {
  await act(async () => root.unmount());
  container.remove();
});

describe('MailPanel', () => {
  it('says mail is off and offers no test message when no SMTP server is configured', async () => {
    await render({ enabled: false, from: 'x@example.com', host: null, port: null, secure: null, authenticated: false });
    expect(get).toHaveBeenCalledWith('/api/admin/mail', undefined, expect.anything());
    expect(text()).toContain('Mail is off: messages are written to the server log');
    expect(sendButton()).toBeUndefined();
  });

  it('shows the SMTP server and reports a test message the server accepted', async () => {
    await render(ON);
    expect(text()).toContain('smtp.example.com:587');
    expect(text()).toContain('PolicyOps <policyops@example.com>');
    post.mockResolvedValue({ to: 'ada@example.com', messageId: '<1@x>', response: '250 OK queued', sentAt: '' });
    await act(async () => sendButton()!.click());
    await settle();
    expect(post).toHaveBeenCalledWith('/api/admin/mail/test');
    expect(container.querySelector('[role="status"]')?.textContent).toContain(
      'The server accepted a message to ada@example.com and answered “250 OK queued”',
    );
  });

  it('shows why the server refused the test message, with its reply code', async () => {
    await render(ON);
    post.mockRejectedValue(
      new ApiError({
        status: 502,
        code: 'MAIL_DELIVERY_FAILED',
        title: 'The mail server did not accept the message',
        detail: 'Mail to ada@example.com was not sent: smtp.example.com:587 answered 550 Mailbox unavailable',
      }),
    );
    await act(async () => sendButton()!.click());
    await settle();
    const alert = container.querySelector('[role="alert"]');
    expect(alert?.textContent).toContain('The mail server did not accept the message');
    expect(alert?.textContent).toContain('answered 550 Mailbox unavailable');
    expect(container.querySelector('[role="status"]')).toBeNull();
  });
});
