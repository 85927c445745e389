/**
 * The dashboard's words in English and Chinese. The page speaks Chinese when `?lang=zh` says so
 * or, without it, when the browser's first preferred language of the two is Chinese
 * (`navigator.languages`, the list its Accept-Language is made from); English otherwise. Names
 * in the charts are shown in both languages either way, as the data has them.
 */

export type Language = 'en' | 'zh';

/** `?lang=` first, then the first of the browser's languages that is English or Chinese. */
export function pageLanguage(search: string, languages: readonly string[]): Language {
  const asked = new URLSearchParams(search).get('lang')?.toLowerCase();
  if (asked?.startsWith('zh')) return 'zh';
  if (asked?.startsWith('en')) return 'en';
  for (const tag of languages) {
    const primary = tag.toLowerCase().split('-')[0];
    if (primary === 'zh' || primary === 'en') return primary;
  }
  return 'en';
}

/** Texts of the page: the static ones (`data-i18n…` attributes in index.html) and the made ones. */
export const WORDS = {
  en: {
    title: 'Delegation Hub · Live deals',
    liveDeals: 'Live deals',
    token: 'Token',
    tokenPlaceholder: 'Bearer token',
    delegation: 'Delegation',
    delegationPlaceholder: 'CIIE-5/QH or a global ID',
    show: 'Show',
    total: 'Total',
    chartSubDelegations: 'Deal totals (USD) per sub-delegation',
    progressHeading: '招商进度 · Purchasers approved against the targets',
    chartProgress: 'Purchasers approved against the targets',
    chartProgressLong: 'Purchasers approved against the targets, per sub-delegation and lead unit',
    areaHeading: '按展区 · Deal totals by exhibition area',
    chartAreas: 'Deal totals (USD) by exhibition area',
    countryHeading: '按国别 · Deal totals by exhibitor country',
    chartCountries: 'Deal totals (USD) by exhibitor country',
    dayHeading: '按日 · Deals per day signed (Shanghai)',
    chartDays: 'Deal totals (USD) per day signed',
    enter: 'Enter a token and a delegation (e.g. CIIE-5/QH), then Show.',
    connecting: 'Connecting…',
    noDelegation: (reference: string) => `No delegation "${reference}" that this token may read.`,
    refusedToken: 'The token was not accepted: is it complete and not expired?',
    forbidden: (detail: string) =>
      `This token may not watch the deals of this delegation (${detail}).`,
    unreachable: (detail: string) => `The server cannot be reached (${detail}).`,
    totalLine: (usd: string, count: number) => `${usd} in ${count} deal${count === 1 ? '' : 's'}`,
    live: (at: string, sequence: number) => `Live · updated ${at} (#${sequence})`,
    ended: 'The live updates ended.',
    notCounted: (lines: string) => `Not counted: ${lines}`,
    documentTitle: (name: string) => `Deals · ${name}`,
  },
  zh: {
    title: 'Delegation Hub · 实时成交',
    liveDeals: '实时成交',
    token: '令牌',
    tokenPlaceholder: '访问令牌（Bearer token）',
    delegation: '交易团',
    delegationPlaceholder: 'CIIE-5/QH 或全局 ID',
    show: '显示',
    total: '合计',
    chartSubDelegations: '各交易分团成交额（美元）',
    progressHeading: '招商进度 · 已审核采购商对照目标',
    chartProgress: '已审核采购商对照目标',
    chartProgressLong: '已审核采购商对照目标，按交易分团及牵头单位',
    areaHeading: '按展区 · 成交额',
    chartAreas: '按展区的成交额（美元）',
    countryHeading: '按国别 · 成交额（按展商国别）',
    chartCountries: '按展商国别的成交额（美元）',
    dayHeading: '按日 · 每日签约成交（上海时间）',
    chartDays: '按签约日期的成交额（美元）',
    enter: '请输入令牌和交易团（例如 CIIE-5/QH），然后点击“显示”。',
    connecting: '正在连接…',
    noDelegation: (reference: string) => `没有该令牌可读取的交易团“${reference}”。`,
    refusedToken: '令牌未被接受：是否完整且未过期？',
    forbidden: (detail: string) => `该令牌无权查看此交易团的成交（${detail}）。`,
    unreachable: (detail: string) => `无法连接服务器（${detail}）。`,
    totalLine: (usd: string, count: number) => `${usd}，共 ${count} 笔成交`,
    live: (at: string, sequence: number) => `实时 · 更新于 ${at}（#${sequence}）`,
    ended: '实时更新已结束。',
    notCounted: (lines: string) => `未计入：${lines}`,
    documentTitle: (name: string) => `成交 · ${name}`,
  },
} satisfies Record<Language, Record<string, string | ((...args: never[]) => string)>>;

export type Words = (typeof WORDS)['en'];
export type StaticWord = { [K in keyof Words]: Words[K] extends string ? K : never }[keyof Words];

/**
 * Puts the page's static texts in `language`: an element's text (`data-i18n`), its placeholder
 * (`data-i18n-placeholder`) and its aria-label (`data-i18n-label`); and the document's `lang`.
 */
export function translatePage(document: Document, language: Language): void {
  const words = WORDS[language] as Record<string, unknown>;
  const say = (key: string | undefined) => {
    const text = key === undefined ? undefined : words[key];
    return typeof text === 'string' ? text : undefined;
  };
  document.documentElement.lang = language === 'zh' ? 'zh-CN' : 'en';
  document.querySelectorAll<HTMLElement>('[data-i18n]').forEach((node) => {
    const text = say(node.dataset['i18n']);
    if (text !== undefined) node.textContent = text;
  });
  document.querySelectorAll<HTMLElement>('[data-i18n-placeholder]').forEach((node) => {
    const text = say(node.dataset['i18nPlaceholder']);
    if (text !== undefined) node.setAttribute('placeholder', text);
  });
  document.querySelectorAll<HTMLElement>('[data-i18n-label]').forEach((node) => {
    const text = say(node.dataset['i18nLabel']);
    if (text !== undefined) node.setAttribute('aria-label', text);
  });
}
