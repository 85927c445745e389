import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';
import { Client, cacheExchange, fetchExchange, subscriptionExchange } from '@urql/core';
import { createClient as createWsClient } from 'graphql-ws';

/** Where the page finds the API: /graphql on its own origin (Vite passes it on to the server). */
export const GRAPHQL_URL = new URL('/graphql', location.href).href;

/**
 * Apollo Client with a normalised cache keyed on Delegation Hub's global IDs: an ID names one
 * object whatever its type, so `id` alone is the cache key (a purchaser read in the queue and
 * returned by `approvePurchaser` is one cache entry, updated in place).
 */
export function apolloClient(token: string): ApolloClient {
  return new ApolloClient({
    link: new HttpLink({ uri: GRAPHQL_URL, headers: { authorization: `Bearer ${token}` } }),
    cache: new InMemoryCache({
      dataIdFromObject: (object) => (typeof object['id'] === 'string' ? object['id'] : undefined),
    }),
  });
}

/**
 * urql with its document cache, HTTP for queries and graphql-ws for subscriptions (the
 * `graphql-transport-ws` protocol the server speaks; the token goes in `connectionParams`).
 */
export function urqlClient(token: string): { client: Client; dispose(): Promise<void> } {
  const ws = createWsClient({
    url: GRAPHQL_URL.replace(/^http/, 'ws'),
    connectionParams: { authorization: `Bearer ${token}` },
  });
  const client = new Client({
    url: GRAPHQL_URL,
    fetchOptions: { headers: { authorization: `Bearer ${token}` } },
    // urql sends short queries as GET by default; the server takes GraphQL over POST (a GET
    // without a JSON content type is refused as a possible cross-site request forgery)
    preferGetMethod: false,
    exchanges: [
      cacheExchange,
      fetchExchange,
      subscriptionExchange({
        forwardSubscription: (request) => ({
          subscribe: (sink) => ({
            unsubscribe: ws.subscribe({ ...request, query: request.query ?? '' }, sink),
          }),
        }),
      }),
    ],
  });
  return { client, dispose: async () => void (await ws.dispose()) };
}
