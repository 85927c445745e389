import { DealTotalsDocument, RecruitmentProgressDocument } from '@delegation-hub/sdk';
import { useQuery, useSubscription } from 'urql';

/** Purchasers approved against the targets, per sub-delegation, with urql. */
export function Progress({ delegationId }: { delegationId: string }) {
  const [{ data, error }] = useQuery({
    query: RecruitmentProgressDocument,
    variables: { delegationId },
    requestPolicy: 'cache-and-network',
  });
  if (error) return <p className="error">{error.message}</p>;
  const progress = data?.recruitmentProgress;
  if (!progress) return <p>Loading progress…</p>;
  return (
    <section id="progress" data-approved={progress.approved} data-target={progress.target}>
      <h2>
        招商进度 · Progress: {progress.approved} / {progress.target}
      </h2>
      <table>
        <tbody>
          {progress.subDelegations.map((sub) => (
            <tr
              key={sub.subDelegation?.id ?? ''}
              data-key={sub.subDelegation?.key ?? ''}
              data-approved={sub.approved}
              data-target={sub.target}
            >
              <td>{sub.subDelegation?.nameZh}</td>
              <td>
                {sub.approved} / {sub.target}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/** The delegation's deal total as the server counts it, pushed live, with urql. */
export function LiveTotals({ delegationId }: { delegationId: string }) {
  const [{ data, error }] = useSubscription({
    query: DealTotalsDocument,
    variables: { delegationId, groupBy: [] },
  });
  if (error) {
    // live totals are for those who read the whole delegation (its office, say): a lead unit's
    // token is told so, plainly
    const code = error.graphQLErrors[0]?.extensions?.['code'];
    return (
      <section id="totals" data-refused={String(code ?? 'ERROR')}>
        <p className="error">
          {code === 'FORBIDDEN' ? '实时成交仅限全团可见的角色 · ' : ''}
          {error.message}
        </p>
      </section>
    );
  }
  const totals = data?.dealTotals;
  return (
    <section
      id="totals"
      data-sum={totals?.total.sumUsd ?? ''}
      data-count={totals?.total.count ?? ''}
    >
      <h2>
        成交 · Deals (live):{' '}
        {totals
          ? `US$ ${totals.total.sumUsd} in ${totals.total.count}`
          : 'waiting for the first push…'}
      </h2>
    </section>
  );
}
