import type { ApolloCache, Reference } from '@apollo/client';
import { useMutation, useQuery } from '@apollo/client/react';
import {
  ApprovePurchaserDocument,
  PurchasersDocument,
  RejectPurchaserDocument,
  type PurchaserSummaryFragment,
} from '@delegation-hub/sdk';
import { useState } from 'react';

interface CachedConnection {
  totalCount: number;
  nodes: readonly Reference[];
}

/**
 * A reviewed purchaser leaves every cached `purchasers` list: the mutation's answer updates its
 * cache entry (same global ID) and this takes it out of the lists, with no second request.
 */
function leaveQueues(cache: ApolloCache, id: string): void {
  cache.modify<{ purchasers: CachedConnection }>({
    fields: {
      purchasers(existing, { readField }) {
        const list = existing as CachedConnection;
        const nodes = list.nodes.filter((node) => readField('id', node) !== id);
        if (nodes.length === list.nodes.length) return list;
        return { ...list, nodes, totalCount: list.totalCount - 1 };
      },
    },
  });
}

/** What the server said, by its code (`extensions.code`) and field. */
function refusal(error: unknown): string {
  const first = (error as { errors?: { message: string; extensions?: Record<string, unknown> }[] })
    .errors?.[0];
  if (first) {
    const field = first.extensions?.['field'];
    return `${String(first.extensions?.['code'] ?? 'ERROR')}${field ? ` (${String(field)})` : ''}: ${first.message}`;
  }
  return error instanceof Error ? error.message : String(error);
}

function Row({ purchaser }: { purchaser: PurchaserSummaryFragment }) {
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string>();
  const [approve, approving] = useMutation(ApprovePurchaserDocument, {
    update: (cache) => leaveQueues(cache, purchaser.id),
  });
  const [reject, rejecting] = useMutation(RejectPurchaserDocument, {
    update: (cache) => leaveQueues(cache, purchaser.id),
  });
  const busy = approving.loading || rejecting.loading;
  const input = { purchaserId: purchaser.id, version: purchaser.version };
  return (
    <tr data-id={purchaser.id} data-name={purchaser.organisation.nameZh}>
      <td>{purchaser.organisation.nameZh}</td>
      <td>{purchaser.subDelegation?.nameEn ?? '—'}</td>
      <td>{purchaser.registrationNumber ?? '—'}</td>
      <td>
        <button
          className="approve"
          disabled={busy}
          onClick={() => {
            setError(undefined);
            approve({ variables: { input } }).catch((e: unknown) => setError(refusal(e)));
          }}
        >
          批准 Approve
        </button>{' '}
        <input
          className="reason"
          placeholder="退回理由 Reason"
          value={reason}
          onChange={(event) => setReason(event.target.value)}
        />{' '}
        <button
          className="reject"
          disabled={busy}
          onClick={() => {
            setError(undefined);
            reject({ variables: { input: { ...input, reason } } }).catch((e: unknown) =>
              setError(refusal(e)),
            );
          }}
        >
          驳回 Reject
        </button>
        {error && <div className="error">{error}</div>}
      </td>
    </tr>
  );
}

/** The purchasers registered and waiting for this lead unit's review, with Apollo Client. */
export function ReviewQueue() {
  const { data, loading, error } = useQuery(PurchasersDocument, {
    variables: { status: ['REGISTERED'], first: 50 },
  });
  if (loading && !data) return <p>Loading the queue…</p>;
  if (error) return <p className="error">{refusal(error)}</p>;
  const queue = data?.purchasers;
  return (
    <section id="queue" data-count={queue?.totalCount ?? 0}>
      <h2>待审核 · Waiting for review ({queue?.totalCount ?? 0})</h2>
      <table>
        <tbody>
          {queue?.nodes.map((purchaser) => (
            <Row key={purchaser.id} purchaser={purchaser} />
          ))}
        </tbody>
      </table>
    </section>
  );
}
