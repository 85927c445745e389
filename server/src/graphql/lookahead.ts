import {
  getDirectiveValues,
  GraphQLError,
  GraphQLIncludeDirective,
  GraphQLObjectType,
  GraphQLSkipDirective,
  isAbstractType,
  Kind,
  typeFromAST,
  visit,
  type DirectiveNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type FragmentSpreadNode,
  type GraphQLResolveInfo,
  type GraphQLSchema,
  type InlineFragmentNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';

/**
 * What a query selects below a field, read ahead from the resolve info so that one SQL
 * statement can fetch it: the sub-selections of each selected field, by field name (aliases of
 * one field are merged), collected as graphql-js executes them (see {@link LookaheadInfo}).
 */
export type Selected = Map<string, SelectionSetNode[]>;

/**
 * What the look-ahead reads of the resolve info. It collects fields by the rules graphql-js
 * executes them by (the spec's CollectFields): a field, inline fragment or fragment spread that
 * `@skip`/`@include` leave out is left out (their `if` from `variableValues`), a fragment is
 * taken only if the object's type meets its type condition (the type itself, or an interface or
 * union it belongs to), and each named fragment once per collection.
 *
 * Pass the resolve info itself: without `variableValues` a condition on a variable counts as
 * met, and without `schema` every fragment is taken (both read more than the query needs,
 * never less).
 */
export type LookaheadInfo = Pick<GraphQLResolveInfo, 'fragments'> &
  Partial<Pick<GraphQLResolveInfo, 'schema' | 'variableValues'>>;

/**
 * The type of the objects a selection is made of, by name or as a schema type. Only an object
 * type decides which type conditions hold; where the field's type is an object type, every
 * fragment valid there holds, so it matters only below a field of an abstract type (`node`).
 * Unknown, or abstract: every fragment is taken.
 */
export type RuntimeType = GraphQLObjectType | string | undefined;

/** Whether `@skip`/`@include` on `node` leave it in (graphql-js's `shouldIncludeNode`). */
function included(
  node: FieldNode | InlineFragmentNode | FragmentSpreadNode,
  variables: GraphQLResolveInfo['variableValues'] | undefined,
): boolean {
  if (!node.directives?.length) return true;
  try {
    const skip = getDirectiveValues(GraphQLSkipDirective, node, variables);
    if (skip?.if === true) return false;
    const include = getDirectiveValues(GraphQLIncludeDirective, node, variables);
    return include?.if !== false;
  } catch (error) {
    // a variable without a value (no variables given): read it, rather than miss it
    if (error instanceof GraphQLError) return true;
    throw error;
  }
}

/** Whether a fragment applies to objects of `type` (graphql-js's `doesFragmentConditionMatch`). */
function applies(
  fragment: InlineFragmentNode | FragmentDefinitionNode,
  schema: GraphQLSchema | undefined,
  type: GraphQLObjectType | undefined,
): boolean {
  const condition = fragment.typeCondition;
  if (!condition || !schema || !type) return true;
  const conditional = typeFromAST(schema, condition);
  if (conditional === type) return true;
  return isAbstractType(conditional) && schema.isSubType(conditional, type);
}

function objectType(info: LookaheadInfo, type: RuntimeType): GraphQLObjectType | undefined {
  const found = typeof type === 'string' ? info.schema?.getType(type) : type;
  return found instanceof GraphQLObjectType ? found : undefined;
}

/**
 * The spec's CollectFields over several selection sets (the nodes of one field): each field
 * node that executes, in order, to `take`.
 */
function collectFields(
  sets: readonly (SelectionSetNode | undefined)[],
  info: LookaheadInfo,
  type: RuntimeType,
  take: (field: FieldNode) => void,
): void {
  const runtime = objectType(info, type);
  const visited = new Set<string>();
  const collect = (set: SelectionSetNode) => {
    for (const selection of set.selections) {
      if (!included(selection, info.variableValues)) continue;
      if (selection.kind === Kind.FIELD) {
        take(selection);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        if (applies(selection, info.schema, runtime)) collect(selection.selectionSet);
      } else {
        const name = selection.name.value;
        if (visited.has(name)) continue;
        visited.add(name);
        const fragment = info.fragments[name];
        if (fragment && applies(fragment, info.schema, runtime)) collect(fragment.selectionSet);
      }
    }
  };
  for (const set of sets) if (set) collect(set);
}

/**
 * The fields selected in these selection sets (the nodes of one field, made of objects of
 * `type`), by field name.
 */
export function selectedIn(
  sets: readonly (SelectionSetNode | undefined)[],
  info: LookaheadInfo,
  type?: RuntimeType,
): Selected {
  const selected: Selected = new Map();
  collectFields(sets, info, type, (field) => {
    const below = field.selectionSet ? [field.selectionSet] : [];
    const list = selected.get(field.name.value);
    if (list) list.push(...below);
    else selected.set(field.name.value, below);
  });
  return selected;
}

/**
 * The fields selected in these selection sets (of objects of `type`) by response key (alias, or
 * name), with every node of each: the fields a list resolver runs for, each with its own
 * arguments.
 */
export function fieldsIn(
  sets: readonly (SelectionSetNode | undefined)[],
  info: LookaheadInfo,
  type?: RuntimeType,
): Map<string, FieldNode[]> {
  const fields = new Map<string, FieldNode[]>();
  collectFields(sets, info, type, (field) => {
    const key = field.alias?.value ?? field.name.value;
    const list = fields.get(key);
    if (list) list.push(field);
    else fields.set(key, [field]);
  });
  return fields;
}

/**
 * What a connection field's query selects: the fields of its nodes (under `nodes` and
 * `edges { node }` alike) and whether it asks for `totalCount`.
 */
export interface ConnectionSelection {
  nodes: Selected;
  /** The selection sets of its nodes, as written. */
  nodeSets: SelectionSetNode[];
  totalCount: boolean;
  /** Whether it reads cursors (of edges, or in pageInfo). */
  cursors: boolean;
}

/**
 * What a connection field selects, from the field's selection sets; `nodeType`: the type of its
 * nodes (the connection and its edges are object types: every fragment valid on them holds).
 */
export function connectionSelectionIn(
  sets: readonly (SelectionSetNode | undefined)[],
  info: LookaheadInfo,
  nodeType?: RuntimeType,
): ConnectionSelection {
  const below = selectedIn(sets, info);
  const edges = selectedIn(below.get('edges') ?? [], info);
  const nodeSets = [...(below.get('nodes') ?? []), ...(edges.get('node') ?? [])];
  return {
    nodes: selectedIn(nodeSets, info, nodeType),
    nodeSets,
    totalCount: below.has('totalCount'),
    cursors: edges.has('cursor') || below.has('pageInfo'),
  };
}

/** Per operation: the variables its `@skip`/`@include` conditions read (its fragments' too). */
const conditionVariables = new WeakMap<OperationDefinitionNode, string[]>();

/**
 * The values of the variables that the operation's `@skip`/`@include` conditions read, as text:
 * a look-ahead kept for a document (by its AST nodes) holds for another run of it only when this
 * is the same ('' when no condition reads a variable).
 */
export function conditionsKey(
  info: Pick<GraphQLResolveInfo, 'operation' | 'fragments' | 'variableValues'>,
): string {
  let names = conditionVariables.get(info.operation);
  if (!names) {
    const found = new Set<string>();
    const visitor = {
      Directive(directive: DirectiveNode) {
        if (directive.name.value === 'skip' || directive.name.value === 'include') {
          for (const argument of directive.arguments ?? []) {
            if (argument.value.kind === Kind.VARIABLE) found.add(argument.value.name.value);
          }
        }
        return false;
      },
    };
    visit(info.operation, visitor);
    for (const fragment of Object.values(info.fragments)) visit(fragment, visitor);
    names = [...found].sort();
    conditionVariables.set(info.operation, names);
  }
  if (names.length === 0) return '';
  return JSON.stringify(names.map((name) => info.variableValues[name] ?? null));
}
