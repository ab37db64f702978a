import { mkdirSync, readFileSync } from 'node:fs';
import type { InitiativeDetail, PlanningSettings } from '@policyops/contracts';
import { expectAccessible } from '../../accessibility.js';
import { expect, test } from '../../fixtures.js';
import { RoadmapCapacityPage, RoadmapImportPage } from '../../pages/roadmap-capacity.page.js';

const SHOTS = process.env.CAPACITY_SHOTS ?? '/tmp/shots-capacity';
mkdirSync(SHOTS, { recursive: true });

const FIXTURES = new URL('../../../server/src/modules/roadmap/roadmap-import/fixtures/', import.meta.url);
const fixture = (name: string) => readFileSync(new URL(name, FIXTURES), 'utf8');

test('import a Jira export (a bad row in a second file writes nothing), then clear an over-allocated team with a what-if drop', async ({
  page,
  admin,
  newPerson,
  runId,
}) => {
  // The committed Jira fixture, with this run's names so nothing collides in the shared workspace.
  const ada = `Ada Lovelace ${runId}`;
  const grace = `Grace Hopper ${runId}`;
  await newPerson({ name: ada, role: 'policy_owner' });
  await newPerson({ name: grace, role: 'policy_owner' });
  const epic = `Refresh hate speech policy ${runId}`;
  const good = fixture('jira-clean-subset.csv')
    .replaceAll('Ada Lovelace', ada)
    .replaceAll('Grace Hopper', grace)
    .replace('"Refresh hate speech policy, phase 2"', epic)
    .replaceAll('Age assurance for minors', `Age assurance for minors ${runId}`)
    .replaceAll('Glossary of coded terms', `Glossary of coded terms ${runId}`);
  const bad = good.replace(`Medium,,${grace},`, `Medium,,Mallory Unknown ${runId},`);

  const importer = new RoadmapImportPage(page);
  await importer.open();
  await importer.chooseFile('bad-owner.csv', bad);
  await expect(page.getByText('Jira CSV export')).toBeVisible();
  const problems = page.getByRole('alert').filter({ hasText: 'nothing will be imported' });
  await expect(problems.getByText('Line 6')).toBeVisible();
  await expect(problems).toContainText(`Mallory Unknown ${runId}`);
  await expect(importer.importButton(2)).toBeDisabled();
  await page.screenshot({ path: `${SHOTS}/import-bad-row.png`, fullPage: true });
  const none = await admin.get<{ items: unknown[] }>(`/api/roadmap/initiatives?q=${runId}&limit=10`);
  expect(none.items).toEqual([]);

  await importer.chooseFile('jira-export.csv', good);
  await expect(importer.toCreate.getByRole('row')).toHaveCount(4);
  await expect(page.getByRole('combobox', { name: 'Title' })).toHaveValue('Summary');
  await expectAccessible(page, 'import dry run');
  await page.screenshot({ path: `${SHOTS}/import-preview.png`, fullPage: true });
  await importer.importButton(3).click();
  await expect(page.getByText('Imported 3 initiatives')).toBeVisible();
  const imported = await admin.get<{ items: { title: string }[] }>(`/api/roadmap/initiatives?q=${runId}&limit=10`);
  expect(imported.items.map((i) => i.title).sort()).toEqual(
    [epic, `Age assurance for minors ${runId}`, `Glossary of coded terms ${runId}`].sort(),
  );

  // A team of 1 person at 50% in this quarter, planned far beyond it.
  const settings = await admin.get<PlanningSettings>('/api/roadmap/settings');
  const quarter = settings.currentQuarter;
  const owner = await newPerson({ name: `Owner ${runId}`, role: 'policy_owner' });
  const team = await admin.post<{ id: string }>('/api/teams', { name: `Capacity team ${runId}`, function: 'policy' });
  await admin.put(`/api/roadmap/teams/${team.id}/capacity`, { version: 0, people: 1, focus: 0.5 });
  const overload = await admin.post<InitiativeDetail>('/api/roadmap/initiatives', {
    title: `Overload ${runId}`,
    ownerId: owner.user.id,
    status: 'planned',
    teamIds: [team.id],
    effortWeeks: 20,
    start: quarter.start,
    end: quarter.end,
  });
  await admin.post<InitiativeDetail>('/api/roadmap/initiatives', {
    title: `Small job ${runId}`,
    ownerId: owner.user.id,
    status: 'planned',
    teamIds: [team.id],
    effortWeeks: 2,
    start: quarter.start,
    end: quarter.end,
  });

  const capacity = new RoadmapCapacityPage(page);
  await capacity.open();
  const row = capacity.teamRow(`Capacity team ${runId}`);
  await expect(row.getByText(/over$/)).toBeVisible();
  await expect(row.getByText('1 person × 50% focus')).toBeVisible();
  await expectAccessible(page, 'capacity grid');
  await page.screenshot({ path: `${SHOTS}/capacity-grid.png`, fullPage: true });

  await capacity.tryWith(overload.title, 'Drop');
  await page.getByRole('button', { name: 'See the effect' }).click();
  await expect(page.getByText(`Capacity team ${runId} ${quarter.label}: no longer over capacity`)).toBeVisible();
  await expect(page.getByText('Critical path and fixed dates')).toBeVisible();
  await expectAccessible(page, 'what-if result');
  await page.evaluate('window.scrollTo(0, 0)');
  await page.screenshot({ path: `${SHOTS}/capacity-what-if.png`, fullPage: true });
  // Nothing was saved: the initiative is still there.
  const still = await admin.get<InitiativeDetail>(`/api/roadmap/initiatives/${overload.id}`);
  expect(still.version).toBe(overload.version);

  // This quarter the whole team is on it: an override of 3 people at 100% clears the over-allocation. A
  // colleague saves first, so the first attempt is refused as stale and the editor starts from what they stored.
  const teamName = `Capacity team ${runId}`;
  await expect(capacity.cell(teamName, quarter.label)).toHaveAccessibleName(/over$/);
  await capacity.editCapacity(teamName);
  await admin.put(`/api/roadmap/teams/${team.id}/capacity`, { version: 1, people: 2, focus: 0.5 });
  await capacity.setQuarterCapacity(teamName, quarter.label, 3, 100);
  await capacity.saveCapacity(teamName);
  const stale = row.getByRole('alert').filter({ hasText: 'Someone else changed this capacity' });
  await expect(stale).toContainText('Nothing was saved');
  await expect(row.getByRole('textbox', { name: 'People', exact: true })).toHaveValue('2');
  await expect(row.getByRole('textbox', { name: `People in ${quarter.label}` })).toHaveCount(0);
  await expectAccessible(page, 'capacity editor after a stale save');
  await capacity.setQuarterCapacity(teamName, quarter.label, 3, 100);
  await page.screenshot({ path: `${SHOTS}/capacity-quarter-override.png`, fullPage: true });
  await capacity.saveCapacity(teamName);
  await expect(row.getByText(`2 people × 50% focus · ${quarter.label}: 3 people × 100%`)).toBeVisible();
  await expect(capacity.cell(teamName, quarter.label)).toHaveAccessibleName(/^\S+ \S+: 22 wk planned of [\d.]+ wk$/);
  await expect(row.getByText(/over$/)).toHaveCount(0);
  const stored = await admin.get<{ teams: { teamId: string; overrides: unknown[]; version: number }[] }>(
    `/api/roadmap/years/${settings.currentYear.key}/capacity`,
  );
  expect(stored.teams.find((t) => t.teamId === team.id)).toMatchObject({
    overrides: [{ period: quarter.key, people: 3, focus: 1 }],
    version: 3,
  });
});
