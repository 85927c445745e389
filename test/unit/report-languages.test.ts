import { readFileSync } from 'node:fs';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { REPORT_EN, reportLanguageOf } from '../../server/src/modules/report/report.export.js';
import { DEAL_STATUS_ZH, TASK_STATUS_ZH } from '../../server/src/modules/report/report.service.js';

const file = new URL('../../server/src/modules/report/report.export.ts', import.meta.url);

/** The Chinese texts the report says through its `L(…)`/`say(…)(…)` (string literals only). */
function textsSaid(): string[] {
  const source = ts.createSourceFile(
    'report.export.ts',
    readFileSync(file, 'utf8'),
    ts.ScriptTarget.Latest,
  );
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) && node.arguments[0] && ts.isStringLiteral(node.arguments[0])) {
      const callee = node.expression.getText(source);
      if (callee === 'L' || callee.startsWith('say(')) found.push(node.arguments[0].text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('the progress report in English', () => {
  it('has English for every text of the report and every status it names', () => {
    const said = textsSaid();
    expect(said.length).toBeGreaterThan(40);
    const all = [...said, ...Object.values(DEAL_STATUS_ZH), ...Object.values(TASK_STATUS_ZH)];
    expect(all.filter((zh) => !Object.hasOwn(REPORT_EN, zh))).toEqual([]);
    for (const [zh, en] of Object.entries(REPORT_EN)) {
      expect(en, zh).not.toMatch(/[\u4e00-\u9fff]/);
      expect([...en.matchAll(/\{\d\}/g)].join(), zh).toBe([...zh.matchAll(/\{\d\}/g)].join());
    }
  });

  it('is Chinese unless the client asks for another language', () => {
    expect(reportLanguageOf(undefined)).toBe('zh');
    expect(reportLanguageOf('*')).toBe('zh');
    expect(reportLanguageOf('zh-CN')).toBe('zh');
    expect(reportLanguageOf('en-US,en;q=0.9')).toBe('en');
    expect(reportLanguageOf('de')).toBe('en');
  });
});
