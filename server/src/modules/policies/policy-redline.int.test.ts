import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DIALECTS, createTestApp, expectProblem, type TestApp, type TestClient } from '../../test/test-app.js';

const V1 = `# Hate speech

## Rationale

We protect people from attacks on who they are.

## What is not allowed

1. Slurs aimed at a protected group.
2. Dehumanising comparisons of a group to animals.
3. Calls for exclusion of a protected group.
`;

const V2 = `# Hate speech

## Rationale

We protect people from attacks on who they are.

## Definitions

**Protected group**: people who share a protected attribute.

## What is not allowed

1. Threats of violence against a protected group.
2. Slurs aimed at a protected group, including **coded** slurs.
3. Dehumanising comparisons of a group to animals.

## Exceptions

Calls for exclusion of a protected group.
`;

describe.each(DIALECTS)('the clause-aware redline on %s', (dialect) => {
  let t: TestApp;
  let owner: TestClient;
  let admin: TestClient;
  let areaId: string;

  beforeEach(async () => {
    t = await createTestApp(dialect);
    owner = await t.signIn('policy_owner');
    admin = await t.signIn('admin');
    areaId = (await owner.post('/api/policy-areas', { name: 'Area' })).json().id;
  });
  afterEach(async () => t.close());

  async function policyWith(slug: string, bodies: string[], restricted = false) {
    await owner.post('/api/policies', { title: 'Hate speech', slug, areaId, ownerIds: [owner.userId], restricted });
    const ids: string[] = [];
    for (const [i, body] of bodies.entries()) {
      const url = `/api/policies/${slug}/versions`;
      const draft = (await owner.post(url, { body })).json();
      await owner.post(`${url}/${draft.id}/transitions`, { version: 1, action: 'submit' });
      await admin.post(`${url}/${draft.id}/transitions`, {
        version: 2,
        action: 'approve',
        effectiveDate: `2025-0${i + 1}-01`,
      });
      await owner.post(`${url}/${draft.id}/transitions`, { version: 3, action: 'publish' });
      ids.push(draft.id);
    }
    return ids;
  }

  it('aligns sections and clauses by their anchors, then compares words inside them', async () => {
    const [v1, v2] = await policyWith('hate-speech', [V1, V2]);
    const res = await owner.get(`/api/policies/hate-speech/redline?from=${v1}&to=${v2}`);
    expect(res.statusCode).toBe(200);
    const redline = res.json();
    expect(redline).toMatchObject({
      policy: { slug: 'hate-speech', title: 'Hate speech' },
      from: { id: v1, label: '1.0' },
      to: { id: v2, label: '1.1' },
      coarse: false,
      coarseReason: null,
      summary: { reworded: 1, added: 2, removed: 0, moved: 1, renumbered: 2, unchanged: 1 },
    });
    expect(redline.sections.map((s: { status: string; to: { title: string } }) => `${s.status} ${s.to.title}`)).toEqual(
      ['unchanged Rationale', 'added Definitions', 'changed What is not allowed', 'added Exceptions'],
    );
    const slurs = redline.sections[2].clauses[1];
    expect(slurs).toMatchObject({
      status: 'renumbered',
      reworded: true,
      from: { number: '2.1', prefix: '1. ' },
      to: { number: '3.2', prefix: '2. ' },
      comparison: 'words',
    });
    expect(slurs.from.anchorId).toBe(slurs.to.anchorId);
    expect(slurs.wordChanges).toContainEqual({ op: 'insert', text: ', including **coded** slurs' });
    expect(redline.sections[3].clauses[0]).toMatchObject({ status: 'moved', movedFrom: '2', to: { number: '4.1' } });
  });

  it('exports the redline as standalone HTML and as CriticMarkup Markdown, safe and without raw Markdown', async () => {
    const hostile = V2.replace(
      'Calls for exclusion',
      'Calls for <script>alert(1)</script><img src=x onerror="alert(2)"> [exclusion](javascript:alert(3))',
    );
    const [v1, v2] = await policyWith('hate-speech', [V1, hostile]);
    const html = await owner.get(`/api/policies/hate-speech/redline.html?from=${v1}&to=${v2}`);
    expect(html.statusCode).toBe(200);
    expect(html.headers['content-type']).toMatch(/^text\/html/);
    expect(html.headers['content-disposition']).toBe('attachment; filename="hate-speech-redline-1.0-to-1.1.html"');
    expect(html.body).toMatch(/^<!doctype html>/);
    const { summary } = (await owner.get(`/api/policies/hate-speech/redline?from=${v1}&to=${v2}`)).json();
    expect(summary).toMatchObject({ reworded: 2, added: 2, moved: 1, renumbered: 2 });
    expect(html.body).toContain('2 clauses reworded, 2 added, 1 moved, 2 renumbered');
    expect(html.body).toContain('<ins style="background:#d3f9d8');
    expect(html.body).toContain('<strong>coded</strong>');
    // The author's HTML arrives as text, never as tags or attributes; a javascript: link loses its target.
    expect(html.body).not.toMatch(/<script|<img|javascript:|onerror="/i);
    expect(html.body).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    const text = html.body.replace(/<[^>]+>/g, '');
    expect(text).not.toMatch(/\*\*|^##/m);

    const md = await owner.get(`/api/policies/hate-speech/redline.md?from=${v1}&to=${v2}`);
    expect(md.statusCode).toBe(200);
    expect(md.headers['content-type']).toMatch(/^text\/markdown/);
    expect(md.body).toContain('2. Slurs aimed at a protected group{++, including **coded** slurs++}.');
    expect(md.body).toContain('1. {++Threats of violence against a protected group.++}');
    expect(md.body).toContain('## §3 What is not allowed {>>was §2<<}');
  });

  it('answers a restricted policy as missing to those who may not see it, and refuses bad version ids', async () => {
    const [v1, v2] = await policyWith('hidden', [V1, V2], true);
    const outsider = await t.signIn('contributor');
    for (const path of ['redline', 'redline.html', 'redline.md'])
      expectProblem(await outsider.get(`/api/policies/hidden/${path}?from=${v1}&to=${v2}`), 404, 'NOT_FOUND');
    expect((await admin.get(`/api/policies/hidden/redline?from=${v1}&to=${v2}`)).statusCode).toBe(200);
    const bad = expectProblem(await owner.get(`/api/policies/hidden/redline?from=nope&to=${v2}`), 400);
    expect(bad.errors?.map((e) => e.path)).toContain('querystring.from');
    const [other] = await policyWith('other', [V1]);
    expectProblem(await owner.get(`/api/policies/hidden/redline?from=${other}&to=${v2}`), 404, 'NOT_FOUND');
  });
});
