// Helpers for the roadmap's integration tests: people with the roles that matter, and initiatives
// created through the API (never behind it).
import type { InitiativeCreate } from '@policyops/contracts';
import { expect } from 'vitest';
import type { TestApp, TestClient } from '../../test/test-app.js';

export interface RoadmapCast {
  admin: TestClient;
  pm: TestClient;
  owner: TestClient;
  otherOwner: TestClient;
  contributor: TestClient;
  xfn: TestClient;
  viewer: TestClient;
}

export async function castOf(t: TestApp): Promise<RoadmapCast> {
  return {
    admin: await t.signIn('admin'),
    pm: await t.signIn('program_manager'),
    owner: await t.signIn('policy_owner'),
    otherOwner: await t.signIn('policy_owner'),
    contributor: await t.signIn('contributor'),
    xfn: await t.signIn('xfn_reviewer'),
    viewer: await t.signIn('viewer'),
  };
}

export type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** Creates an initiative as `by` (a program manager) and returns its reply. */
export async function createInitiative(
  by: TestClient,
  input: Partial<InitiativeCreate> & { ownerId: string },
): Promise<Json> {
  const res = await by.post('/api/roadmap/initiatives', {
    title: 'Refresh the bullying policy',
    start: '2027-01-01',
    end: '2027-06-30',
    ...input,
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as Json;
}

export async function addMilestone(
  by: TestClient,
  initiativeId: string,
  input: { title: string; date: string; kind?: string; done?: boolean },
): Promise<Json> {
  const res = await by.post(`/api/roadmap/initiatives/${initiativeId}/milestones`, input);
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as Json;
}

export const MISSING = '01900000-0000-7000-8000-000000000000';
