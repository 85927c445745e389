import type { ProgressRow, Row } from './figures.js';
import { BAR_HEIGHT, element, LABEL_WIDTH, ROW_HEIGHT, TOP, VALUE_WIDTH, WIDTH } from './chart.js';
import { formatUsd } from './totals.js';

function frame(svg: SVGSVGElement, rows: number, title: string): number {
  const height = TOP * 2 + Math.max(rows, 1) * ROW_HEIGHT;
  svg.setAttribute('viewBox', `0 0 ${WIDTH} ${height}`);
  svg.setAttribute('role', 'img');
  svg.replaceChildren(element('title', {}, title));
  svg.append(
    element('line', {
      x1: LABEL_WIDTH,
      x2: LABEL_WIDTH,
      y1: TOP / 2,
      y2: height - TOP / 2,
      class: 'axis',
    }),
  );
  return WIDTH - LABEL_WIDTH - VALUE_WIDTH;
}

/** `text` cut to `max` characters with an ellipsis (the whole of it in the row's tooltip). */
function clipped(text: string, max: number): string {
  return [...text].length > max ? `${[...text].slice(0, max - 1).join('')}…` : text;
}

/** A row's two labels, right-aligned before the axis; the whole names as its tooltip. */
function labels(row: { labelZh: string; labelEn: string }, y: number): SVGElement[] {
  return [
    element('title', {}, `${row.labelZh} · ${row.labelEn}`),
    element(
      'text',
      { x: LABEL_WIDTH - 10, y: y + 16, class: 'label-zh' },
      clipped(row.labelZh, 18),
    ),
    element(
      'text',
      { x: LABEL_WIDTH - 10, y: y + 31, class: 'label-en' },
      clipped(row.labelEn, 44),
    ),
  ];
}

/** A share of `scale` pixels: Number() of a ratio, never of money. */
function share(part: bigint, whole: bigint, scale: number): number {
  return whole === 0n ? 0 : (Number((part * 10_000n) / whole) / 10_000) * scale;
}

/**
 * One horizontal bar per row, to scale of the largest; each row carries `data-key`,
 * `data-cents` and `data-count` so that what it shows can be checked against the server.
 */
export function renderRows(svg: SVGSVGElement, rows: readonly Row[], title: string): void {
  const scale = frame(svg, rows.length, title);
  const largest = rows.reduce((max, row) => (row.cents > max ? row.cents : max), 0n);
  if (rows.length === 0) {
    svg.append(
      element(
        'text',
        { x: LABEL_WIDTH + 10, y: TOP + 25, class: 'value' },
        'No deals yet · 暂无成交',
      ),
    );
  }
  rows.forEach((row, index) => {
    const y = TOP + index * ROW_HEIGHT;
    const g = element('g', {
      class: 'bar',
      'data-key': row.key,
      'data-cents': String(row.cents),
      'data-count': row.count,
    });
    const width = share(row.cents, largest, scale);
    const rect = element('rect', {
      x: LABEL_WIDTH,
      y: y + (ROW_HEIGHT - BAR_HEIGHT) / 2,
      width: Math.max(width, row.cents > 0n ? 1 : 0),
      height: BAR_HEIGHT,
      class: 'segment status-signed',
    });
    rect.append(
      element('title', {}, `${row.labelEn}: ${formatUsd(row.cents)} (${row.count} deals)`),
    );
    g.append(
      ...labels(row, y),
      rect,
      element(
        'text',
        { x: LABEL_WIDTH + width + 8, y: y + ROW_HEIGHT / 2 + 5, class: 'value' },
        `${formatUsd(row.cents)} · ${row.count}`,
      ),
    );
    svg.append(g);
  });
}

/**
 * Recruitment against the targets: per sub-delegation and, indented under it, per lead unit, a
 * bar of the purchasers approved (or reported) and a mark at the target, to scale of the larger
 * of the largest target and the largest count; each row carries `data-key`, `data-approved`,
 * `data-target` and `data-met`.
 */
export function renderProgress(
  svg: SVGSVGElement,
  rows: readonly ProgressRow[],
  title = 'Purchasers approved against the targets',
): void {
  const scale = frame(svg, rows.length, title);
  const largest = rows.reduce((max, row) => Math.max(max, row.approved, row.target ?? 0), 0);
  const x = (n: number) => LABEL_WIDTH + (largest === 0 ? 0 : (n / largest) * scale);
  rows.forEach((row, index) => {
    const y = TOP + index * ROW_HEIGHT;
    const g = element('g', {
      class: row.lead ? 'progress lead' : 'progress',
      'data-key': row.key,
      'data-approved': row.approved,
      'data-target': row.target ?? '',
      'data-met': row.targetMet === null ? '' : String(row.targetMet),
    });
    const top = y + (ROW_HEIGHT - BAR_HEIGHT) / 2;
    g.append(
      ...labels({ labelZh: row.lead ? `└ ${row.labelZh}` : row.labelZh, labelEn: row.labelEn }, y),
      element('rect', {
        x: LABEL_WIDTH,
        y: top,
        width: x(row.approved) - LABEL_WIDTH,
        height: BAR_HEIGHT,
        class: row.targetMet === false ? 'approved behind' : 'approved',
      }),
    );
    if (row.target !== null) {
      g.append(
        element('line', {
          x1: x(row.target),
          x2: x(row.target),
          y1: top - 4,
          y2: top + BAR_HEIGHT + 4,
          class: 'target',
        }),
      );
    }
    g.append(
      element(
        'text',
        {
          x: Math.max(x(row.approved), x(row.target ?? 0)) + 8,
          y: y + ROW_HEIGHT / 2 + 5,
          class: 'value',
        },
        row.target === null ? `${row.approved}` : `${row.approved} / ${row.target}`,
      ),
    );
    svg.append(g);
  });
}
