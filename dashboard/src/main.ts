import './style.css';
import {
  createClient,
  DealTotalsDocument,
  DelegationHubError,
  DelegationOutlineDocument,
  RecruitmentProgressDocument,
  type DelegationHubClient,
  type DelegationOutlineQuery,
} from '../../sdk/src/index.js';
import { renderChart, STATUS_LABELS } from './chart.js';
import { renderProgress, renderRows } from './charts.js';
import { progressRows, rowsOf, type Dimension } from './figures.js';
import { pageLanguage, translatePage, WORDS } from './i18n.js';
import { formatUsd, totalsOf, type Totals } from './totals.js';

// the page's language: ?lang=zh|en, else the browser's preference (navigator.languages)
const language = pageLanguage(location.search, navigator.languages);
const words = WORDS[language];
translatePage(document, language);

// the token lives for the browser tab only, and leaves the address bar once read
const TOKEN_KEY = 'delegation-hub.dashboard.token';

interface Settings {
  token: string;
  /** "CIIE-5/QH" (expo key / delegation key) or a delegation's global ID. */
  delegation: string;
}

function byId<T extends Element>(id: string): T {
  const found = document.getElementById(id);
  if (!found) throw new Error(`#${id} is missing from the page`);
  return found as unknown as T;
}

const form = byId<HTMLFormElement>('settings');
const tokenInput = byId<HTMLInputElement>('token');
const delegationInput = byId<HTMLInputElement>('delegation');
const heading = byId<HTMLElement>('heading');
const total = byId<HTMLElement>('total');
const cancelled = byId<HTMLElement>('cancelled');
const chart = byId<SVGSVGElement>('chart');
const status = byId<HTMLElement>('status');
const legend = byId<HTMLElement>('legend');
const progressChart = byId<SVGSVGElement>('progress-chart');

/** The charts of one grouping each, live from their own `dealTotals` subscription. */
const GROUPED: { dimension: Dimension; chart: SVGSVGElement; title: string }[] = [
  {
    dimension: 'EXHIBITION_AREA',
    chart: byId('area-chart'),
    title: words.chartAreas,
  },
  {
    dimension: 'EXHIBITOR_COUNTRY',
    chart: byId('country-chart'),
    title: words.chartCountries,
  },
  { dimension: 'DAY_SIGNED', chart: byId('day-chart'), title: words.chartDays },
];

/** How often recruitment progress is read again (it has no subscription); deals push at once. */
const PROGRESS_EVERY_MS = 10_000;

function readSettings(): Settings {
  const params = new URLSearchParams(location.search);
  const token = params.get('token');
  if (token !== null) {
    sessionStorage.setItem(TOKEN_KEY, token);
    params.delete('token');
    const search = params.toString();
    history.replaceState(null, '', `${location.pathname}${search ? `?${search}` : ''}`);
  }
  const expoKey = params.get('expoKey');
  const key = params.get('key');
  return {
    token: token ?? sessionStorage.getItem(TOKEN_KEY) ?? '',
    delegation: params.get('delegation') ?? (expoKey && key ? `${expoKey}/${key}` : ''),
  };
}

function delegationVariables(delegation: string) {
  const slash = delegation.indexOf('/');
  // global IDs are base64url: a slash means "expo key / delegation key"
  return slash < 0
    ? { id: delegation }
    : { expoKey: delegation.slice(0, slash), key: delegation.slice(slash + 1) };
}

function setStatus(text: string, state: 'idle' | 'live' | 'error'): void {
  status.textContent = text;
  status.dataset['state'] = state;
}

function describe(error: unknown): string {
  if (error instanceof DelegationHubError) {
    switch (error.code) {
      case 'UNAUTHENTICATED':
        return words.refusedToken;
      case 'FORBIDDEN':
        return words.forbidden(error.message);
      case 'NETWORK_ERROR':
      case 'WEBSOCKET_CLOSED':
        return words.unreachable(error.message);
      default:
        return `${error.code}: ${error.message}`;
    }
  }
  return error instanceof Error ? error.message : String(error);
}

let running: { client: DelegationHubClient } | undefined;

