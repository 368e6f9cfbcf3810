// A front end's GraphQL client: Apollo with AppSync's auth link and subscription handshake link, API key auth.
import './realtime-socket.mjs';
import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { AUTH_TYPE, createAuthLink } from 'aws-appsync-auth-link';
import { createSubscriptionHandshakeLink } from 'aws-appsync-subscription-link';

export const REGION = 'us-east-1';
const REQUEST_TIMEOUT_MS = 60_000;

/** Node's fetch, each request bounded, so that a runtime that never answers fails the test rather than hangs it. */
function boundedFetch(uri, options = {}) {
  const timeout = AbortSignal.timeout(REQUEST_TIMEOUT_MS);
  return fetch(uri, { ...options, signal: options.signal ? AbortSignal.any([options.signal, timeout]) : timeout });
}

export function appSyncClient({ graphqlUrl, apiKey }) {
  const config = { url: graphqlUrl, region: REGION, auth: { type: AUTH_TYPE.API_KEY, apiKey } };
  const link = ApolloLink.from([
    createAuthLink(config),
    createSubscriptionHandshakeLink(config, new HttpLink({ uri: graphqlUrl, fetch: boundedFetch })),
  ]);
  return new ApolloClient({ link, cache: new InMemoryCache() });
}
