import { expect } from 'vitest';
import type { TestApp, TestClient } from '../../test/test-app.js';

/** The stakeholder id of a signed-in person (their directory row, made on first use). */
export async function stakeholderOf(t: TestApp, client: TestClient): Promise<string> {
  return (await t.services.stakeholders.directory.forUser(t.database.scope, client.userId)).id;
}

/** A contact of the directory (no account), created through the API by someone who manages it. */
export async function contact(manager: TestClient, name: string, email: string | null = null): Promise<string> {
  const res = await manager.post('/api/stakeholders', { name, email });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id;
}

export interface ActionView {
  id: string;
  title: string;
  version: number;
  status: string;
  overdue: boolean;
  dueDate: string | null;
  owner: { id: string; name: string } | null;
  abilities: { update: boolean; changeStatus: boolean };
}

/** Creates an action through the API, expecting 201. */
export async function addAction(client: TestClient, body: Record<string, unknown>): Promise<ActionView> {
  const res = await client.post('/api/action-items', body);
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}
