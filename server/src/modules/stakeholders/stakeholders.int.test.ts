import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DIALECTS, createTestApp, expectProblem, type TestApp, type TestClient } from '../../test/test-app.js';

const URL = '/api/stakeholders';
const MISSING = '01900000-0000-7000-8000-000000000000';

type Entry = { id: string; name: string; kind: string; userId: string | null; version: number; [k: string]: unknown };

describe.each(DIALECTS)('stakeholder directory on %s', (dialect) => {
  let t: TestApp;
  let admin: TestClient;
  let pm: TestClient;
  beforeEach(async () => {
    t = await createTestApp(dialect);
    admin = await t.signIn('admin');
    pm = await t.signIn('program_manager');
  });
  afterEach(async () => t.close());

  const all = async (client: TestClient, query = ''): Promise<Entry[]> => {
    const res = await client.get(`${URL}?limit=200${query}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json().items;
  };
  const accountOf = async (userId: string) => (await all(admin, '&kind=account')).find((e) => e.userId === userId)!;
  const addContact = async (body: Record<string, unknown>) => {
    const res = await pm.post(URL, { name: 'Inès Laurent', ...body });
    expect(res.statusCode, res.body).toBe(201);
    return res.json() as Entry;
  };

  it('lists every account with function and team from its first team, following the account', async () => {
    const person = await t.signIn('xfn_reviewer');
    const legal = (await admin.post('/api/teams', { name: 'Legal EMEA', function: 'legal' })).json();
    const ops = (await admin.post('/api/teams', { name: 'Ops Accra', function: 'moderation_ops' })).json();
    await admin.put(`/api/teams/${legal.id}/members/${person.userId}`);
    await admin.put(`/api/teams/${ops.id}/members/${person.userId}`);

    const entry = await accountOf(person.userId);
    expect(entry).toMatchObject({ kind: 'account', function: 'legal', team: 'Legal EMEA', active: true });
    expect(entry.profileFromTeam).toBe(true);
    expect((await all(admin, '&kind=account')).map((e) => e.userId).sort()).toEqual(
      [admin.userId, pm.userId, person.userId].sort(),
    );
    // Reading twice makes no second row.
    expect((await all(admin)).filter((e) => e.userId === person.userId)).toHaveLength(1);

    const user = (await admin.get(`/api/users/${person.userId}`)).json();
    await admin.patch(`/api/users/${person.userId}`, { version: user.version, name: 'Renamed Person' });
    expect((await accountOf(person.userId)).name).toBe('Renamed Person');
    await admin.patch(`/api/users/${person.userId}`, { version: user.version + 1, status: 'deactivated' });
    expect((await accountOf(person.userId)).active).toBe(false);
    expect((await all(admin, '&active=true')).some((e) => e.userId === person.userId)).toBe(false);
  });

  it('edits an account’s function, region and team, which then stop following its team', async () => {
    const team = (await admin.post('/api/teams', { name: 'Policy core', function: 'policy' })).json();
    await admin.put(`/api/teams/${team.id}/members/${pm.userId}`);
    const entry = await accountOf(pm.userId);
    const res = await pm.patch(`${URL}/${entry.id}`, { version: entry.version, region: 'EMEA' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      function: 'policy',
      team: 'Policy core',
      region: 'EMEA',
      profileFromTeam: false,
      version: 2,
    });
    await admin.patch(`/api/teams/${team.id}`, { version: team.version, name: 'Renamed team' });
    expect((await pm.get(`${URL}/${entry.id}`)).json()).toMatchObject({ team: 'Policy core' });
    const name = expectProblem(
      await pm.patch(`${URL}/${entry.id}`, { version: 2, name: 'x' }),
      400,
      'VALIDATION_FAILED',
    );
    expect(name.errors?.[0]?.path).toBe('body.name');
    const active = expectProblem(await pm.patch(`${URL}/${entry.id}`, { version: 2, active: false }), 400);
    expect(active.errors?.[0]?.path).toBe('body.active');
  });

  it('adds, edits, deactivates and reactivates a contact, auditing each change', async () => {
    const contact = await addContact({
      email: 'Ines@Counsel.example',
      function: 'legal',
      region: 'EMEA',
      organisation: 'Laurent Avocats',
      title: 'Outside counsel (DSA)',
    });
    expect(contact).toMatchObject({
      kind: 'contact',
      userId: null,
      email: 'ines@counsel.example',
      function: 'legal',
      active: true,
      version: 1,
      abilities: { update: true, deactivate: true },
    });
    const edited = await pm.patch(`${URL}/${contact.id}`, { version: 1, region: 'Global', team: 'DSA counsel' });
    expect(edited.json()).toMatchObject({ region: 'Global', team: 'DSA counsel', version: 2 });
    const off = await pm.patch(`${URL}/${contact.id}`, { version: 2, active: false });
    expect(off.json()).toMatchObject({ active: false, version: 3 });
    expect((await all(pm, '&active=false')).map((e) => e.id)).toEqual([contact.id]);
    expect((await pm.patch(`${URL}/${contact.id}`, { version: 3, active: true })).json()).toMatchObject({
      active: true,
    });

    const events = (await admin.get(`/api/audit-events?entityId=${contact.id}&limit=10`)).json().items as {
      action: string;
    }[];
    expect(events.map((e) => e.action).sort()).toEqual([
      'stakeholder.created',
      'stakeholder.updated',
      'stakeholder.updated',
      'stakeholder.updated',
    ]);
  });

  it('filters by text, function, region and kind, and pages with a cursor', async () => {
    await addContact({ name: 'Ana Souza', function: 'regional', region: 'LATAM', title: 'External election counsel' });
    await addContact({ name: 'Wei Zhang', function: 'global_business', region: 'APAC' });
    await addContact({
      name: 'Kwame Boateng',
      function: 'moderation_ops',
      region: 'EMEA',
      organisation: 'Vendor Accra',
    });
    expect((await all(pm, '&q=election')).map((e) => e.name)).toEqual(['Ana Souza']);
    expect((await all(pm, '&q=accra')).map((e) => e.name)).toEqual(['Kwame Boateng']);
    expect((await all(pm, '&function=global_business')).map((e) => e.name)).toEqual(['Wei Zhang']);
    expect((await all(pm, '&region=latam')).map((e) => e.name)).toEqual(['Ana Souza']);
    expect((await all(pm, '&kind=contact')).map((e) => e.name)).toEqual(['Ana Souza', 'Kwame Boateng', 'Wei Zhang']);

    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const res = await pm.get(`${URL}?kind=contact&limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      seen.push(...res.json().items.map((e: Entry) => e.name));
      cursor = res.json().nextCursor;
    } while (cursor);
    expect(seen).toEqual(['Ana Souza', 'Kwame Boateng', 'Wei Zhang']);
  });

  it('names the field at fault and refuses a second contact or an account with the same e-mail', async () => {
    expect(expectProblem(await pm.post(URL, { name: ' ' }), 400, 'VALIDATION_FAILED').errors?.[0]?.path).toBe(
      'body.name',
    );
    expect(expectProblem(await pm.post(URL, { name: 'x', function: 'hr' }), 400).errors?.[0]?.path).toBe(
      'body.function',
    );
    expect(expectProblem(await pm.post(URL, { name: 'x', email: 'nope' }), 400).errors?.[0]?.path).toBe('body.email');
    expect(expectProblem(await pm.post(URL, { name: 'x', region: 'r'.repeat(41) }), 400).errors?.[0]?.path).toBe(
      'body.region',
    );
    await addContact({ email: 'ines@counsel.example' });
    const twice = expectProblem(
      await pm.post(URL, { name: 'Twin', email: 'ines@counsel.example' }),
      409,
      'ALREADY_EXISTS',
    );
    expect(twice.errors?.[0]?.path).toBe('body.email');
    const me = (await admin.get(`/api/users/${pm.userId}`)).json();
    expectProblem(await pm.post(URL, { name: 'Me again', email: me.email }), 409, 'ALREADY_EXISTS');
    expect(expectProblem(await pm.get(`${URL}?cursor=garbage`), 400).errors?.[0]?.path).toBe('querystring.cursor');
    expect(expectProblem(await pm.get(`${URL}?active=yes`), 400).errors?.[0]?.path).toBe('querystring.active');
  });

  it('answers 404 for someone not in the directory and 409 for a stale edit', async () => {
    expectProblem(await pm.get(`${URL}/${MISSING}`), 404, 'NOT_FOUND');
    expectProblem(await pm.patch(`${URL}/${MISSING}`, { version: 1, region: 'NA' }), 404, 'NOT_FOUND');
    expectProblem(await pm.get(`${URL}/${MISSING}/engagement`), 404, 'NOT_FOUND');
    const contact = await addContact({});
    await pm.patch(`${URL}/${contact.id}`, { version: 1, region: 'NA' });
    expectProblem(await pm.patch(`${URL}/${contact.id}`, { version: 1, region: 'EMEA' }), 409, 'VERSION_CONFLICT');
    expect((await pm.get(`${URL}/${contact.id}`)).json()).toMatchObject({ region: 'NA', version: 2 });
  });

  it('lets every role read and only admins and program managers manage', async () => {
    const contact = await addContact({});
    for (const role of ['policy_owner', 'contributor', 'xfn_reviewer', 'viewer'] as const) {
      const reader = await t.signIn(role);
      expect((await reader.get(URL)).json().abilities).toEqual({ create: false });
      expect((await reader.get(`${URL}/${contact.id}`)).json().abilities).toEqual({ update: false, deactivate: false });
      expectProblem(await reader.post(URL, { name: 'Nope' }), 403, 'FORBIDDEN');
      expectProblem(await reader.patch(`${URL}/${contact.id}`, { version: 1, region: 'NA' }), 403, 'FORBIDDEN');
    }
    expect((await admin.patch(`${URL}/${contact.id}`, { version: 1, region: 'NA' })).statusCode).toBe(200);
  });

  it('gives other modules summaries, existence checks naming the field, and an account’s entry on first use', async () => {
    const { directory } = t.services.stakeholders;
    const db = t.database.scope;
    const person = await t.signIn('viewer');
    const first = await directory.forUser(db, person.userId);
    const again = await Promise.all([directory.forUser(db, person.userId), directory.forUser(db, person.userId)]);
    expect(again.map((s) => s.id)).toEqual([first.id, first.id]);
    expect(first).toMatchObject({ kind: 'account', userId: person.userId });
    const contact = await addContact({ function: 'legal' });
    const map = await directory.summaries(db, [first.id, contact.id, MISSING]);
    expect([...map.keys()].sort()).toEqual([first.id, contact.id].sort());
    expect(map.get(contact.id)).toMatchObject({
      name: 'Inès Laurent',
      kind: 'contact',
      function: 'legal',
      userId: null,
    });

    await expect(directory.requireExisting(db, [contact.id], 'body.ownerId')).resolves.toBeUndefined();
    await expect(directory.requireExisting(db, [MISSING], 'body.ownerId')).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      fieldErrors: [{ path: 'body.ownerId' }],
    });
    await expect(
      directory.requireExisting(db, [contact.id, MISSING, MISSING], (i) => `body.members.${i}.stakeholderId`),
    ).rejects.toMatchObject({
      fieldErrors: [{ path: 'body.members.1.stakeholderId' }, { path: 'body.members.2.stakeholderId' }],
    });
    await expect(directory.forUser(db, MISSING)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
