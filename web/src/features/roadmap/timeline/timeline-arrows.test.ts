import { describe, expect, it } from 'vitest';
import { arrowShape, criticalStepsOf, isCriticalStep, layerRows, linksInWindow, type RowLink } from './timeline-arrows';

const link = (id: string, fromRow: number, toRow: number): RowLink<string> => ({ link: id, fromRow, toRow });

describe('linksInWindow', () => {
  // Rows 10 to 20 are rendered (overscan included).
  const window = { first: 10, last: 20 };
  const links = [
    link('both in view', 12, 18),
    link('from above', 2, 15),
    link('to below', 14, 40),
    link('first and last rows', 10, 20),
    link('spans the window', 3, 30),
    link('spans it upwards', 30, 3),
    link('all above', 1, 9),
    link('all below', 21, 25),
    link('within one row', 11, 11),
  ];

  it('keeps the links with at least one end among the rendered rows, and skips those passing through', () => {
    expect(linksInWindow(links, window).map((l) => l.link)).toEqual([
      'both in view',
      'from above',
      'to below',
      'first and last rows',
      'within one row',
    ]);
  });

  it('keeps nothing when no row is rendered', () => {
    expect(linksInWindow(links, { first: 0, last: -1 })).toEqual([]);
  });
});

describe('layerRows', () => {
  it('covers the rows in view and a margin, within the rendered rows', () => {
    expect(layerRows({ first: 10, last: 50 }, { startIndex: 22, endIndex: 38 }, 2)).toEqual({ first: 20, last: 40 });
    // At the top of the list the overscan is cut short, and so is the margin.
    expect(layerRows({ first: 0, last: 28 }, { startIndex: 1, endIndex: 16 }, 2)).toEqual({ first: 0, last: 18 });
  });

  it('covers every rendered row before the virtualiser knows what is in view', () => {
    expect(layerRows({ first: 0, last: 12 }, null, 2)).toEqual({ first: 0, last: 12 });
  });
});

describe('arrowShape', () => {
  // From (0, 0) to (100, 400): the bend is half the width, so the control points are (50, 0) and (50, 400).
  const ends = { x1: 0, y1: 0, x2: 100, y2: 400 };

  it('draws an arrow with both ends in the window whole, with its head', () => {
    expect(arrowShape(ends, { top: -100, bottom: 500 })).toEqual({
      path: 'M0,0 C50,0 50,400 100,400',
      head: true,
      cuts: '',
    });
  });

  it('cuts an arrow whose successor is below the window at the bottom edge, with a chevron pointing down', () => {
    // The curve's height is y1 + (y2 - y1)(3t² - 2t³): it crosses y = 200 at t = 1/2, where de Casteljau gives
    // (25, 0), (37.5, 100) and the point (50, 200) for the first half.
    expect(arrowShape(ends, { top: -100, bottom: 200 })).toEqual({
      path: 'M0,0 C25,0 37.5,100 50,200',
      head: false,
      cuts: 'M46,194 L50,199 L54,194',
    });
  });

  it('cuts an arrow whose predecessor is above the window at the top edge, with a chevron pointing up', () => {
    expect(arrowShape(ends, { top: 200, bottom: 600 })).toEqual({
      path: 'M50,200 C62.5,300 75,400 100,400',
      head: true,
      cuts: 'M46,206 L50,201 L54,206',
    });
  });

  it('cuts an arrow running upwards (successor above) at the top edge, pointing up', () => {
    const up = { x1: 0, y1: 400, x2: 100, y2: 0 };
    const shape = arrowShape(up, { top: 200, bottom: 600 });
    expect(shape).toEqual({ path: 'M0,400 C25,400 37.5,300 50,200', head: false, cuts: 'M46,206 L50,201 L54,206' });
  });

  it('cuts where the curve really crosses the edge, off the middle too', () => {
    // 3t² - 2t³ = 0.104 at t = 0.2: the curve's point there is x = 3·0.8·0.04·50 + 3·0.64·0.2·50 + 0.008·100.
    const shape = arrowShape(ends, { top: -100, bottom: 41.6 })!;
    expect(shape.path).toMatch(/ 24\.8,41\.6$/);
    expect(shape.cuts).toBe('M20.8,35.6 L24.8,40.6 L28.8,35.6');
  });

  it('keeps the minimum bend for a short arrow, so that it leaves and enters its bars sideways', () => {
    expect(arrowShape({ x1: 10, y1: 17, x2: 20, y2: 51 }, { top: 0, bottom: 68 })!.path).toBe(
      'M10,17 C34,17 -4,51 20,51',
    );
  });

  it('cuts an arrow that passes through the window at both edges (the chart skips those: see linksInWindow)', () => {
    expect(arrowShape(ends, { top: 100, bottom: 300 })).toMatchObject({
      head: false,
      cuts: expect.stringMatching(/^M.* M/),
    });
  });

  it('draws nothing of an arrow entirely above or below the window', () => {
    expect(arrowShape(ends, { top: 500, bottom: 800 })).toBeNull();
    expect(arrowShape(ends, { top: -300, bottom: -10 })).toBeNull();
  });
});

describe('isCriticalStep', () => {
  const steps = criticalStepsOf(['a', 'm1', 'b', 'c']);
  const dep = (fromId: string, toId: string, fromInitiativeId = fromId, toInitiativeId = toId) => ({
    fromId,
    toId,
    fromInitiativeId,
    toInitiativeId,
  });

  it('is a step when its ends are consecutive on the path, as nodes or by their initiatives', () => {
    expect(isCriticalStep(dep('a', 'm1'), steps)).toBe(true);
    expect(isCriticalStep(dep('b', 'c'), steps)).toBe(true);
    expect(isCriticalStep(dep('x-milestone', 'c', 'b', 'c'), steps)).toBe(true);
  });

  it('is not a step when both ends are on the path but not one after the other, or reversed', () => {
    expect(isCriticalStep(dep('a', 'c'), steps)).toBe(false);
    expect(isCriticalStep(dep('c', 'b'), steps)).toBe(false);
    expect(isCriticalStep(dep('a', 'z'), steps)).toBe(false);
  });
});
