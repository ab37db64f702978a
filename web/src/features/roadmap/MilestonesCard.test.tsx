// @vitest-environment jsdom
import type { InitiativeDetail, Milestone } from '@policyops/contracts';
import { useQuery } from '@tanstack/react-query';
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError, api } from '../../lib/api';
import type * as apiModule from '../../lib/api';
import { MilestonesCard } from './MilestonesCard';
import { roadmapKeys } from './roadmap-queries';
import { button, click, errorOf, renderInApp, settle, typeInto, type Rendered } from '../../test/render-in-app';

vi.mock('../../lib/api', async (importOriginal) => ({
  ...(await importOriginal<typeof apiModule>()),
  api: { get: vi.fn(), post: vi.fn(), put: vi.fn(), patch: vi.fn(), delete: vi.fn() },
}));

const draft: Milestone = {
  id: 'milestone-1',
  initiativeId: 'initiative-1',
  title: 'Draft for legal review',
  kind: 'internal',
  date: '2030-03-01',
  fixed: false,
  done: false,
  doneOn: null,
  version: 3,
};

// Only what the card reads of an initiative.
const initiativeWith = (milestones: Milestone[], update = true) =>
  ({
    id: 'initiative-1',
    start: '2030-01-01',
    end: '2030-03-31',
    abilities: { update },
    milestones,
    milestoneCount: milestones.length,
    milestonesDone: milestones.filter((m) => m.done).length,
  }) as unknown as InitiativeDetail;

// The card as the initiative page shows it: fed by the page's query, so a refetch (a reload) reaches the card.
function CardOnPage() {
  const detail = useQuery({
    queryKey: roadmapKeys.detail('initiative-1'),
    queryFn: () => api.get<InitiativeDetail>('/api/roadmap/initiatives/initiative-1'),
  });
  return detail.data ? <MilestonesCard initiative={detail.data} /> : null;
}

const get = vi.mocked(api.get);
const patch = vi.mocked(api.patch);
let view: Rendered;

beforeEach(async () => {
  get.mockReset().mockResolvedValue(initiativeWith([draft]));
  patch.mockReset();
  view = await renderInApp(<CardOnPage />);
  await settle();
});
afterEach(async () => view.unmount());

