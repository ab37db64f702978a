import { expectAccessible } from '../../accessibility.js';
import { expect, test } from '../../fixtures.js';
import { ImpactAnalysisPage } from '../../pages/impact-analysis.page.js';
import { MetricImportsPage } from '../../pages/metric-imports.page.js';
import { MetricsOverviewPage, PolicyMetricsPage } from '../../pages/policy-metrics.page.js';
import { daysBeforeTheSample, latestAnalysableLaunch, MetricCsv } from '../../seed/metrics.js';
import { ensureSampleWorkspace } from '../../seed/workspace.js';
import { serverToday } from '../../seed/work.js';

/** The sample policy whose latest launch has a control: in force everywhere but Germany, which gets it later. */
const POLICY = { slug: 'hate-speech', title: 'Hate Speech and Hateful Behaviour' };
/** The figure a policy dashboard opens on. */
const FIGURE = 'Overturn rate';
/** The PNG signature: every PNG file starts with these eight bytes. */
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

// Seeds through the API what the journey does not exercise: the sample workspace with its two years of metrics
// (shared reading material, loaded once per server) and the program manager who imports. The file is this run's
// and covers days before the sample's two years, so it replaces no figure a dashboard or analysis reads.
test('a metric file is rejected with its report, fixed and imported; a launch is read on the dashboard and in its impact analysis', async ({
  admin,
  newPerson,
  pageAs,
  runId,
}) => {
  // About 30 s with the sample loaded (loading it first adds its own time to the spec's).
  test.setTimeout(90_000);
  await ensureSampleWorkspace(admin);
  const pm = await newPerson({ name: `Amara Okafor ${runId}`, role: 'program_manager' });
  const page = await pageAs(pm);
  const today = await serverToday(admin);
  const file = MetricCsv.of({
    policy: 'adult-nudity',
    markets: ['DE', 'FR'],
    surfaces: ['LIVE', 'Comments'],
    days: daysBeforeTheSample(today, 2),
  });
  const fileName = `adult-nudity-${runId}.csv`;
  const imports = new MetricImportsPage(page);

  await test.step('1. a file with more QA-correct than QA-sampled decisions on line 3 is rejected, nothing written', async () => {
    await imports.goto();
    await expectAccessible(page, 'metric imports page');
    await imports.choose(fileName, file.withQaCorrectAboveSampled(3).toBuffer());
    await expect(imports.report(fileName)).toContainText(`${fileName} was rejected: 1 problem`);
    await expect(imports.report(fileName)).toContainText('Nothing was written.');
    const problem = imports.problemOnLine(fileName, 3);
    await expect(problem).toHaveCount(1);
    await expect(problem.getByRole('cell').nth(1)).toContainText('qa_correct');
    await expect(problem.getByRole('cell').nth(2)).toContainText(/^qa_correct \(\d+\) is above qa_sampled \(\d+\)$/);
    await expectAccessible(page, 'validation report');
  });

  await test.step('2. the fixed file uploads with a progress bar and is imported whole', async () => {
    // The upload is held at the network until the bar has been seen: a file this small otherwise completes within
    // a few milliseconds, before any assertion could look.
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    const upload = (url: URL) => url.pathname === '/api/metrics/imports' && url.searchParams.has('fileName');
    await page.route(
      upload,
      async (route) => {
        await held;
        await route.fallback();
      },
      { times: 1 },
    );
    await imports.choose(fileName, file.toBuffer());
    await expect(imports.uploadProgress()).toBeAttached();
    await expect(imports.uploadProgress()).toHaveAttribute('aria-valuetext', /^\d+%$/);
    await expect(imports.uploadProgressText()).toBeVisible();
    release();
    await expect(imports.completed(fileName)).toBeVisible();
    await expect(imports.completed(fileName)).toContainText(new RegExp(`Rows\\s*${file.rowCount}(?!\\d)`));
    await expect(imports.announcement()).toHaveText(`${fileName} imported: ${file.rowCount} rows.`);
    await expect(imports.uploadProgress()).toHaveCount(0);
    await expect(imports.report(fileName)).toBeHidden();
  });

  const launch = await latestAnalysableLaunch(pm, POLICY.slug);
  const dashboard = new PolicyMetricsPage(page, POLICY.title);
  await test.step("3. from the heat map, the policy's dashboard shows its latest launch on the chart", async () => {
    const overview = new MetricsOverviewPage(page);
    await overview.goto();
    await expect(overview.row(POLICY.title)).toContainText(`Version ${launch.label}, in force`);
    await overview.openPolicy(POLICY.title);
    await dashboard.expectOpen();
    await expect(dashboard.launchMarker(FIGURE, launch.label)).toBeVisible();
    await expect(dashboard.launchLine(FIGURE, launch.label)).toBeVisible();
    await expectAccessible(page, 'policy metrics dashboard');
  });

  const impact = new ImpactAnalysisPage(page);
  await test.step('4. its impact analysis gives a finding with its interval, against a control, with warnings', async () => {
    await dashboard.openImpactAnalysis(FIGURE, launch.label);
    await impact.expectOpen(POLICY.title, launch.label);
    // Germany got the version later than the other markets: the control of a difference-in-differences.
    await expect(impact.design()).toContainText('Difference-in-differences vs DE');
    await expect(impact.treatedAndControl()).toContainText('Control: DE');
    // The sample plants a 10% fall in prevalence at this launch.
    await expect(impact.result('Prevalence')).toContainText(
      /Prevalence fell .+, 95% CI .+ to .+, significant after correction \(difference-in-differences against DE/,
    );
    await expect(impact.result('Prevalence')).toContainText('Fell — good news');
    // The launch is a month old, so its 28-day post window runs on past the last day of data: at least that is
    // warned of, with the figures it concerns.
    await expect(impact.warnings().first()).toBeVisible();
    await expect(impact.warnings().first()).toContainText(/Concerns: \w+/);
    await expectAccessible(page, 'impact analysis');
  });

  await test.step('5. a chart of the analysis downloads as a PNG', async () => {
    const { fileName: saved, bytes } = await impact.downloadFirstChartPng();
    expect(saved).toMatch(/\.png$/);
    expect(bytes.subarray(0, PNG_SIGNATURE.length).equals(PNG_SIGNATURE)).toBe(true);
  });
});
