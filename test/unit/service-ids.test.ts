import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * Services speak the domain: they take uuids and name the fields at fault relative to their
 * command (`version`, `attendees.0.name`); resolvers decode global IDs and root the paths at the
 * argument that held them (`input.version`). Held for every service there is and will be: each
 * `*.service.ts` under server/src/modules, and every module file a service imports (its helpers,
 * rules, placement), found by following the imports, not by a list.
 */

const root = resolve(new URL('../../', import.meta.url).pathname);
const modules = join(root, 'server/src/modules');
const graphql = join(root, 'server/src/graphql');

/** The resolver-side modules: global IDs (relay.ts) and input paths (paths.ts). */
const RELAY = join(graphql, 'relay.ts');
const PATHS = join(graphql, 'paths.ts');

/**
 * What a service may take from relay.ts: encoding a uuid it already has (audit payloads, a
 * message naming a record), in JavaScript or as SQL (`globalIdSql`, for an audit payload a
 * one-statement write builds), and the types of what it returns. Anything else there, present
 * or added later, decodes or places IDs: the resolver's job. Nothing from paths.ts.
 */
const ALLOWED_FROM_RELAY = new Set(['toGlobalId', 'globalIdSql', 'Typed', 'Node']);

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

function parse(file: string): ts.SourceFile {
  return ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
}

/** Each relative import or re-export of `source`: the file it names, and the names it takes. */
function importsOf(source: ts.SourceFile): { file: string; names: string[] | '*' }[] {
  const found: { file: string; names: string[] | '*' }[] = [];
  for (const statement of source.statements) {
    if (
      !(ts.isImportDeclaration(statement) || ts.isExportDeclaration(statement)) ||
      !statement.moduleSpecifier ||
      !ts.isStringLiteral(statement.moduleSpecifier) ||
      !statement.moduleSpecifier.text.startsWith('.')
    ) {
      continue;
    }
    const file = resolve(
      dirname(source.fileName),
      statement.moduleSpecifier.text.replace(/\.js$/, '.ts'),
    );
    let names: string[] | '*' = [];
    if (ts.isImportDeclaration(statement)) {
      const clause = statement.importClause;
      const bindings = clause?.namedBindings;
      if (clause?.name || (bindings && ts.isNamespaceImport(bindings))) names = '*';
      else if (bindings) names = bindings.elements.map((e) => (e.propertyName ?? e.name).text);
    } else {
      const clause = statement.exportClause;
      names =
        clause && ts.isNamedExports(clause)
          ? clause.elements.map((e) => (e.propertyName ?? e.name).text)
          : '*';
    }
    found.push({ file, names });
  }
  return found;
}

/** Every `*.service.ts` under modules/, and the module files they import, transitively. */
function serviceFiles(): string[] {
  const seen = new Set<string>();
  const todo = filesUnder(modules).filter((f) => f.endsWith('.service.ts'));
  while (todo.length > 0) {
    const file = todo.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const { file: imported } of importsOf(parse(file))) {
      if (imported.startsWith(`${modules}/`)) todo.push(imported);
    }
  }
  return [...seen].sort();
}

/** Field paths rooted at the `input` argument, written as text: `'input.name'`, `` `input.${f}` ``. */
function inputPaths(source: ts.SourceFile): string[] {
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    const text =
      ts.isStringLiteral(node) ||
      ts.isNoSubstitutionTemplateLiteral(node) ||
      ts.isTemplateHead(node)
        ? node.text
        : undefined;
    if (text !== undefined && /^input(?:\.|$)/.test(text)) {
      const { line } = source.getLineAndCharacterOfPosition(node.getStart());
      found.push(`line ${line + 1}: ${node.getText()}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

const rel = (file: string) => relative(root, file);

describe('services take domain IDs; resolvers map global IDs and input paths', () => {
  const files = serviceFiles();

  it('finds the services by their files and imports', () => {
    const names = files.map(rel);
    // the ones that decoded global IDs themselves once, and the helpers services reach
    for (const file of [
      'server/src/modules/user/user.service.ts',
      'server/src/modules/organisation/organisation.service.ts',
      'server/src/modules/deal/deal.service.ts',
      'server/src/modules/purchaser/registration.service.ts',
      'server/src/modules/purchaser/purchaser.write.ts',
      'server/src/modules/trade/trade-scope.ts',
    ]) {
      expect(names).toContain(file);
    }
  });

  it('no service imports a decoding or path helper (relay.ts, paths.ts)', () => {
    const offending: string[] = [];
    for (const file of files) {
      for (const { file: imported, names } of importsOf(parse(file))) {
        if (imported === PATHS) offending.push(`${rel(file)}: paths.ts`);
        if (imported !== RELAY) continue;
        const taken = names === '*' ? ['* (the whole module)'] : names;
        for (const name of taken.filter((n) => !ALLOWED_FROM_RELAY.has(n))) {
          offending.push(`${rel(file)}: ${name} from relay.ts`);
        }
      }
    }
    expect(offending).toEqual([]);
  });

  it('no service names a field by the path of its argument (input.*)', () => {
    const offending = files.flatMap((file) =>
      inputPaths(parse(file)).map((where) => `${rel(file)} ${where}`),
    );
    expect(offending).toEqual([]);
  });
});
