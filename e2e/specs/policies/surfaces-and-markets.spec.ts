import { expectAccessible } from '../../accessibility.js';
import { expect, test } from '../../fixtures.js';
import { AppShell } from '../../pages/auth.page.js';
import { SurfacesAndMarketsPage } from '../../pages/surfaces-and-markets.page.js';

// Seeds only the first admin: the surfaces and markets every workspace starts with are enough, and what this
// journey adds is named after its run.
test('an admin adds, renames and removes a surface, adds a country to a region, and cannot delete a market in use', async ({
  page,
  runId,
}) => {
  const surface = `Stories ${runId}`;
  const country = { code: `JP-${runId.toUpperCase()}`.slice(0, 12), name: `Japan ${runId}` };

  await page.goto('/');
  await new AppShell(page).navigate('Surfaces & markets');
  const settings = new SurfacesAndMarketsPage(page);
  await settings.expectOpen();

  await settings.addSurface(surface);
  await settings.renameSurface(surface, `${surface} & Now`);
  await settings.deleteSurface(`${surface} & Now`);

  await settings.addCountry('Asia-Pacific', country);

  // The European Union has countries (and, once the sample is loaded, grids) that use it: the refusal says why and
  // nothing changes.
  await settings.tryToDeleteMarket('European Union');
  await expect(settings.refusal(/European Union/)).toContainText(/countries|used/);
  await expect(settings.markets().getByText('European Union')).toBeVisible();
  await expectAccessible(page, 'surfaces and markets after a refused delete');
});
