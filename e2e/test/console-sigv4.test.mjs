// How the console signs its AWS JSON calls (sigv4.js, no browser: Node's Web Crypto is the browser's API): AWS's
// own Signature Version 4 test vector, and a temporary key's session token signed along.
import assert from 'node:assert/strict';
import { test } from 'node:test';

const CONSOLE = new URL('../../local/src/main/resources/com/apartmentbooking/local/console/', import.meta.url);
const { signedHeaders } = await import(new URL('sigv4.js', CONSOLE));

// AWS's Signature Version 4 test suite: its example key, time, host and service name.
const EXAMPLE = {
  host: 'example.amazonaws.com',
  path: '/',
  service: 'service',
  region: 'us-east-1',
  date: new Date('2015-08-30T12:36:00Z'),
  key: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY' },
};

test("a POST with no body signs as AWS's test suite's post-vanilla", async () => {
  const headers = await signedHeaders({ ...EXAMPLE, headers: {}, body: '' });

  assert.deepEqual(headers, {
    'x-amz-date': '20150830T123600Z',
    Authorization: 'AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, '
      + 'SignedHeaders=host;x-amz-date, Signature=5da7c1a2acd57cee7505fc6676e4e544621c30862966e37dddb68e92efbe5d6b',
  });
});

test('the target and a session token are signed, in the order of their names', async () => {
  const headers = await signedHeaders({ ...EXAMPLE, headers: { 'x-amz-target': 'DynamoDB_20120810.ListTables' },
    body: '{}', key: { ...EXAMPLE.key, sessionToken: 'token' } });

  assert.equal(headers['x-amz-security-token'], 'token');
  assert.match(headers.Authorization, /, SignedHeaders=host;x-amz-date;x-amz-security-token;x-amz-target, /);
});

test('another body is another signature', async () => {
  const empty = await signedHeaders({ ...EXAMPLE, headers: {}, body: '' });
  const object = await signedHeaders({ ...EXAMPLE, headers: {}, body: '{}' });

  assert.notEqual(object.Authorization, empty.Authorization);
});
