// @vitest-environment jsdom
import type { MetricImportProblem } from '@policyops/contracts';
import { afterEach, describe, expect, it } from 'vitest';
import { renderInApp, type Rendered } from '../../../test/render-in-app';
import { problemsOfErrors } from './import-labels';
import { ValidationReport } from './ValidationReport';

let view: Rendered | null = null;
afterEach(async () => {
  await view?.unmount();
  view = null;
});

const rowsOf = () =>
  [...document.querySelectorAll('tbody tr')].map((row) =>
    [...row.querySelectorAll('td')].map((cell) => cell.textContent?.trim()),
  );

describe('ValidationReport', () => {
  it('lists each problem with its line, column (code and label) and message, and says nothing was written', async () => {
    const problems: MetricImportProblem[] = [
      { line: 3, field: 'qa_correct', message: 'qa_correct (12) is above qa_sampled (10)' },
      { line: 7, field: null, message: 'The same key as line 4' },
      { line: 0, field: null, message: 'The file is not UTF-8' },
    ];
    view = await renderInApp(<ValidationReport fileName="nov.csv" problems={problems} problemCount={3} />);
    expect(document.body.textContent).toContain('nov.csv was rejected: 3 problems');
    expect(document.body.textContent).toContain('Nothing was written. Fix the rows and upload the file again.');
    expect(document.querySelector('caption')?.textContent).toBe('All 3 problems, by line of the file.');
    expect(rowsOf()).toEqual([
      ['3', 'qa_correctQA-correct decisions', 'qa_correct (12) is above qa_sampled (10)'],
      ['7', 'Whole line', 'The same key as line 4'],
      ['File', 'Whole file', 'The file is not UTF-8'],
    ]);
  });

  it('says when it shows only the first problems of many', async () => {
    const problems = Array.from({ length: 200 }, (_, i) => ({
      line: i + 2,
      field: 'views',
      message: 'must be a whole number',
    }));
    view = await renderInApp(<ValidationReport fileName="big.csv" problems={problems} problemCount={1234} />);
    expect(document.querySelector('caption')?.textContent).toBe('Showing the first 200 of 1,234 problems.');
    expect(document.body.textContent).toContain('big.csv was rejected: 1,234 problems');
    expect(document.querySelectorAll('tbody tr')).toHaveLength(200);
  });
});

describe('problemsOfErrors', () => {
  it('reads the column from body.<column> paths and keeps the line; body alone is the whole line', () => {
    expect(
      problemsOfErrors([
        { path: 'body.market', message: 'Unknown market XX', line: 5 },
        { path: 'body', message: 'Not valid JSON', line: 9 },
        { path: 'body', message: 'Empty file' },
      ]),
    ).toEqual([
      { line: 5, field: 'market', message: 'Unknown market XX' },
      { line: 9, field: null, message: 'Not valid JSON' },
      { line: 0, field: null, message: 'Empty file' },
    ]);
  });
});
