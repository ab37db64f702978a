import { expect, type Page } from '@playwright/test';
import { literally } from './text.js';

/** "Discussion" on a policy page: comments with @mentions, the watch button and the activity feed. */
export class PolicyDiscussionSection {
  constructor(private readonly page: Page) {}

  /**
   * Writes `before`, an @mention of `person` picked from the suggestions (by e-mail: names can repeat), then `after`,
   * and posts it. Returns the posted comment.
   */
  async commentMentioning(before: string, person: { name: string; email: string }, after: string) {
    const editor = this.editor();
    await editor.scrollIntoViewIfNeeded();
    await editor.fill(`${before} @${person.name.slice(0, 3)}`);
    await this.page.getByRole('option', { name: literally(person.email) }).click();
    await editor.press('End');
    await editor.pressSequentially(after);
    return this.post(before);
  }

  private async post(startsWith: string) {
    await this.page.getByRole('button', { name: 'Comment', exact: true }).click();
    const comment = this.page.getByRole('article').filter({ hasText: startsWith });
    await expect(comment).toBeVisible();
    return comment;
  }

  async expectWatching() {
    await expect(this.page.getByRole('button', { name: /Watching/ })).toBeVisible();
  }

  /** The activity tab's entry for something that happened, e.g. ("commented", the comment's text). */
  async expectActivity(verb: string, summary: string) {
    await this.page.getByRole('tab', { name: 'Activity' }).click();
    const entry = this.page
      .getByRole('list', { name: 'Activity on this policy' })
      .getByRole('listitem')
      .filter({ hasText: verb })
      .filter({ hasText: summary });
    await expect(entry).toBeVisible();
  }

  private editor() {
    return this.page.getByRole('textbox', { name: 'Add a comment' });
  }
}
