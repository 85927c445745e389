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

/** The fields selected below the field being resolved. */
export function selectedBelow(info: GraphQLResolveInfo): Selected {
  return selectedIn(
    info.fieldNodes.map((node: FieldNode) => node.selectionSet),
    info,
  );
}

/**
 * What a connection field's query selects: the fields of its nodes (under `nodes` and
 * `edges { node }` alike) and whether it asks for `totalCount`.
 */
export interface ConnectionSelection {
  nodes: Selected;
  totalCount: boolean;
  /** Whether it reads cursors (of edges, or in pageInfo). */
  cursors: boolean;
}

export function connectionSelection(info: GraphQLResolveInfo): ConnectionSelection {
  const below = selectedBelow(info);
  const edges = selectedIn(below.get('edges') ?? [], info);
  return {
    nodes: selectedIn([...(below.get('nodes') ?? []), ...(edges.get('node') ?? [])], info),
    totalCount: below.has('totalCount'),
    cursors: edges.has('cursor') || below.has('pageInfo'),
  };
}
