// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { api } from '../../lib/api';
import type * as apiModule from '../../lib/api';
import { NotificationEmailSettings } from './NotificationEmailSettings';
import { click, renderInApp, settle, type Rendered } from '../../test/render-in-app';

vi.mock('../../lib/api', async (importOriginal) => ({
  ...(await importOriginal<typeof apiModule>()),
  api: { get: vi.fn(), post: vi.fn(), put: vi.fn(), patch: vi.fn(), delete: vi.fn() },
}));

const get = vi.mocked(api.get);
const put = vi.mocked(api.put);
const SWITCH = 'E-mail me my notifications';
let view: Rendered | null = null;

async function render(settings: { email: 'off' | 'each'; mailEnabled: boolean; version: number }) {
  get.mockReset().mockResolvedValue(settings);
  view = await renderInApp(<NotificationEmailSettings />);
  await settle();
}

/** Mantine's switch label holds the description too, so find it by the label's own text. */
function emailSwitch(): HTMLInputElement {
  const label = [...document.querySelectorAll('.mantine-Switch-label')].find((l) => l.textContent === SWITCH);
  const input = label?.closest('label')?.querySelector<HTMLInputElement>('input[role="switch"]');
  if (!input) throw new Error(`No switch "${SWITCH}"`);
  return input;
}

beforeEach(() => put.mockReset());
afterEach(async () => {
  await view?.unmount();
  view = null;
});

describe('NotificationEmailSettings', () => {
  it('starts off and saves "each" with the version it read when switched on', async () => {
    await render({ email: 'off', mailEnabled: true, version: 1 });
    expect(get).toHaveBeenCalledWith('/api/account/notification-settings', undefined, expect.anything());
    const toggle = emailSwitch();
    expect(toggle.checked).toBe(false);
    expect(document.body.textContent).not.toContain('Mail is off on this server');

    put.mockResolvedValue({ email: 'each', mailEnabled: true, version: 2 });
    await click(toggle);
    await settle();
    expect(put).toHaveBeenCalledWith('/api/account/notification-settings', { email: 'each', version: 1 });
    expect(emailSwitch().checked).toBe(true);
  });

  it('says mail is off on this server, still showing the choice that is kept', async () => {
    await render({ email: 'each', mailEnabled: false, version: 3 });
    expect(emailSwitch().checked).toBe(true);
    expect(document.querySelector('[role="status"]')?.textContent).toContain('Mail is off on this server');
  });
});
