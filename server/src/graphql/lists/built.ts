import type { Viewer } from '../../auth/viewer.js';

/** At most this many statements are kept per viewer (a viewer's queries are few). */
const BUILT_PER_VIEWER = 64;
const builtByViewer = new WeakMap<Viewer, Map<string, unknown>>();

/**
 * A statement as `viewer` reads it, built once per viewer and `key` and kept: building a
 * statement composes every level's fragments again (pg-sql2 flattens each template it nests),
 * which costs more than running it, and a kept statement is compiled once too (`db.read`). The
 * key must name everything the statement is made of besides the viewer: a root row's relation
 * and its folds with their arguments (run with each request's id), a list's arguments and
 * selection, a grouping's sets and filter (a dashboard asking again, every screen of an office
 * asking the same list). The viewer is the request's, or the authenticator's for its few
 * seconds; its scope's values are in the statement.
 */
export function builtFor<T>(viewer: Viewer, key: string, build: () => T): T {
  let byKey = builtByViewer.get(viewer);
  if (!byKey) builtByViewer.set(viewer, (byKey = new Map()));
  let built = byKey.get(key) as T | undefined;
  if (built === undefined) {
    if (byKey.size >= BUILT_PER_VIEWER) byKey.clear();
    byKey.set(key, (built = build()));
  }
  return built;
}
