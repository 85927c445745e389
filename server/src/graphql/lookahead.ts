import { Kind, type FieldNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

/**
 * What a query selects below a field, read ahead from the resolve info so that one SQL
 * statement can fetch it: the sub-selections of each selected field, by field name (aliases of
 * one field are merged), through fragments and inline fragments.
 */
export type Selected = Map<string, SelectionSetNode[]>;

function collect(
  sets: readonly (SelectionSetNode | undefined)[],
  fragments: GraphQLResolveInfo['fragments'],
  into: Selected,
  seen: Set<string>,
): Selected {
  for (const set of sets) {
    if (!set) continue;
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        const name = selection.name.value;
        const list = into.get(name);
        const below = selection.selectionSet ? [selection.selectionSet] : [];
        if (list) list.push(...below);
        else into.set(name, below);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        collect([selection.selectionSet], fragments, into, seen);
      } else if (!seen.has(selection.name.value)) {
        seen.add(selection.name.value);
        collect([fragments[selection.name.value]?.selectionSet], fragments, into, seen);
      }
    }
  }
  return into;
}

/** The fields selected in these selection sets. */
export function selectedIn(
  sets: readonly (SelectionSetNode | undefined)[],
  info: Pick<GraphQLResolveInfo, 'fragments'>,
): Selected {
  return collect(sets, info.fragments, new Map(), new Set());
}

/**
 * The fields selected in these selection sets by response key (alias, or name), with every node
 * of each: the fields a list resolver runs for, each with its own arguments.
 */
export function fieldsIn(
  sets: readonly (SelectionSetNode | undefined)[],
  info: Pick<GraphQLResolveInfo, 'fragments'>,
  into = new Map<string, FieldNode[]>(),
  seen = new Set<string>(),
): Map<string, FieldNode[]> {
  for (const set of sets) {
    if (!set) continue;
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        const key = selection.alias?.value ?? selection.name.value;
        const list = into.get(key);
        if (list) list.push(selection);
        else into.set(key, [selection]);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        fieldsIn([selection.selectionSet], info, into, seen);
      } else if (!seen.has(selection.name.value)) {
        seen.add(selection.name.value);
        fieldsIn([info.fragments[selection.name.value]?.selectionSet], info, into, seen);
      }
    }
  }
  return into;
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

/** What a connection field selects, from the field's selection sets. */
export function connectionSelectionIn(
  sets: readonly (SelectionSetNode | undefined)[],
  info: Pick<GraphQLResolveInfo, 'fragments'>,
): ConnectionSelection {
  const below = selectedIn(sets, info);
  const edges = selectedIn(below.get('edges') ?? [], info);
  const nodeSets = [...(below.get('nodes') ?? []), ...(edges.get('node') ?? [])];
  return {
    nodes: selectedIn(nodeSets, info),
    nodeSets,
    totalCount: below.has('totalCount'),
    cursors: edges.has('cursor') || below.has('pageInfo'),
  };
}
