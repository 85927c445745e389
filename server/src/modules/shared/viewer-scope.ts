import type { Grant } from '../../auth/viewer.js';
import { Viewer } from '../../auth/viewer.js';
import type { Context } from '../../graphql/context.js';
import { Loaders } from '../../graphql/loaders.js';

/**
 * After a write that widens what the viewer's grants cover (an edition it was made the bureau of,
 * a delegation added to an expo its grant covers), the rest of the request reads with the wider
 * scope, so that the mutation can answer with what it made; other requests and live
 * subscriptions read the grants afresh (the authenticator's cache is dropped).
 */
export function widenViewer(
  ctx: Pick<Context, 'viewer' | 'loaders' | 'query' | 'app'>,
  change: { grant: Grant } | { delegationId: string; expoId: string },
): void {
  const grants =
    'grant' in change
      ? [...ctx.viewer.grants, change.grant]
      : ctx.viewer.grants.map((g) =>
          g.expoId === change.expoId && g.expoDelegationIds
            ? { ...g, expoDelegationIds: [...g.expoDelegationIds, change.delegationId] }
            : g,
        );
  ctx.viewer = new Viewer(ctx.viewer.user, grants, ctx.viewer.jti);
  ctx.loaders = new Loaders(ctx.query, ctx.viewer);
  ctx.app.authenticator.invalidate();
}
