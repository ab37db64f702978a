// The timeline as a PNG, drawn straight onto a canvas from the year's data (no DOM capture: the
// on-screen timeline is virtualised, the picture has every row up to MAX_ROWS).
import type { RoadmapYear } from '@policyops/contracts';
import { isCriticalStep } from './timeline-arrows';
import type { TimelineRow } from './timeline-data';
import { addDays, monthsOf, scaleOf } from './timeline-scale';
import { colorOf, type ColorBy } from './TimelineBar';

const MAX_ROWS = 600;
const LABEL_W = 280;
const CHART_W = 1460;
const ROW_H = 28;
const HEADER_H = 64;

// Mantine's default palette: shade 1 (track), 5 (progress), 7 (border).
const PALETTE: Record<string, [string, string, string]> = {
  gray: ['#f1f3f5', '#adb5bd', '#495057'],
  blue: ['#d0ebff', '#339af0', '#1971c2'],
  indigo: ['#dbe4ff', '#5c7cfa', '#4263eb'],
  yellow: ['#fff3bf', '#fcc419', '#f59f00'],
  green: ['#d3f9d8', '#51cf66', '#37b24d'],
  red: ['#ffe3e3', '#ff6b6b', '#f03e3e'],
  orange: ['#ffe8cc', '#ff922b', '#f76707'],
};

export async function timelinePng(
  year: RoadmapYear,
  allRows: TimelineRow[],
  critical: { nodes: Set<string>; steps: Set<string> },
  colorBy: ColorBy,
): Promise<Blob> {
  const rows = allRows.slice(0, MAX_ROWS);
  const height = HEADER_H + rows.length * ROW_H + (allRows.length > rows.length ? ROW_H : 0) + 8;
  const ratio = 2;
  const canvas = document.createElement('canvas');
  canvas.width = (LABEL_W + CHART_W) * ratio;
  canvas.height = height * ratio;
  const g = canvas.getContext('2d')!;
  g.scale(ratio, ratio);
  const font = getComputedStyle(document.body).fontFamily || 'sans-serif';
  const scale = scaleOf(year.year.start, year.year.end, CHART_W);
  const X = (iso: string) => LABEL_W + scale.x(iso);
  g.fillStyle = '#fff';
  g.fillRect(0, 0, LABEL_W + CHART_W, height);

  g.fillStyle = '#212529';
  g.font = `700 16px ${font}`;
  g.fillText(`Roadmap ${year.year.label}`, 12, 24);
  g.font = `700 12px ${font}`;
  for (const q of year.quarters) g.fillText(q.label, X(q.start) + 6, 24);
  g.font = `12px ${font}`;
  g.fillStyle = '#495057';
  for (const m of monthsOf(year.year.start, year.year.end)) {
    g.fillText(m.label, X(m.start) + 6, 50);
    g.fillStyle = year.quarters.some((q) => q.start === m.start) ? '#ced4da' : '#e9ecef';
    g.fillRect(X(m.start), year.quarters.some((q) => q.start === m.start) ? 8 : 36, 1, height);
    g.fillStyle = '#495057';
  }
  g.fillStyle = '#dee2e6';
  g.fillRect(0, HEADER_H - 1, LABEL_W + CHART_W, 1);

  const index = new Map<string, number>();
  rows.forEach((r, i) => index.set(r.key, i));
  const yOf = (i: number) => HEADER_H + i * ROW_H;
  const byId = new Map(year.initiatives.map((i) => [i.id, i] as const));
  const milestones = new Map(year.milestones.map((m) => [m.id, m] as const));
  // Arrows first, under the bars.
  for (const d of year.dependencies) {
    const a = index.get(d.fromInitiativeId);
    const b = index.get(d.toInitiativeId);
    if (a === undefined || b === undefined) continue;
    const fm = d.fromType === 'milestone' ? milestones.get(d.fromId) : undefined;
    const tm = d.toType === 'milestone' ? milestones.get(d.toId) : undefined;
    const x1 = fm ? X(fm.date) + 6 : X(addDays(byId.get(d.fromInitiativeId)!.end, 1));
    const x2 = tm ? X(tm.date) - 6 : X(byId.get(d.toInitiativeId)!.start) - 1;
    const y1 = yOf(a) + ROW_H / 2;
    const y2 = yOf(b) + ROW_H / 2;
    const hot = isCriticalStep(d, critical.steps);
    g.strokeStyle = hot ? '#c92a2a' : '#868e96';
    g.lineWidth = hot ? 2.5 : 1.2;
    const bend = Math.max(20, Math.abs(x2 - x1) / 2);
    g.beginPath();
    g.moveTo(x1, y1);
    g.bezierCurveTo(x1 + bend, y1, x2 - bend, y2, x2, y2);
    g.stroke();
    g.fillStyle = g.strokeStyle;
    g.beginPath();
    g.moveTo(x2, y2);
    g.lineTo(x2 - 7, y2 - 4);
    g.lineTo(x2 - 7, y2 + 4);
    g.fill();
  }
  rows.forEach((row, i) => {
    const y = yOf(i);
    if (row.type === 'lane') {
      g.fillStyle = '#f1f3f5';
      g.fillRect(0, y, LABEL_W + CHART_W, ROW_H);
      g.fillStyle = '#212529';
      g.font = `700 13px ${font}`;
      g.fillText(`${row.label} (${row.count})`, 12, y + 18);
      return;
    }
    const it = row.initiative;
    const hot = critical.nodes.has(it.id);
    g.fillStyle = hot ? '#a51111' : '#212529';
    g.font = `${hot ? 700 : 400} 12px ${font}`;
    let title = it.title;
    while (title.length > 4 && g.measureText(title).width > LABEL_W - 24) title = `${title.slice(0, -2)}`;
    g.fillText(title === it.title ? title : `${title}…`, 12, y + 18);
    const [track, fill, border] = PALETTE[colorOf(it, colorBy)] ?? PALETTE.gray!;
    const x = LABEL_W + scale.clampX(it.start);
    const w = Math.max(4, LABEL_W + scale.clampX(addDays(it.end, 1)) - x);
    g.fillStyle = track;
    g.fillRect(x, y + 6, w, ROW_H - 12);
    g.fillStyle = fill;
    g.fillRect(x, y + 6, (w * it.progress) / 100, ROW_H - 12);
    g.strokeStyle = hot ? '#c92a2a' : border;
    g.lineWidth = hot ? 2 : 1;
    g.strokeRect(x, y + 6, w, ROW_H - 12);
    for (const m of row.milestones) {
      const cx = X(m.date) + scale.perDay / 2;
      const cy = y + ROW_H / 2;
      g.beginPath();
      g.moveTo(cx, cy - 6);
      g.lineTo(cx + 6, cy);
      g.lineTo(cx, cy + 6);
      g.lineTo(cx - 6, cy);
      g.closePath();
      g.fillStyle = m.fixed ? '#c92a2a' : m.done ? '#495057' : '#fff';
      g.fill();
      g.strokeStyle = m.fixed ? '#a51111' : '#495057';
      g.lineWidth = 1.5;
      g.stroke();
    }
  });
  if (year.today >= year.year.start && year.today <= year.year.end) {
    g.fillStyle = '#1864ab';
    g.fillRect(X(year.today), HEADER_H - 8, 2, height);
  }
  if (allRows.length > rows.length) {
    g.fillStyle = '#495057';
    g.font = `12px ${font}`;
    g.fillText(`… and ${allRows.length - rows.length} more rows (export CSV for all)`, 12, yOf(rows.length) + 18);
  }
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The picture could not be made'))), 'image/png'),
  );
}
