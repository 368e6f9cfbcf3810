// Prints every apartment and booking status change as a front end receives it: AppSync's own client libraries
// subscribed to onApartmentStatusChanged and onBookingStatusChanged (no argument: all of them).
//
//   node e2e/watch-statuses.mjs <GraphQL URL> <API key>      (after `npm ci` in e2e/ once)
import { gql } from '@apollo/client';
import { appSyncClient } from './lib/appsync-client.mjs';

const [graphqlUrl, apiKey] = process.argv.slice(2);
if (!graphqlUrl || !apiKey) {
  console.error('usage: node e2e/watch-statuses.mjs <GraphQL URL> <API key>');
  process.exit(2);
}

const client = appSyncClient({ graphqlUrl, apiKey });
const feeds = {
  onApartmentStatusChanged: gql`subscription { onApartmentStatusChanged { apartmentId status bookingId updatedAt } }`,
  onBookingStatusChanged: gql`subscription { onBookingStatusChanged { bookingId apartmentId status updatedAt } }`,
};
for (const [name, query] of Object.entries(feeds)) {
  client.subscribe({ query, fetchPolicy: 'no-cache' }).subscribe({
    next: result => console.log(name, JSON.stringify(result.data?.[name] ?? result.error)),
    error: error => {
      console.error(name, 'failed:', error.message ?? error);
      process.exitCode = 1;
    },
  });
}
console.log('Subscribed; Ctrl-C stops.');
