import { saveFile } from '../../../lib/save-file';

/** A column of a chart's data: how a row reads in the CSV (raw value) and in the table (formatted). */
export interface ChartColumn<Row> {
  label: string;
  /** The raw value for the CSV: numbers unformatted, so a spreadsheet can compute with them. */
  value: (row: Row) => string | number | null | undefined;
  /** The value as the table alternative shows it; the raw value when absent. */
  display?: (row: Row) => string;
  /** In the CSV only (interval ends, counts the table already shows in a cell). */
  csvOnly?: boolean;
}

// A cell a spreadsheet would run as a formula (`=HYPERLINK(...)` in a policy title) is written as
// text; numbers are never touched, so a negative change stays a number.
const FORMULA_START = /^[=+@\t\r]/;

function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** RFC 4180 CSV: a header line, CRLF line ends, fields with a comma, quote or line break in quotes. */
export function toCsv<Row>(columns: readonly ChartColumn<Row>[], rows: readonly Row[]): string {
  const lines = [columns.map((column) => csvCell(column.label))];
  for (const row of rows) lines.push(columns.map((column) => csvCell(column.value(row))));
  return `${lines.map((cells) => cells.join(',')).join('\r\n')}\r\n`;
}

/** "Overturn rate · hate-speech" on 2026-12-01 → "overturn-rate-hate-speech-2026-12-01.png". */
export function exportFileName(title: string, extension: 'csv' | 'png', today: Date = new Date()): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/g, '');
  const day = today.toISOString().slice(0, 10);
  return `${slug || 'chart'}-${day}.${extension}`;
}

export function downloadCsv<Row>(title: string, columns: readonly ChartColumn<Row>[], rows: readonly Row[]): void {
  // The byte-order mark makes Excel read the file as UTF-8 (market names, en dashes).
  saveFile(
    new Blob(['\uFEFF', toCsv(columns, rows)], { type: 'text/csv;charset=utf-8' }),
    exportFileName(title, 'csv'),
  );
}

// The properties recharts and Mantine set through CSS (custom properties, classes): an SVG drawn as an
// image sees no stylesheet, so each is copied from the live element onto its clone.
const INLINED = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-opacity',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'text-anchor',
  'dominant-baseline',
  'visibility',
  'display',
] as const;

function inlineStyles(source: Element, target: Element): void {
  const computed = window.getComputedStyle(source);
  const style = INLINED.map((name) => `${name}:${computed.getPropertyValue(name)}`).join(';');
  target.setAttribute('style', style);
  const sourceChildren = source.children;
  const targetChildren = target.children;
  for (let i = 0; i < sourceChildren.length; i += 1) {
    const child = targetChildren[i];
    const original = sourceChildren[i];
    if (child && original) inlineStyles(original, child);
  }
}

export interface PngOptions {
  title: string;
  /** Series names and colours, drawn under the title: the chart's legend is HTML, not part of the SVG. */
  legend?: readonly { label: string; color: string }[];
  scale?: number;
}

const PADDING = 16;
const TITLE_HEIGHT = 28;
const LEGEND_HEIGHT = 22;

/**
 * Draws the chart's SVG on a white canvas under its title and legend, in the page's font, and returns
 * a PNG. Done in the browser so that what is saved is what the person sees, at twice the resolution.
 */
export async function svgToPng(svg: SVGSVGElement, { title, legend = [], scale = 2 }: PngOptions): Promise<Blob> {
  const { width, height } = svg.getBoundingClientRect();
  const clone = svg.cloneNode(true) as SVGSVGElement;
  inlineStyles(svg, clone);
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(height));
  const markup = new XMLSerializer().serializeToString(clone);
  const image = new Image();
  const url = URL.createObjectURL(new Blob([markup], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    await new Promise<void>((resolve, reject) => {
      image.onload = () => resolve();
      image.onerror = () => reject(new Error('The chart could not be drawn as an image'));
      image.src = url;
    });
    const font = window.getComputedStyle(document.body).fontFamily;
    const top = PADDING + TITLE_HEIGHT + (legend.length > 0 ? LEGEND_HEIGHT : 0);
    const canvas = document.createElement('canvas');
    canvas.width = Math.ceil((width + 2 * PADDING) * scale);
    canvas.height = Math.ceil((height + top + PADDING) * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('This browser cannot draw images');
    context.scale(scale, scale);
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, width + 2 * PADDING, height + top + PADDING);
    context.fillStyle = '#212529';
    context.textBaseline = 'top';
    context.font = `600 16px ${font}`;
    context.fillText(title, PADDING, PADDING);
    let x = PADDING;
    context.font = `13px ${font}`;
    for (const item of legend) {
      context.fillStyle = item.color;
      context.fillRect(x, PADDING + TITLE_HEIGHT + 3, 10, 10);
      context.fillStyle = '#495057';
      context.fillText(item.label, x + 14, PADDING + TITLE_HEIGHT + 1);
      x += 14 + context.measureText(item.label).width + 16;
    }
    context.drawImage(image, PADDING, top, width, height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (blob) => (blob ? resolve(blob) : reject(new Error('The image could not be encoded'))),
        'image/png',
      ),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

export async function downloadPng(svg: SVGSVGElement, options: PngOptions): Promise<void> {
  saveFile(await svgToPng(svg, options), exportFileName(options.title, 'png'));
}