async function show(settings: Settings): Promise<void> {
  const previous = running;
  running = undefined;
  await previous?.client.dispose();
  if (!settings.token || !settings.delegation) {
    setStatus(words.enter, 'idle');
    return;
  }
  const client = createClient({
    url: new URL('/graphql', location.href).href,
    token: settings.token,
    // the server's error messages in the page's language
    language,
  });
  const current = { client };
  running = current;
  setStatus(words.connecting, 'idle');
  let delegation: NonNullable<DelegationOutlineQuery['delegation']>;
  try {
    const outline = await client.request(
      DelegationOutlineDocument,
      delegationVariables(settings.delegation),
    );
    if (!outline.delegation) {
      if (running === current) setStatus(words.noDelegation(settings.delegation), 'error');
      return;
    }
    delegation = outline.delegation;
  } catch (error) {
    if (running === current) setStatus(describe(error), 'error');
    return;
  }
  if (running !== current) return; // the form asked for another one meanwhile
  heading.textContent = `${delegation.nameZh} · ${delegation.nameEn} (${delegation.expo.key}/${delegation.key})`;
  document.title = words.documentTitle(language === 'zh' ? delegation.nameZh : delegation.nameEn);
  const live = () => running === current;
  const failed = (error: unknown) => {
    if (live()) setStatus(describe(error), 'error');
  };
  for (const grouped of GROUPED) void follow(client, delegation.id, grouped, live).catch(failed);
  void followProgress(client, delegation.id, live).catch(failed);
  try {
    for await (const message of client.subscribe(DealTotalsDocument, {
      delegationId: delegation.id,
      groupBy: ['SUB_DELEGATION', 'STATUS'],
    })) {
      // the figures are the server's: its total, its subtotals, its groups (see totals.ts)
      const totals = totalsOf(delegation.subDelegations, message.dealTotals);
      total.textContent = words.totalLine(formatUsd(totals.cents), totals.count);
      total.dataset['cents'] = String(totals.cents);
      total.dataset['count'] = String(totals.count);
      showNotCounted(totals);
      showLegend(totals);
      renderChart(chart, totals.bars, words.chartSubDelegations);
      const at = new Date(message.dealTotals.at).toLocaleTimeString();
      setStatus(words.live(at, message.dealTotals.sequence), 'live');
    }
    if (running === current) setStatus(words.ended, 'error');
  } catch (error) {
    if (running === current) setStatus(describe(error), 'error');
  }
}

/** One grouping's chart, drawn again at every push of its subscription. */
async function follow(
  client: DelegationHubClient,
  delegationId: string,
  { dimension, chart: svg, title }: (typeof GROUPED)[number],
  live: () => boolean,
): Promise<void> {
  for await (const message of client.subscribe(DealTotalsDocument, {
    delegationId,
    groupBy: [dimension],
  })) {
    if (!live()) return;
    renderRows(svg, rowsOf(dimension, message.dealTotals.groups), title);
    svg.dataset['sequence'] = String(message.dealTotals.sequence);
  }
}

/** Recruitment against the targets, read now and again every {@link PROGRESS_EVERY_MS}. */
async function followProgress(
  client: DelegationHubClient,
  delegationId: string,
  live: () => boolean,
): Promise<void> {
  while (live()) {
    const { recruitmentProgress } = await client.request(RecruitmentProgressDocument, {
      delegationId,
    });
    if (!live()) return;
    if (recruitmentProgress) {
      renderProgress(progressChart, progressRows(recruitmentProgress), words.chartProgress);
      progressChart.dataset['at'] = new Date().toISOString();
    }
    await new Promise((resolve) => setTimeout(resolve, PROGRESS_EVERY_MS));
  }
}

/** The statuses drawn in the chart. */
function showLegend(totals: Totals): void {
  legend.replaceChildren(
    ...totals.statuses.map((s) => {
      const item = document.createElement('li');
      item.className = `status-${s.toLowerCase()}`;
      item.textContent = STATUS_LABELS[s];
      return item;
    }),
  );
}

/** The deals the server counts in no total (cancelled ones), beside the total. */
function showNotCounted(totals: Totals): void {
  const lines = totals.notCounted.filter((line) => line.count > 0);
  cancelled.textContent = lines.length
    ? words.notCounted(
        lines
          .map((line) => `${line.count} ${line.status.toLowerCase()} (${formatUsd(line.cents)})`)
          .join(', '),
      )
    : '';
  cancelled.dataset['count'] = String(lines.reduce((n, line) => n + line.count, 0));
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  const settings = { token: tokenInput.value.trim(), delegation: delegationInput.value.trim() };
  sessionStorage.setItem(TOKEN_KEY, settings.token);
  const params = new URLSearchParams({ delegation: settings.delegation });
  history.replaceState(null, '', `${location.pathname}?${params}`);
  void show(settings);
});

const initial = readSettings();
tokenInput.value = initial.token;
delegationInput.value = initial.delegation;
void show(initial);
