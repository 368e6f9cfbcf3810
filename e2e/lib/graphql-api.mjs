// Where the template's GraphQL API is served and its front-end key: from the runtime's startup report, or
// else from AppSync's control plane on the runtime (ListGraphqlApis, ListApiKeys), as a user would look.

/** The stack is "local", so the template's API (Name: ${AWS::StackName}-api) is "local-api". */
export const API_NAME = 'local-api';
const REQUEST_TIMEOUT_MS = 30_000;

/** { apiId, graphqlUrl, realtimeUrl, apiKey } of the runtime's GraphQL API. */
export async function graphqlApi(runtime) {
  const report = runtime.report;
  const api = { graphqlUrl: report.graphqlUrl, realtimeUrl: report.realtimeUrl, apiKey: report.apiKey };
  const listed = await listedApi(runtime.endpoint);
  if (listed.api) {
    api.apiId = listed.api.apiId;
    api.graphqlUrl ??= listed.api.uris?.GRAPHQL;
    api.realtimeUrl ??= listed.api.uris?.REALTIME;
  }
  if (!api.apiKey && api.apiId) {
    api.apiKey = await firstApiKey(runtime.endpoint, api.apiId);
  }
  if (!api.graphqlUrl || !api.apiKey) {
    throw new Error(`no GraphQL API to test: the runtime printed no "GraphQL: <url>" / "API key: <key>" lines `
      + `and ${listed.answer}\nthe runtime printed:\n${runtime.output()}`);
  }
  return api;
}

async function listedApi(endpoint) {
  const response = await fetch(`${endpoint}/v1/apis`, { signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
  const text = await response.text();
  const answer = `GET /v1/apis answered ${response.status}: ${text.slice(0, 500)}`;
  if (!response.ok) {
    return { answer };
  }
  const apis = JSON.parse(text).graphqlApis ?? [];
  return { answer, api: apis.find(api => api.name === API_NAME) };
}

async function firstApiKey(endpoint, apiId) {
  const response = await fetch(`${endpoint}/v1/apis/${encodeURIComponent(apiId)}/apikeys`,
    { signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
  if (!response.ok) {
    return undefined;
  }
  return (await response.json()).apiKeys?.[0]?.id;
}

/** The same URL on HTTPS (WSS for a real-time URL): the runtime serves both schemes on its one port. */
export function overTls(url) {
  return url.replace(/^http:/, 'https:').replace(/^ws:/, 'wss:');
}
