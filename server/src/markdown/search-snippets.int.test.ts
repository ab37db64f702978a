import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DIALECTS, createTestApp, type TestApp, type TestClient } from '../test/test-app.js';

const BODY = `Hate speech
===========

Scope
-----

We remove **slurs** and _coded_ slurs; see [[violent-extremism]] and [the appeals page](https://example.com/appeals).

| Action | Strikes |
|---|---|
| Slurs removal | 1 |
`;

// Snippets take their text from the one Markdown parse (server/src/markdown), not from the raw source.
describe.each(DIALECTS)('search snippets on %s', (dialect) => {
  let t: TestApp;
  let owner: TestClient;

  beforeEach(async () => {
    t = await createTestApp(dialect);
    owner = await t.signIn('policy_owner');
    const areaId = (await owner.post('/api/policy-areas', { name: 'Area' })).json().id;
    await owner.post('/api/policies', { title: 'Hate speech', slug: 'hate-speech', areaId, ownerIds: [owner.userId] });
    expect((await owner.post('/api/policies/hate-speech/versions', { body: BODY })).statusCode).toBe(201);
  });
  afterEach(async () => t.close());

  it('never shows heading marks, emphasis, links, table pipes or [[slug]] tokens', async () => {
    const res = await owner.get('/api/search?q=slurs&history=true');
    expect(res.statusCode).toBe(200);
    const [hit] = res.json().items;
    const text = hit.snippet.map((p: { text: string }) => p.text).join('');
    expect(text).toContain('We remove slurs and coded slurs; see violent-extremism and the appeals page.');
    expect(text).not.toMatch(/##|\*\*|_coded_|\[\[|\]\]|\]\(|===|---|\|/);
    expect(hit.snippet.filter((p: { highlight: boolean }) => p.highlight).length).toBeGreaterThan(0);
  });
});
