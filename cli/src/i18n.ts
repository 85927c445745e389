/**
 * The CLI's language: English, or Chinese with `--lang zh` (by default when `LC_ALL`,
 * `LC_MESSAGES` or `LANG` starts with `zh`, as `zh_CN.UTF-8` does). Messages are written as
 * t`…` templates; the English template is the key of {@link ZH} (`{0}`, `{1}`… where the values
 * go), as on the server. The language is also sent to the server (`Accept-Language`), so its
 * error messages come in the same one.
 */

export type Language = 'en' | 'zh';
export const LANGUAGES: readonly Language[] = ['en', 'zh'];

let current: Language = 'en';

/** The language of what the CLI prints from now on. */
export function useLanguage(language: Language): void {
  current = language;
}

export function language(): Language {
  return current;
}

/**
 * `--lang` if given (undefined when it is not `en` or `zh`: the caller refuses it), else the
 * locale of the environment (POSIX order: LC_ALL, LC_MESSAGES, LANG).
 */
export function languageOf(
  flag: string | undefined,
  env: Record<string, string | undefined>,
): Language | undefined {
  if (flag !== undefined) {
    const given = flag.toLowerCase();
    return given.startsWith('zh') ? 'zh' : given.startsWith('en') ? 'en' : undefined;
  }
  const locale = env['LC_ALL'] || env['LC_MESSAGES'] || env['LANG'] || '';
  return locale.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

function keyOf(parts: readonly string[]): string {
  return parts.map((part, i) => (i === 0 ? part : `{${i - 1}}${part}`)).join('');
}

/** A message in the CLI's language: t`wrote ${n} rows to ${file}`. */
export function t(strings: TemplateStringsArray, ...values: unknown[]): string {
  const template = current === 'zh' ? ZH[keyOf(strings)] : undefined;
  if (template === undefined) {
    return strings.map((part, i) => (i === 0 ? part : String(values[i - 1]) + part)).join('');
  }
  return template.replace(/\{(\d+)\}/g, (whole, n: string) =>
    Number(n) < values.length ? String(values[Number(n)]) : whole,
  );
}

/** A column's heading in the aligned table and XLSX (CSV keeps the snake_case name). */
export function heading(name: string): string {
  return current === 'zh' ? (HEADINGS[name] ?? name) : name;
}

const HEADINGS: Record<string, string> = {
  expo: '展会',
  delegation: '交易团',
  delegation_name: '交易团名称',
  sub_delegation: '交易分团',
  sub_delegation_name: '交易分团名称',
  lead_unit: '牵头单位',
  lead_unit_name: '牵头单位名称',
  exhibition_area: '展区',
  exhibition_area_name: '展区名称',
  zone: '专区',
  zone_name: '专区名称',
  exhibitor_country: '展商国别',
  purchaser_category: '采购商类别',
  status: '状态',
  month_signed: '签约月份',
  day_signed: '签约日期',
  count: '数量',
  sum_usd: '合计（美元）',
  avg_usd: '平均（美元）',
  min_usd: '最小（美元）',
  max_usd: '最大（美元）',
  target: '目标',
  invited: '已邀请',
  registered: '已报名',
  approved: '已审核',
  reported: '已上报',
  rejected: '已驳回',
  withdrawn: '已撤回',
  target_met: '达标',
  id: 'ID',
  signed_on: '签约日期',
  created_at: '创建时间',
  purchaser: '采购商',
  purchaser_credit_code: '采购商信用代码',
  exhibitor: '展商',
  goods: '货物',
  currency: '币种',
  amount: '金额',
  usd_rate: '美元汇率',
  amount_usd: '金额（美元）',
};

/** Chinese for every t`…` of the CLI (test/unit/cli-i18n.test.ts holds it complete). */
export const ZH: Readonly<Record<string, string>> = {
  // tables
  Deals: '成交',
  Recruitment: '招募进度',
  'Deal list': '成交清单',
  total: '合计',
  'total (without {0})': '合计（不含 {0}）',
  '{0} deals, {1} in totals': '{0} 笔成交，{1} 笔计入合计',
  yes: '是',
  no: '否',
  // progress and results
  'deal-list: {0} of {1} deals': 'deal-list：已取 {0} / {1} 笔成交',
  'wrote {0} rows to {1}': '已写入 {0} 行到 {1}',
  'wrote the plan of {0} to {1}': '已将 {0} 的方案写入 {1}',
  'checked (dry run, nothing written)': '已检查（试运行，未写入任何内容）',
  'replaced the structure with': '已替换结构为',
  imported: '已导入',
  '{0}: {1} member units, {2} in the leading group, {3} sub-delegations, {4} lead units, {5} duties, {6} contacts{7}':
    '{0}：{1} 个成员单位，领导小组 {2} 人，{3} 个交易分团，{4} 个牵头单位，{5} 项职责，{6} 位联系人{7}',
  ' (delegation {0})': '（交易团 {0}）',
  // refusals
  'the server refused the token (UNAUTHENTICATED): {0}': '服务器拒绝了令牌（UNAUTHENTICATED）：{0}',
  'this token may not read that (FORBIDDEN): {0}': '该令牌无权读取（FORBIDDEN）：{0}',
  'cannot reach {0}: {1}': '无法连接 {0}：{1}',
  'no delegation "{0}" that this token may read': '没有该令牌可读取的交易团“{0}”',
  'no edition "{0}" that this token may read': '没有该令牌可读取的届次“{0}”',
  'no recruitment progress of {0} for this token': '该令牌无法读取 {0} 的招募进度',
  // bad arguments
  '{0} (see --help)': '{0}（见 --help）',
  '--group-by: unknown dimension "{0}"; one of {1}': '--group-by：未知维度“{0}”；可选 {1}',
  '--filter-json is not valid JSON: {0}': '--filter-json 不是有效的 JSON：{0}',
  '--filter-json must be a JSON object (a DealFilter)':
    '--filter-json 必须是 JSON 对象（DealFilter）',
  '--format: "{0}" is not one of {1}': '--format：“{0}”不是 {1} 之一',
  '--page-size: "{0}" is not a whole number from 1 to 500':
    '--page-size：“{0}”不是 1 到 500 之间的整数',
  '--url: "{0}" is not a URL': '--url：“{0}”不是 URL',
  'no token: give --token or set DELEGATION_HUB_TOKEN':
    '缺少令牌：请给出 --token 或设置 DELEGATION_HUB_TOKEN',
  '--format: "{0}" is not json or xlsx': '--format：“{0}”不是 json 或 xlsx',
  'unknown plan action "{0}": import or export': '未知的方案操作“{0}”：import 或 export',
  'plan import or plan export?': 'plan import 还是 plan export？',
  'unexpected argument "{0}"': '多余的参数“{0}”',
  'plan import needs --file FILE (.json or .xlsx)':
    'plan import 需要 --file FILE（.json 或 .xlsx）',
  'plan import needs --delegation REF or --expo KEY, one of the two':
    'plan import 需要 --delegation REF 或 --expo KEY，二者之一',
  'plan export needs --delegation (e.g. --delegation CIIE-6/GS)':
    'plan export 需要 --delegation（例如 --delegation CIIE-6/GS）',
  'an XLSX plan is a binary file: give --out FILE.xlsx':
    'XLSX 方案是二进制文件：请给出 --out FILE.xlsx',
  'unknown command "{0}"': '未知命令“{0}”',
  'no command given': '未给出命令',
  'which report? deals, progress or deal-list': '哪个报表？deals、progress 或 deal-list',
  'unknown report "{0}": deals, progress or deal-list':
    '未知报表“{0}”：deals、progress 或 deal-list',
  'report progress needs --delegation (e.g. --delegation CIIE-5/QH)':
    'report progress 需要 --delegation（例如 --delegation CIIE-5/QH）',
  '--format xlsx writes a binary file: give --out FILE.xlsx':
    '--format xlsx 写出二进制文件：请给出 --out FILE.xlsx',
  '--lang: "{0}" is not zh or en': '--lang：“{0}”不是 zh 或 en',
};
