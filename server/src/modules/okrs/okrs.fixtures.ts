import type { KeyResultCreate, KeyResultDetail, ObjectiveCreate, ObjectiveDetail } from '@policyops/contracts';
import type { TestClient } from '../../test/test-app.js';

// Seeding helpers for the OKR integration tests (through the API, like every other test).

/** A day in FY2027 Q2 with a January fiscal year (April–June 2027). */
export const TODAY_IN_Q2 = '2027-05-10';

async function created<T>(res: Promise<{ statusCode: number; body: string; json(): unknown }>): Promise<T> {
  const reply = await res;
  if (reply.statusCode !== 201) throw new Error(`expected 201, got ${reply.statusCode}: ${reply.body}`);
  return reply.json() as T;
}

export function createObjective(client: TestClient, body: Partial<ObjectiveCreate> = {}): Promise<ObjectiveDetail> {
  return created(
    client.post('/api/objectives', { periodKey: 'FY2027-Q2', title: 'Make enforcement consistent', ...body }),
  );
}

export function createKeyResult(
  client: TestClient,
  objectiveId: string,
  body: Partial<KeyResultCreate> = {},
): Promise<KeyResultDetail> {
  const binary = body.type === 'milestone' || body.type === 'yes_no';
  const range = binary ? {} : { unit: '%', baseline: 80, target: 90 };
  return created(
    client.post(`/api/objectives/${objectiveId}/key-results`, {
      title: 'Raise QA accuracy on hate speech',
      type: 'increase_to',
      ...range,
      ...body,
    }),
  );
}

export function checkIn(
  client: TestClient,
  keyResultId: string,
  body: { value: number; confidence?: string; comment?: string; date?: string },
): Promise<KeyResultDetail> {
  return created(client.post(`/api/key-results/${keyResultId}/check-ins`, { confidence: 'on_track', ...body }));
}
