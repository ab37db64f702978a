// @vitest-environment jsdom
import type { AdoptionCampaign } from '@policyops/contracts';
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError, api } from '../../lib/api';
import type * as apiModule from '../../lib/api';
import { CampaignSettingsModal } from './CampaignSettingsModal';
import { click, errorOf, field, renderInApp, settle, typeInto, type Rendered } from '../../test/render-in-app';

vi.mock('../../lib/api', async (importOriginal) => ({
  ...(await importOriginal<typeof apiModule>()),
  api: { get: vi.fn(), post: vi.fn(), put: vi.fn(), patch: vi.fn(), delete: vi.fn() },
}));

// Only what the dialog reads of a campaign.
const campaign = {
  id: 'campaign-1',
  version: 4,
  settings: {
    training: null,
    quiz: {
      passMarkPct: 80,
      questions: [{ prompt: 'Where is the coded-terms list?', options: ['In the wiki', 'Nowhere'], correctIndex: 0 }],
    },
    gate: null,
    reminderCadenceDays: 3,
  },
} as unknown as AdoptionCampaign;

const patch = vi.mocked(api.patch);
const onClose = vi.fn();
let view: Rendered;

beforeEach(async () => {
  patch.mockReset();
  onClose.mockReset();
  view = await renderInApp(<CampaignSettingsModal campaign={campaign} onClose={onClose} />);
});
afterEach(async () => view.unmount());

const submit = () =>
  act(async () => {
    document.querySelector<HTMLFormElement>('form[aria-label="Campaign settings"]')!.requestSubmit();
  });

describe('CampaignSettingsModal', () => {
  it('sends the version read, the quiz with the chosen correct answer, and null for what is switched off', async () => {
    patch.mockResolvedValue(campaign);
    await click(field('Option 2 of question 1 is correct'));
    await typeInto(field('Option 2 of question 1'), 'Pinned in the queue tool');
    await submit();
    await settle();
    expect(patch).toHaveBeenCalledWith('/api/adoption/campaigns/campaign-1', {
      version: 4,
      training: null,
      quiz: {
        passMarkPct: 80,
        questions: [
          {
            prompt: 'Where is the coded-terms list?',
            options: ['In the wiki', 'Pinned in the queue tool'],
            correctIndex: 1,
          },
        ],
      },
      gate: null,
      reminderCadenceDays: 3,
    });
    expect(onClose).toHaveBeenCalled();
  });

  it('puts a server field error on the quiz option it names, and keeps the dialog open', async () => {
    patch.mockRejectedValue(
      new ApiError({
        status: 400,
        code: 'VALIDATION_FAILED',
        title: 'Invalid request',
        errors: [{ path: 'body.quiz.questions.0.options.1', message: 'Use at most 200 characters' }],
      }),
    );
    await submit();
    await settle();
    expect(errorOf(field('Option 2 of question 1'))).toBe('Use at most 200 characters');
    expect(onClose).not.toHaveBeenCalled();
  });
});
