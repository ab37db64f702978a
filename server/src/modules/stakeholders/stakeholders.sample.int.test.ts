import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS, createSampleTestApp, type TestApp, type TestClient } from '../../test/test-app.js';

describe.each(DIALECTS)('the sample stakeholder directory on %s', (dialect) => {
  let t: TestApp;
  let admin: TestClient;
  beforeAll(async () => {
    ({ t, admin } = await createSampleTestApp(dialect));
  }, 120_000); // the worker's first use of the sample loads it for real
  afterAll(async () => t.close());

  type Entry = {
    id: string;
    name: string;
    kind: string;
    function: string | null;
    team: string | null;
    region: string | null;
    title: string | null;
  };
  const directory = async (query: string): Promise<Entry[]> =>
    (await admin.get(`/api/stakeholders?limit=200${query}`)).json().items;

  it('lists the six contacts and every account with its first team’s function', async () => {
    const contacts = await directory('&kind=contact');
    expect(contacts.map((c) => c.name).sort()).toEqual(
      ['Ana Souza', 'Inès Laurent', 'Kwame Boateng', 'Rosa Jiménez', 'Tom Becker', 'Wei Zhang'].sort(),
    );
    expect(contacts.find((c) => c.name === 'Inès Laurent')).toMatchObject({
      function: 'legal',
      region: 'EMEA',
      title: 'Outside counsel (DSA)',
    });
    const accounts = await directory('&kind=account');
    expect(accounts.find((a) => a.name === 'Olivia Brown')).toMatchObject({
      function: 'legal',
      team: 'Trust & Safety Legal',
    });
    expect(accounts.find((a) => a.name === 'Sofia Lindqvist')).toMatchObject({ region: 'EMEA', function: 'regional' });
  });

  it('has RACI matrices with one Accountable and people not yet placed on the map', async () => {
    const initiatives = (await admin.get('/api/roadmap/initiatives?limit=200')).json().items as {
      id: string;
      title: string;
    }[];
    const ai = initiatives.find((i) => i.title === 'AI-generated content labelling policy');
    expect(ai).toBeDefined();
    const matrix = (await admin.get(`/api/raci/initiative/${ai!.id}`)).json();
    expect(matrix.version).toBe(1);
    expect(matrix.rows.filter((r: { role: string }) => r.role === 'A')).toHaveLength(1);
    expect(matrix.rows.some((r: { quadrant: string | null }) => r.quadrant === null)).toBe(true);
    expect(new Set(matrix.rows.map((r: { quadrant: string | null }) => r.quadrant))).toEqual(
      new Set(['manage_closely', 'keep_satisfied', 'keep_informed', 'monitor', null]),
    );
  });
});
