import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import { GraphiQL, type GraphiQLProps } from 'graphiql';
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { createFetcher } from './fetcher.js';

type Fetcher = GraphiQLProps['fetcher'];

const DEFAULT_QUERY = `# Delegation Hub GraphQL API
#
# Every operation needs a token. Under Headers:
#   { "Authorization": "Bearer <token>" }
# npm run token -- --role ADMIN prints one.
# Subscriptions run over WebSocket with it.

query Delegation {
  delegation(expoKey: "CIIE-5", key: "QH") {
    nameEn
    targetTotal
    subDelegations {
      key
      nameEn
      targetMin
    }
  }
}
`;

// /graphql?token=… fills in the header once; the token is then taken out of the address bar
const params = new URLSearchParams(location.search);
const token = params.get('token');
if (token !== null) {
  params.delete('token');
  const search = params.toString();
  history.replaceState(null, '', `${location.pathname}${search ? `?${search}` : ''}`);
}

const container = document.getElementById('graphiql');
if (!container) throw new Error('#graphiql is missing from the page');
createRoot(container).render(
  createElement(GraphiQL, {
    // GraphiQL's Fetcher type names graphql-js's ExecutionResult (errors as GraphQLError
    // objects); what it reads is the result as JSON, which is what the fetcher returns
    fetcher: createFetcher(new URL('/graphql', location.href).href) as unknown as Fetcher,
    defaultQuery: DEFAULT_QUERY,
    defaultHeaders: '{\n  "Authorization": "Bearer "\n}',
    ...(token
      ? { initialHeaders: JSON.stringify({ Authorization: `Bearer ${token}` }, null, 2) }
      : {}),
    defaultEditorToolsVisibility: 'headers',
    // tokens stay out of localStorage unless the user turns this on in the settings
    shouldPersistHeaders: false,
  }),
);
