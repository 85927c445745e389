import type { DealStatus } from '../../sdk/src/index.js';
import { formatUsd, type Bar } from './totals.js';

const SVG = 'http://www.w3.org/2000/svg';

/** The layout every chart of the page shares: a row per bar, labels left of the axis. */
export const WIDTH = 900;
export const LABEL_WIDTH = 300;
export const VALUE_WIDTH = 230;
export const ROW_HEIGHT = 40;
export const BAR_HEIGHT = 22;
export const TOP = 8;

/** Legend text of each status; segments are coloured by their `status-…` class. */
export const STATUS_LABELS: Record<DealStatus, string> = {
  INTENDED: 'Intended 意向',
  SIGNED: 'Signed 签约',
  EXECUTING: 'Executing 履约中',
  FULFILLED: 'Fulfilled 已履约',
  CANCELLED: 'Cancelled 已取消',
};

/** An SVG element with its attributes and text. */
export function element<K extends keyof SVGElementTagNameMap>(
  name: K,
  attributes: Record<string, string | number>,
  text?: string,
): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG, name);
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, String(value));
  if (text !== undefined) node.textContent = text;
  return node;
}

/**
 * Draws one horizontal bar per sub-delegation, stacked by deal status, scaled to the largest
 * bar; each row carries `data-key`, `data-cents` and `data-count` so that what it shows can be
 * checked.
 */
export function renderChart(
  svg: SVGSVGElement,
  bars: readonly Bar[],
  heading = 'Deal totals (USD) per sub-delegation',
): void {
  const height = TOP * 2 + Math.max(bars.length, 1) * ROW_HEIGHT;
  svg.setAttribute('viewBox', `0 0 ${WIDTH} ${height}`);
  svg.setAttribute('role', 'img');
  svg.replaceChildren();
  const scaleWidth = WIDTH - LABEL_WIDTH - VALUE_WIDTH;
  const largest = bars.reduce((max, bar) => (bar.cents > max ? bar.cents : max), 0n);
  const title = element('title', {}, heading);
  svg.append(title);
  svg.append(
    element('line', {
      x1: LABEL_WIDTH,
      x2: LABEL_WIDTH,
      y1: TOP / 2,
      y2: height - TOP / 2,
      class: 'axis',
    }),
  );

  bars.forEach((bar, index) => {
    const y = TOP + index * ROW_HEIGHT;
    const row = element('g', {
      class: 'bar',
      'data-key': bar.key,
      'data-cents': String(bar.cents),
      'data-count': bar.count,
    });
    row.append(
      element('text', { x: LABEL_WIDTH - 10, y: y + 16, class: 'label-zh' }, bar.nameZh),
      element('text', { x: LABEL_WIDTH - 10, y: y + 31, class: 'label-en' }, bar.nameEn),
    );
    let x = LABEL_WIDTH;
    for (const segment of bar.segments) {
      // proportions only: Number() of a ratio, never of money
      const width =
        largest === 0n ? 0 : (Number((segment.cents * 10_000n) / largest) / 10_000) * scaleWidth;
      const rect = element('rect', {
        x,
        y: y + (ROW_HEIGHT - BAR_HEIGHT) / 2,
        width: Math.max(width, segment.cents > 0n ? 1 : 0),
        height: BAR_HEIGHT,
        class: `segment status-${segment.status.toLowerCase()}`,
      });
      rect.append(
        element(
          'title',
          {},
          `${bar.nameEn} · ${segment.status}: ${formatUsd(segment.cents)} (${segment.count} deals)`,
        ),
      );
      row.append(rect);
      x += width;
    }
    row.append(
      element(
        'text',
        { x: x + 8, y: y + ROW_HEIGHT / 2 + 5, class: 'value' },
        bar.count === 0 ? '—' : `${formatUsd(bar.cents)} · ${bar.count}`,
      ),
    );
    svg.append(row);
  });
}
