// Reads what the runtime prints when it starts (Main's report): where it listens, the functions' URLs and
// the GraphQL API's endpoints and key. One place, so a change of wording is one change here.

const READY = /^Local runtime ready in \d+ ms at (\S+)/;
const FUNCTION = /^\s*function (\S+)(?:\s+URL (\S+))?/;
const GRAPHQL = /^\s*GraphQL API \S+: (\S+)/;
const GRAPHQL_REALTIME = /^\s*real-time: (\S+)/;
const API_KEY = /^\s*API key \(x-api-key\): (\S+)/;

/** True when this line says the runtime is ready. */
export function isReadyLine(line) {
  return READY.test(line);
}

/**
 * What the startup lines tell: { endpoint, functionUrls: {name: url}, graphqlUrl, realtimeUrl, apiKey };
 * a value the lines do not give is undefined.
 */
export function parseStartupReport(lines) {
  const report = { functionUrls: {} };
  for (const line of lines) {
    let match;
    if ((match = READY.exec(line))) {
      report.endpoint = match[1];
    } else if ((match = GRAPHQL_REALTIME.exec(line))) {
      report.realtimeUrl = match[1];
    } else if ((match = GRAPHQL.exec(line))) {
      report.graphqlUrl = match[1];
    } else if ((match = API_KEY.exec(line))) {
      report.apiKey = match[1];
    } else if ((match = FUNCTION.exec(line)) && match[2]) {
      report.functionUrls[match[1]] = match[2];
    }
  }
  return report;
}