const editor = () => document.querySelector<HTMLElement>('[role="dialog"]');
// The add form under the table has the same labels: look inside the editor.
function inEditor(label: string): HTMLInputElement {
  const tag = [...(editor()?.querySelectorAll('label') ?? [])].find((l) => l.textContent === label);
  const target = tag?.htmlFor ? document.getElementById(tag.htmlFor) : null;
  if (!target) throw new Error(`No field "${label}" in the editor`);
  return target as HTMLInputElement;
}
// A date input has no caret to place (typeInto's setSelectionRange throws): set the value as the picker does.
const pickDate = (date: string) =>
  act(async () => {
    const input = inEditor('Date');
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(input, date);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
const openEditor = () => click(button('Edit the milestone Draft for legal review'));
const save = () =>
  act(async () => {
    document.querySelector<HTMLFormElement>('form[aria-label="Edit the milestone"]')!.requestSubmit();
  });

async function pickKind(label: string) {
  await click(inEditor('Kind'));
  const option = [...editor()!.querySelectorAll('[role="option"]')].find((o) => o.textContent === label);
  if (!option) throw new Error(`No kind "${label}"`);
  await click(option);
}

describe('MilestonesCard: editing a milestone', () => {
  it('offers Edit per row as a button named after the milestone, opening its values', async () => {
    const edit = button('Edit the milestone Draft for legal review');
    expect(edit.type).toBe('button');
    await openEditor();
    expect(editor()?.textContent).toContain('Edit “Draft for legal review”');
    expect(inEditor('Milestone').value).toBe('Draft for legal review');
    expect(inEditor('Date').value).toBe('2030-03-01');
    expect(inEditor('Date').min).toBe('2030-01-01');
    expect(inEditor('Date').max).toBe('2030-03-31');
    expect(inEditor('Kind').value).toBe('Internal');
    expect(editor()?.textContent).toContain('Not fixed');
  });

  it('saves the changed fields with the stored version and closes', async () => {
    const saved = { ...draft, title: 'Legal sign-off', date: '2030-03-15', version: 4 };
    patch.mockResolvedValue(saved);
    get.mockResolvedValue(initiativeWith([saved]));
    await openEditor();
    await typeInto(inEditor('Milestone'), 'Legal sign-off');
    await pickDate('2030-03-15');
    await save();
    await settle();
    expect(patch).toHaveBeenCalledWith('/api/roadmap/milestones/milestone-1', {
      version: 3,
      title: 'Legal sign-off',
      date: '2030-03-15',
    });
    expect(editor()).toBeNull();
    // The page reloads the initiative after the save, and the focus is back where the edit started.
    expect(get).toHaveBeenCalledTimes(2);
    expect(document.body.textContent).toContain('Legal sign-off');
    expect(document.activeElement).toBe(button('Edit the milestone Legal sign-off'));
  });

  it('makes an external kind a fixed date, saying so before the save', async () => {
    patch.mockResolvedValue({ ...draft, kind: 'regulatory_deadline', fixed: true, version: 4 });
    await openEditor();
    await pickKind('Regulatory deadline');
    expect(editor()?.textContent).toContain('Fixed: an external date, it does not move');
    await save();
    await settle();
    expect(patch).toHaveBeenCalledWith('/api/roadmap/milestones/milestone-1', {
      version: 3,
      kind: 'regulatory_deadline',
    });
  });

  it('closes without a request when nothing changed', async () => {
    await openEditor();
    await save();
    await settle();
    expect(patch).not.toHaveBeenCalled();
    expect(editor()).toBeNull();
  });

  it("shows the server's refusal of the date on the date field and keeps the editor open", async () => {
    patch.mockRejectedValue(
      new ApiError({
        status: 400,
        code: 'VALIDATION_FAILED',
        title: 'Invalid request',
        errors: [{ path: 'body.date', message: 'Falls outside its initiative (2030-01-01 – 2030-03-31)' }],
      }),
    );
    await openEditor();
    await pickDate('2030-04-02');
    await save();
    await settle();
    expect(errorOf(inEditor('Date'))).toBe('Falls outside its initiative (2030-01-01 – 2030-03-31)');
    expect(editor()).not.toBeNull();
  });

  it('asks for a title and a date before sending anything', async () => {
    await openEditor();
    await typeInto(inEditor('Milestone'), '  ');
    await pickDate('');
    await save();
    expect(errorOf(inEditor('Milestone'))).toBe('Name the milestone');
    expect(errorOf(inEditor('Date'))).toBe('Pick a date');
    expect(patch).not.toHaveBeenCalled();
  });

  it('says a stale version saved nothing, reloads the card, and offers no second save', async () => {
    patch.mockRejectedValue(
      new ApiError({ status: 409, code: 'VERSION_CONFLICT', title: 'Conflict', detail: 'This milestone changed' }),
    );
    get.mockResolvedValue(initiativeWith([{ ...draft, title: 'Draft for legal', version: 4 }]));
    await openEditor();
    await pickDate('2030-03-20');
    await save();
    await settle();
    const alert = editor()?.querySelector('[role="alert"]');
    expect(alert?.textContent).toContain('Someone else changed this milestone');
    expect(alert?.textContent).toContain('nothing was saved');
    expect(get).toHaveBeenCalledTimes(2);
    expect(document.body.textContent).toContain('Draft for legal');
    expect(() => button('Save milestone')).toThrow();
  });

  it('offers no Edit to someone who cannot change the initiative', async () => {
    await view.unmount();
    view = await renderInApp(<MilestonesCard initiative={initiativeWith([draft], false)} />);
    expect(() => button('Edit the milestone Draft for legal review')).toThrow();
  });
});
