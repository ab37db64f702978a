import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS, createTestApp, type TestApp, type TestClient } from '../../test/test-app.js';
import { TODAY_IN_Q2, checkIn, createKeyResult, createObjective } from './okrs.fixtures.js';

// Real, public OKR examples (../shared/data/okr-examples, read here and never copied into the
// project): every key result phrased "… from X to Y" becomes an increase or decrease key result,
// and a check-in half way must read 50% whatever the direction, scale or unit.
const EXAMPLES = fileURLToPath(new URL('../../../../../shared/data/okr-examples/okrs-by-clickup.md', import.meta.url));

interface ExampleKr {
  objective: string;
  title: string;
  type: 'increase_to' | 'decrease_to';
  unit: string;
  baseline: number;
  target: number;
}

function measurableKeyResults(markdown: string): ExampleKr[] {
  const out: ExampleKr[] = [];
  let objective = '';
  for (const line of markdown.split('\n').map((l) => l.trim())) {
    if (!line || line.startsWith('#') || line.startsWith('➤')) continue;
    if (!line.startsWith('*')) {
      objective = line;
      continue;
    }
    const match = /from (\d+(?:\.\d+)?)(%?) to (\d+(?:\.\d+)?)(%?)/.exec(line);
    if (!match || !objective) continue;
    const baseline = Number(match[1]);
    const target = Number(match[3]);
    if (baseline === target) continue;
    out.push({
      objective,
      title: line.replace(/^\*\s*/, '').slice(0, 300),
      type: target > baseline ? 'increase_to' : 'decrease_to',
      unit: match[2] || match[4] ? '%' : '',
      baseline,
      target,
    });
  }
  return out;
}

describe.each(DIALECTS)('real OKR examples on %s', (dialect) => {
  let t: TestApp;
  let pm: TestClient;
  const examples = measurableKeyResults(readFileSync(EXAMPLES, 'utf8'));
  beforeAll(async () => {
    t = await createTestApp(dialect);
    t.clock.setToday(TODAY_IN_Q2);
    pm = await t.signIn('program_manager');
  });
  afterAll(async () => t.close());

  it('reads both directions from the published examples', () => {
    expect(examples.length).toBeGreaterThanOrEqual(25);
    expect(examples.some((e) => e.type === 'decrease_to')).toBe(true);
    expect(examples.some((e) => e.unit === '' && !Number.isInteger(e.baseline))).toBe(true);
  });

  it('scores each half way at 50%, and rolls each objective up to the mean of its key results', async () => {
    const objectives = new Map<string, string>();
    const expected = new Map<string, number[]>();
    for (const example of examples) {
      let objectiveId = objectives.get(example.objective);
      if (!objectiveId) {
        objectiveId = (await createObjective(pm, { title: example.objective.slice(0, 200) })).id;
        objectives.set(example.objective, objectiveId);
      }
      const kr = await createKeyResult(pm, objectiveId, {
        title: example.title,
        type: example.type,
        unit: example.unit,
        baseline: example.baseline,
        target: example.target,
      });
      const half = await checkIn(pm, kr.id, { value: (example.baseline + example.target) / 2 });
      expect({ title: example.title, progress: half.progress }).toEqual({ title: example.title, progress: 50 });
      const beyond = await checkIn(pm, kr.id, { value: example.target + (example.target - example.baseline) });
      expect(beyond.progress).toBe(100);
      const back = await checkIn(pm, kr.id, { value: example.baseline });
      expect(back.progress).toBe(0);
      expected.set(objectiveId, [...(expected.get(objectiveId) ?? []), 0]);
    }
    for (const [objectiveId, terms] of expected) {
      const objective = (await pm.get(`/api/objectives/${objectiveId}`)).json();
      expect(objective.progressFormula).toBe(
        `average of ${terms.length} key result${terms.length === 1 ? '' : 's'}: (${terms.map(() => '0%').join(' + ')}) / ${terms.length} = 0.0%`,
      );
    }
  });
});
