import { ApolloProvider } from '@apollo/client/react';
import { DelegationOutlineDocument } from '@delegation-hub/sdk';
import { createRoot } from 'react-dom/client';
import { Provider, useQuery } from 'urql';
import { apolloClient, urqlClient } from './clients.js';
import { LiveTotals, Progress } from './Progress.js';
import { ReviewQueue } from './ReviewQueue.js';

// ?token=…&delegation=CIIE-5/QH: a lead unit's token (npm run token -- --role
// SUB_DELEGATION_LEAD --scope CIIE-5/QH/COMMERCE) and the delegation it works for
const params = new URLSearchParams(location.search);
const token = params.get('token') ?? '';
const [expoKey = 'CIIE-5', key = 'QH'] = (params.get('delegation') ?? 'CIIE-5/QH').split('/');

function Delegation() {
  const [{ data, error }] = useQuery({
    query: DelegationOutlineDocument,
    variables: { expoKey, key },
  });
  if (error) return <p className="error">{error.message}</p>;
  const delegation = data?.delegation;
  if (!delegation) return <p>Loading the delegation…</p>;
  return (
    <>
      <h1 id="heading">{delegation.nameZh}</h1>
      <ReviewQueue />
      <Progress delegationId={delegation.id} />
      <LiveTotals delegationId={delegation.id} />
    </>
  );
}

const urql = urqlClient(token);
createRoot(document.getElementById('root')!).render(
  <ApolloProvider client={apolloClient(token)}>
    <Provider value={urql.client}>
      {token ? <Delegation /> : <p>Open this page with ?token=… (a lead unit&apos;s token).</p>}
    </Provider>
  </ApolloProvider>,
);
