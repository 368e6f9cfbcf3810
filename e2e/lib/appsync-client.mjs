// A front end's GraphQL client: Apollo with AppSync's auth link and subscription handshake link, API key auth.
import './realtime-socket.mjs';
import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { AUTH_TYPE, createAuthLink } from 'aws-appsync-auth-link';
import { createSubscriptionHandshakeLink } from 'aws-appsync-subscription-link';

export const REGION = 'us-east-1';

export function appSyncClient({ graphqlUrl, apiKey }) {
  const config = { url: graphqlUrl, region: REGION, auth: { type: AUTH_TYPE.API_KEY, apiKey } };
  const link = ApolloLink.from([
    createAuthLink(config),
    createSubscriptionHandshakeLink(config, new HttpLink({ uri: graphqlUrl })),
  ]);
  return new ApolloClient({ link, cache: new InMemoryCache() });
}
