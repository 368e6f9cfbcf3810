// Where a running runtime serves what the booking journeys call.
import { graphqlApi, overTls } from './graphql-api.mjs';
import { WEBHOOK_SECRET } from './local-runtime.mjs';

const WEBHOOK_FUNCTION = 'local-PaymentWebhookFunction';

/** {api, webhook: {url, secret}, clockUrl} of the runtime, over HTTP. */
export async function bookingSystem(runtime) {
  const functionUrl = runtime.report.functionUrls[WEBHOOK_FUNCTION];
  if (!functionUrl) {
    throw new Error(`the runtime printed no URL for ${WEBHOOK_FUNCTION}; it printed:\n${runtime.output()}`);
  }
  return {
    api: await graphqlApi(runtime),
    // The function URL ends with "/", as on AWS.
    webhook: { url: `${functionUrl}payments/webhook`, secret: WEBHOOK_SECRET },
    clockUrl: `${runtime.endpoint}/_local/clock`,
  };
}

/** The same system reached over HTTPS and WSS. */
export function overHttps(system) {
  return {
    api: { ...system.api, graphqlUrl: overTls(system.api.graphqlUrl),
      realtimeUrl: system.api.realtimeUrl && overTls(system.api.realtimeUrl) },
    webhook: { ...system.webhook, url: overTls(system.webhook.url) },
    clockUrl: overTls(system.clockUrl),
  };
}
