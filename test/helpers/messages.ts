import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { keyOf } from '../../server/src/i18n/message.js';

/** A text the server says to users, where it is written. */
export interface Said {
  key: string;
  at: string;
}

/** Functions that make an error for the client, and which argument is its message. */
const MESSAGE_ARGUMENT: Record<string, number> = {
  badInput: 1,
  AppError: 1,
  forbidden: 0,
  inUse: 1,
  unauthenticated: 0,
  csvError: 2,
  sendGraphQLError: 3,
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return path.endsWith('.ts') && !path.endsWith('.d.ts') ? [path] : [];
  });
}

const isText = (node: ts.Node) =>
  ts.isStringLiteral(node) ||
  ts.isNoSubstitutionTemplateLiteral(node) ||
  ts.isTemplateExpression(node);

/**
 * What the server's source says to users, read with the TypeScript compiler: every msg`…`
 * template (its catalog key; the CLI's are `t`), every noun a message names (`notFound('Purchaser')`,
 * `noun('…')`, `byIdOrNotFound(relation, id, '…')`, `what: 'The deal'` of a version conflict), the phrases `require…` rules put in
 * their refusals (`requireExpoBureau(viewer, expoId, 'add exhibitors')`), and the verbs and
 * records of an INVALID_TRANSITION (`invalidTransition('publish', 'a need', …)`, `verb: '…'`). `untagged` lists
 * messages handed to an error as plain strings, which no catalog can translate.
 */
export function messagesOf(root: string, tag = 'msg'): { said: Said[]; untagged: Said[] } {
  const said: Said[] = [];
  const untagged: Said[] = [];
  for (const file of sourceFiles(root)) {
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest);
    const at = (node: ts.Node) =>
      `${relative(root, file)}:${source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1}`;
    const visit = (node: ts.Node): void => {
      if (ts.isTaggedTemplateExpression(node) && node.tag.getText(source) === tag) {
        const template = node.template;
        const parts = ts.isNoSubstitutionTemplateLiteral(template)
          ? [template.text]
          : [template.head.text, ...template.templateSpans.map((span) => span.literal.text)];
        said.push({ key: keyOf(parts), at: at(node) });
      }
      if (ts.isCallExpression(node) || ts.isNewExpression(node)) {
        const callee = node.expression;
        const name = ts.isIdentifier(callee) ? callee.text : undefined;
        const args = node.arguments ?? ts.factory.createNodeArray();
        if ((name === 'notFound' || name === 'noun') && args[0] && ts.isStringLiteral(args[0])) {
          said.push({ key: args[0].text, at: at(args[0]) });
        }
        // `ctx.loaders.byIdOrNotFound(relation, id, 'Trip')`: the noun of its NOT_FOUND
        if (
          ts.isPropertyAccessExpression(callee) &&
          callee.name.text === 'byIdOrNotFound' &&
          args[2] &&
          ts.isStringLiteral(args[2])
        ) {
          said.push({ key: args[2].text, at: at(args[2]) });
        }
        if (name === 'invalidTransition' || name === 'stepRefused') {
          // the verb and the record of "Cannot approve a purchaser that is …"
          for (const arg of args.slice(0, 2)) {
            if (ts.isStringLiteral(arg)) said.push({ key: arg.text, at: at(arg) });
          }
        }
        if (name?.startsWith('require')) {
          for (const arg of args) {
            if (ts.isStringLiteral(arg) && arg.text.includes(' '))
              said.push({ key: arg.text, at: at(arg) });
          }
        }
        const index = name === undefined ? undefined : MESSAGE_ARGUMENT[name];
        const message = index === undefined ? undefined : args[index];
        if (message) {
          const leaves = (e: ts.Expression): ts.Expression[] =>
            ts.isConditionalExpression(e)
              ? [...leaves(e.whenTrue), ...leaves(e.whenFalse)]
              : ts.isParenthesizedExpression(e)
                ? leaves(e.expression)
                : [e];
          for (const leaf of leaves(message)) {
            if (isText(leaf)) untagged.push({ key: leaf.getText(source), at: at(leaf) });
          }
        }
      }
      if (
        ts.isPropertyAssignment(node) &&
        ['what', 'verb'].includes(node.name.getText(source)) &&
        ts.isStringLiteral(node.initializer)
      ) {
        said.push({ key: node.initializer.text, at: at(node.initializer) });
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return { said, untagged };
}

/** The `{0}`, `{1}`… a template has, sorted. */
export function placeholdersOf(template: string): string[] {
  return [...template.matchAll(/\{\d+\}/g)].map((m) => m[0]).sort();
}
