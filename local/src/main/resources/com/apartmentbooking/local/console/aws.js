// The runtime's APIs as the console calls them, from the page's own origin: the AWS JSON protocol (POST / with
// X-Amz-Target, signed with SigV4 as the SDKs sign) for Step Functions, DynamoDB and SQS, AppSync's control plane
// (GET /v1/apis) and the operators' clock under /_local/clock.

import { signedHeaders } from './sigv4.js';

const JSON_1_0 = 'application/x-amz-json-1.0';
/** The service each target prefix is signed for: the name its credential scope carries. */
const SIGNING_NAMES = { DynamoDB_20120810: 'dynamodb', AWSStepFunctions: 'states', AmazonSQS: 'sqs' };
const SETTINGS = '/console/settings.json';

let settings;

/** {region, accessKeyId, secretAccessKey, sessionToken?}: what the runtime gives its console to sign with. */
function signingSettings() {
  settings ??= fetch(SETTINGS).then(response => answer(response, `GET ${SETTINGS}`)).catch(problem => {
    settings = undefined;
    throw problem;
  });
  return settings;
}

/** One AWS JSON call, e.g. call('AWSStepFunctions.ListExecutions', {...}); a refusal throws its code and message. */
export async function call(target, request) {
  const body = JSON.stringify(request);
  const { region, ...key } = await signingSettings();
  const signature = await signedHeaders({ host: location.host, path: '/', headers: { 'x-amz-target': target }, body,
    service: SIGNING_NAMES[target.split('.')[0]], region, key });
  const response = await fetch('/', {
    method: 'POST',
    headers: { 'Content-Type': JSON_1_0, 'X-Amz-Target': target, ...signature },
    body,
  });
  return answer(response, target);
}

export function stepFunctions(operation, request) {
  return call(`AWSStepFunctions.${operation}`, request);
}

export function dynamoDb(operation, request) {
  return call(`DynamoDB_20120810.${operation}`, request);
}

export function sqs(operation, request) {
  return call(`AmazonSQS.${operation}`, request);
}

/** {now, epochMillis, offsetSeconds} of the runtime's clock. */
export async function clock() {
  return answer(await fetch('/_local/clock'), 'GET /_local/clock');
}

/** Moves the runtime's clock forward; answers once what fell due has run. */
export async function advanceClock(seconds) {
  return answer(await fetch('/_local/clock/advance', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ seconds }),
  }), 'POST /_local/clock/advance');
}

/**
 * Where the page subscribes, as a front end finds it: the first GraphQL API that takes API keys (ListGraphqlApis),
 * its real-time path on the page's own origin (the runtime serves every API on its one port, and the page may load
 * nothing from elsewhere) and its API key that expires last (ListApiKeys). {realtimeUrl, host, apiKey}, host being
 * the GraphQL endpoint's, which the authorization header names.
 */
export async function realtimeApi() {
  const apis = await appSyncList('/v1/apis', 'graphqlApis');
  const api = apis.find(each => each.authenticationType === 'API_KEY'
    || (each.additionalAuthenticationProviders ?? []).some(provider => provider.authenticationType === 'API_KEY'));
  if (!api) {
    throw new Error(`no GraphQL API takes API keys (${apis.length} API${apis.length === 1 ? '' : 's'})`);
  }
  const keys = await appSyncList(`/v1/apis/${encodeURIComponent(api.apiId)}/apikeys`, 'apiKeys');
  if (keys.length === 0) {
    throw new Error(`the GraphQL API ${api.name} has no API key`);
  }
  const key = keys.reduce((latest, each) => (each.expires > latest.expires ? each : latest));
  const realtime = new URL(new URL(api.uris.REALTIME).pathname, location.origin);
  realtime.protocol = location.protocol === 'https:' ? 'wss:' : 'ws:';
  return { realtimeUrl: realtime.href, host: new URL(api.uris.GRAPHQL).host, apiKey: key.id };
}

/** Every item of a paginated AppSync list, following nextToken. */
async function appSyncList(path, member) {
  const items = [];
  let nextToken;
  do {
    const query = nextToken ? `?nextToken=${encodeURIComponent(nextToken)}` : '';
    const page = await answer(await fetch(path + query), `GET ${path}`);
    items.push(...(page[member] ?? []));
    nextToken = page.nextToken;
  } while (nextToken);
  return items;
}

/** Every page of a paginated Step Functions list, following nextToken. */
export async function allPages(operation, request, member) {
  const items = [];
  let nextToken;
  do {
    const page = await stepFunctions(operation, nextToken ? { ...request, nextToken } : request);
    items.push(...(page[member] ?? []));
    nextToken = page.nextToken;
  } while (nextToken);
  return items;
}

/** A table's items as plain values, every page of a Scan. */
export async function scanAll(tableName) {
  const items = [];
  let start;
  do {
    const page = await dynamoDb('Scan', start ? { TableName: tableName, ExclusiveStartKey: start }
      : { TableName: tableName });
    items.push(...page.Items.map(plainItem));
    start = page.LastEvaluatedKey;
  } while (start);
  return items;
}

/** A DynamoDB item ({"id": {"S": "a"}}) as the values it holds ({"id": "a"}). */
export function plainItem(item) {
  return Object.fromEntries(Object.entries(item).map(([name, value]) => [name, plainValue(value)]));
}

function plainValue(value) {
  const [type, held] = Object.entries(value)[0];
  switch (type) {
    case 'N': return Number(held);
    case 'NULL': return null;
    case 'M': return plainItem(held);
    case 'L': return held.map(plainValue);
    case 'NS': return held.map(Number);
    default: return held;
  }
}

async function answer(response, what) {
  const text = await response.text();
  let body = {};
  try {
    body = text ? JSON.parse(text) : {};
  } catch {
    body = { message: text };
  }
  if (!response.ok) {
    const code = body.__type ? `${body.__type.split('#').pop()}: ` : '';
    throw new Error(`${what} answered ${response.status}: ${code}${body.message ?? text}`);
  }
  return body;
}
