// The startup report's lines the suite relies on, as Main prints them.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isReadyLine, parseStartupReport } from '../lib/startup-report.mjs';

const REPORT = [
  'front door           ready in   167 ms',
  'Local runtime ready in 1237 ms at http://127.0.0.1:37697',
  '  AWS APIs (DynamoDB, DynamoDB Streams, SQS, EventBridge, Step Functions, Lambda): http://127.0.0.1:37697  (AWS_ENDPOINT_URL)',
  '  function local-ReservationApiFunction',
  '  function local-PaymentWebhookFunction  URL http://127.0.0.1:37697/lambda-url/local-PaymentWebhookFunction/',
  '  GraphQL API local-api: http://127.0.0.1:37697/graphql/cvbu8hflltkja1872f5mm6wpkj',
  '    real-time: ws://127.0.0.1:37697/graphql/cvbu8hflltkja1872f5mm6wpkj/realtime',
  '    API key (x-api-key): da2-abcdefghijklmnopqrstuvwxyz  expires 2026-12-13T14:00:00Z',
];

test('the ready line gives the endpoint', () => {
  assert.equal(isReadyLine(REPORT[1]), true);
  assert.equal(isReadyLine(REPORT[0]), false);
  assert.equal(parseStartupReport(REPORT).endpoint, 'http://127.0.0.1:37697');
});

test('function lines give the URLs of the functions that have one', () => {
  assert.deepEqual(parseStartupReport(REPORT).functionUrls,
    { 'local-PaymentWebhookFunction': 'http://127.0.0.1:37697/lambda-url/local-PaymentWebhookFunction/' });
});

test('the GraphQL lines give the URL, the real-time URL and the key', () => {
  const report = parseStartupReport(REPORT);
  assert.equal(report.graphqlUrl, 'http://127.0.0.1:37697/graphql/cvbu8hflltkja1872f5mm6wpkj');
  assert.equal(report.realtimeUrl, 'ws://127.0.0.1:37697/graphql/cvbu8hflltkja1872f5mm6wpkj/realtime');
  assert.equal(report.apiKey, 'da2-abcdefghijklmnopqrstuvwxyz');
});

test('a report without GraphQL lines leaves them undefined', () => {
  const report = parseStartupReport(REPORT.slice(0, 5));
  assert.equal(report.graphqlUrl, undefined);
  assert.equal(report.realtimeUrl, undefined);
  assert.equal(report.apiKey, undefined);
});
