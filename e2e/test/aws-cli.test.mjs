// The AWS CLI v2 against the runtime's AppSync control plane, over HTTP and over HTTPS with the runtime's
// certificate authority as the CA bundle.
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { aws, awsCliV2 } from '../lib/aws-cli.mjs';
import { API_NAME, overTls } from '../lib/graphql-api.mjs';
import { LocalRuntime } from '../lib/local-runtime.mjs';

let runtime;
let cli;
let scratch;

before(async () => {
  cli = await awsCliV2();
  runtime = await LocalRuntime.start();
  scratch = await mkdtemp(join(tmpdir(), 'apartment-booking-cli-'));
});

after(async () => {
  await runtime?.stop();
  if (scratch) {
    await rm(scratch, { recursive: true, force: true });
  }
});

for (const scheme of ['http', 'https']) {
  const endpoint = () => (scheme === 'https' ? overTls(runtime.endpoint) : runtime.endpoint);
  const tls = () => (scheme === 'https' ? ['--ca-bundle', runtime.caFile] : []);

  test(`aws appsync list-graphql-apis lists the template's API (${scheme})`, async () => {
    const listed = JSON.parse(await aws(cli, endpoint(), ['appsync', 'list-graphql-apis'], tls()));
    const api = listed.graphqlApis?.find(candidate => candidate.name === API_NAME);
    assert.ok(api, `no API named ${API_NAME} in ${JSON.stringify(listed)}`);
    assert.match(api.apiId, /^[a-z0-9]{26}$/, `apiId ${api.apiId}`);
    assert.equal(api.authenticationType, 'API_KEY');
    assert.deepEqual(api.additionalAuthenticationProviders?.map(provider => provider.authenticationType),
      ['AWS_IAM']);
    assert.equal(api.xrayEnabled, true);
    assert.match(api.uris?.GRAPHQL ?? '', /^https?:\/\/.+/, `uris ${JSON.stringify(api.uris)}`);
    assert.match(api.uris?.REALTIME ?? '', /^wss?:\/\/.+/, `uris ${JSON.stringify(api.uris)}`);
    const printed = runtime.report.graphqlUrl;
    if (printed && scheme === 'http') {
      assert.equal(api.uris.GRAPHQL, printed, 'the GraphQL URL ListGraphqlApis gives is the one the runtime printed');
    }
  });

  test(`aws appsync get-introspection-schema writes the schema as SDL (${scheme})`, async () => {
    const apiId = await templateApiId(endpoint(), tls());
    const file = join(scratch, `schema-${scheme}.graphql`);
    await aws(cli, endpoint(), ['appsync', 'get-introspection-schema', '--api-id', apiId, '--format', 'SDL',
      '--include-directives', file], tls());
    const sdl = await readFile(file, 'utf8');
    assert.match(sdl, /requestBooking\(\s*input\s*:\s*RequestBookingInput!\s*\)\s*:\s*Booking!/, sdl);
    assert.match(sdl, /onBookingStatusChanged\(\s*bookingId\s*:\s*ID\s*\)\s*:\s*BookingStatusChange/, sdl);
    assert.match(sdl, /@aws_subscribe\(\s*mutations\s*:\s*\[\s*"publishBookingStatus"\s*\]\s*\)/, sdl);
    assert.match(sdl, /enum ApartmentStatus\s*\{/, sdl);
  });
}

test('aws appsync get-introspection-schema --no-include-directives leaves AppSync\'s directives out', async () => {
  const apiId = await templateApiId(runtime.endpoint, []);
  const file = join(scratch, 'schema-without-directives.graphql');
  await aws(cli, runtime.endpoint, ['appsync', 'get-introspection-schema', '--api-id', apiId, '--format', 'SDL',
    '--no-include-directives', file]);
  const sdl = await readFile(file, 'utf8');
  assert.match(sdl, /onBookingStatusChanged/, sdl);
  assert.doesNotMatch(sdl, /@aws_/, sdl);
});

async function templateApiId(endpoint, tls) {
  const listed = JSON.parse(await aws(cli, endpoint, ['appsync', 'list-graphql-apis'], tls));
  const api = listed.graphqlApis?.find(candidate => candidate.name === API_NAME);
  assert.ok(api, `no API named ${API_NAME} in ${JSON.stringify(listed)}`);
  return api.apiId;
}
