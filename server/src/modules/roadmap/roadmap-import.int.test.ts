import { readFileSync } from 'node:fs';
import { RoadmapImportPreviewSchema } from '@policyops/contracts';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DIALECTS, createTestApp, expectProblem, type TestApp, type TestClient } from '../../test/test-app.js';
import { castOf, type Json, type RoadmapCast } from './roadmap-test-kit.js';

// The committed fixtures carry the real export headers. jira-clean-subset.csv is the all-fields Jira
// export cut to its good rows (an epic, a story, a milestone of the epic, a story under the epic with
// no assignee); the full file keeps its bad rows (an unknown owner on line 8 among them).
const fixture = (name: string) =>
  readFileSync(new URL(`./roadmap-import/fixtures/${name}`, import.meta.url)).toString('utf8');

async function named(admin: TestClient, person: TestClient, name: string) {
  const res = await admin.patch(`/api/users/${person.userId}`, { version: 1, name });
  expect(res.statusCode, res.body).toBe(200);
}

describe.each(DIALECTS)('the roadmap import on %s', (dialect) => {
  let t: TestApp;
  let cast: RoadmapCast;
  let ada: TestClient;
  beforeEach(async () => {
    t = await createTestApp(dialect);
    cast = await castOf(t);
    ada = await t.signIn('policy_owner', 'ada@example.org');
    await named(cast.admin, ada, 'Ada Lovelace');
    await named(cast.admin, cast.owner, 'Grace Hopper');
  });
  afterEach(async () => t.close());

  const count = async () => (await cast.pm.get('/api/roadmap/initiatives?limit=100')).json().items.length as number;

  it('previews a Jira export: format, mapping, rows to create, owners by name, nothing written', async () => {
    const res = await cast.pm.post('/api/roadmap/imports/preview', { csv: fixture('jira-clean-subset.csv') });
    expect(res.statusCode, res.body).toBe(200);
    const plan = RoadmapImportPreviewSchema.parse(res.json());
    expect(plan.format).toBe('jira');
    expect(plan.mapping.find((m) => m.field === 'title')?.header).toBe('Summary');
    expect(plan.headers).toContain('Issue key');
    expect(plan.errors).toEqual([]);
    expect(plan.initiatives.map((i) => [i.line, i.title, i.ownerName, i.parentLine])).toEqual([
      [2, 'Refresh hate speech policy, phase 2', 'Ada Lovelace', null],
      [6, 'Age assurance for minors', 'Grace Hopper', null],
      [8, 'Glossary of coded terms', expect.stringContaining('program_manager'), 2],
    ]);
    expect(plan.milestones).toMatchObject([{ line: 7, title: 'Draft to Legal', initiativeLine: 2 }]);
    expect(await count()).toBe(0);
  });

  it('names the bad rows of the full Jira export by line and field', async () => {
    const plan = (
      await cast.pm.post('/api/roadmap/imports/preview', { csv: fixture('jira-cloud-all-fields.csv') })
    ).json();
    expect(plan.errors.map((e: Json) => [e.line, e.field, e.code])).toEqual([
      [8, 'owner', 'unknown_owner'],
      [8, 'start', 'bad_date'],
      [9, 'end', 'end_before_start'],
      [10, 'title', 'missing'],
    ]);
  });

  it('imports all of a Jira export in one go: initiatives, milestone, parent link, audited', async () => {
    const res = await cast.pm.post('/api/roadmap/imports', { csv: fixture('jira-clean-subset.csv') });
    expect(res.statusCode, res.body).toBe(201);
    const result = res.json();
    expect(result).toMatchObject({ format: 'jira', milestones: 1, parentLinks: 1 });
    expect(result.initiatives).toHaveLength(3);
    const epic = (await cast.pm.get(`/api/roadmap/initiatives/${result.initiatives[0].id}`)).json();
    expect(epic).toMatchObject({ title: 'Refresh hate speech policy, phase 2', status: 'in_progress' });
    expect(epic.milestones.map((m: Json) => m.title)).toEqual(['Draft to Legal']);
    const child = (await cast.pm.get(`/api/roadmap/initiatives/${result.initiatives[2].id}`)).json();
    expect(child.parentId ?? child.parent?.id).toBe(epic.id);
    const audit = (await cast.admin.get('/api/audit-events?action=roadmap.imported')).json().items;
    expect(audit).toHaveLength(1);
    expect(audit[0].after).toMatchObject({ format: 'jira', initiatives: 3, milestones: 1, parentLinks: 1 });
  });

  it('imports an Asana export found below a Google-Sheets preamble, owner by e-mail', async () => {
    const res = await cast.pm.post('/api/roadmap/imports', { csv: fixture('asana-google-sheets.csv') });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().initiatives.map((i: Json) => i.title)).toEqual(['Transparency report, H2']);
  });

  it('writes nothing when one row is bad, naming rows.<line>.<field>', async () => {
    const csv = fixture('jira-clean-subset.csv').replace('Medium,,Grace Hopper,', 'Medium,,Mallory Unknown,');
    const res = await cast.pm.post('/api/roadmap/imports', { csv });
    const problem = expectProblem(res, 400, 'VALIDATION_FAILED');
    expect(problem.errors).toEqual([expect.objectContaining({ path: 'rows.6.owner', line: 6 })]);
    expect(await count()).toBe(0);
    expect((await cast.admin.get('/api/audit-events?action=initiative.created')).json().items).toEqual([]);
  });

  it('refuses an owner who may not own initiatives', async () => {
    await named(cast.admin, cast.viewer, 'Vera Viewer');
    const csv = fixture('jira-clean-subset.csv').replace('Medium,,Grace Hopper,', 'Medium,,Vera Viewer,');
    const plan = (await cast.pm.post('/api/roadmap/imports/preview', { csv })).json();
    expect(plan.errors).toMatchObject([{ line: 6, field: 'owner', code: 'owner_cannot_own' }]);
    expectProblem(await cast.pm.post('/api/roadmap/imports', { csv }), 400, 'VALIDATION_FAILED');
    expect(await count()).toBe(0);
  });

  it('takes a confirmed mapping, and names a column the file does not have', async () => {
    const csv = fixture('jira-clean-subset.csv');
    const plan = (await cast.pm.post('/api/roadmap/imports/preview', { csv, mapping: { effort: null } })).json();
    expect(plan.initiatives[0].effortWeeks).toBeNull();
    const bad = await cast.pm.post('/api/roadmap/imports', { csv, mapping: { start: 'Begin' } });
    expect(expectProblem(bad, 400).errors).toMatchObject([{ path: 'rows.1.start', line: 1 }]);
  });

  it('validates the file: empty, not an export, too many rows', async () => {
    const empty = expectProblem(await cast.pm.post('/api/roadmap/imports/preview', { csv: '' }), 400);
    expect(empty.errors?.[0]?.path).toBe('body.csv');
    const other = await cast.pm.post('/api/roadmap/imports', { csv: 'a,b\n1,2\n' });
    expect(expectProblem(other, 400).errors?.[0]?.path).toBe('body.csv');
    const header = 'Summary,Issue key,Issue Type,Assignee,Due date\n';
    const many = header + Array.from({ length: 2001 }, (_, i) => `Row ${i},POL-${i},Story,,31/Dec/26\n`).join('');
    const preview = (await cast.pm.post('/api/roadmap/imports/preview', { csv: many })).json();
    expect(preview.errors).toMatchObject([{ field: 'file', code: 'too_many_rows' }]);
    expect(expectProblem(await cast.pm.post('/api/roadmap/imports', { csv: many }), 400).errors?.[0]?.path).toBe(
      'body.csv',
    );
  });

  it('is for program managers and admins', async () => {
    const csv = fixture('jira-clean-subset.csv');
    for (const who of [cast.owner, cast.contributor, cast.xfn, cast.viewer]) {
      expectProblem(await who.post('/api/roadmap/imports/preview', { csv }), 403);
      expectProblem(await who.post('/api/roadmap/imports', { csv }), 403);
    }
    expect((await cast.admin.post('/api/roadmap/imports/preview', { csv })).statusCode).toBe(200);
    expect(await count()).toBe(0);
  });
});
