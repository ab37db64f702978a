import type { TestApp, TestClient } from '../../test/test-app.js';

/** The directory id of a signed-in person (their row is made on first use). */
export async function stakeholderOf(t: TestApp, client: TestClient): Promise<string> {
  return (await t.services.stakeholders.directory.forUser(t.database.scope, client.userId)).id;
}

/** Records a decision through the API; throws unless 201. */
export async function record(client: TestClient, body: Record<string, unknown>) {
  const res = await client.post('/api/decisions', { title: 'Label realistic AI-generated video', ...body });
  if (res.statusCode !== 201) throw new Error(`create failed: ${res.statusCode} ${res.body}`);
  return res.json() as { id: string; key: string; version: number; status: string };
}

/** Records and accepts a decision; returns it accepted. */
export async function accepted(client: TestClient, body: Record<string, unknown>) {
  const created = await record(client, body);
  const res = await client.post(`/api/decisions/${created.id}/accept`, { version: created.version });
  if (res.statusCode !== 200) throw new Error(`accept failed: ${res.statusCode} ${res.body}`);
  return res.json() as { id: string; key: string; version: number; status: string };
}
