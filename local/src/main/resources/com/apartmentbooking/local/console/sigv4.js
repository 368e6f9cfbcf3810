// AWS Signature Version 4 for the page's AWS JSON calls, with the browser's Web Crypto (HMAC-SHA256, SHA-256), as
// the SDKs sign: the runtime checks DynamoDB's signatures as DynamoDB does and refuses a call without one.
// Web Crypto exists only in a secure context: https, or http on localhost and 127.0.0.1.

const ALGORITHM = 'AWS4-HMAC-SHA256';
const encoder = new TextEncoder();

/**
 * The headers that sign a POST of `body` to `path` (no query) on `host` for `service` in `region`, at `date`:
 * X-Amz-Date, X-Amz-Security-Token when the key has one, and Authorization. `headers` (lower-case names) are
 * signed with host; {accessKeyId, secretAccessKey, sessionToken?} is the key.
 */
export async function signedHeaders({ host, path, headers, body, service, region, key, date = new Date() }) {
  if (!globalThis.crypto?.subtle) {
    throw new Error('this page cannot sign its AWS calls outside a secure context: open it over https, or on localhost');
  }
  const amzDate = date.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
  const day = amzDate.slice(0, 8);
  const added = { 'x-amz-date': amzDate, ...(key.sessionToken ? { 'x-amz-security-token': key.sessionToken } : {}) };
  const signed = { ...headers, ...added, host };
  const names = Object.keys(signed).sort();
  const canonical = ['POST', path, '',
    ...names.map(name => `${name}:${String(signed[name]).trim().replace(/\s+/g, ' ')}`), '',
    names.join(';'), await sha256Hex(body)].join('\n');
  const scope = `${day}/${region}/${service}/aws4_request`;
  const stringToSign = [ALGORITHM, amzDate, scope, await sha256Hex(canonical)].join('\n');
  let signingKey = encoder.encode(`AWS4${key.secretAccessKey}`);
  for (const part of [day, region, service, 'aws4_request']) {
    signingKey = await hmac(signingKey, part);
  }
  const signature = hex(await hmac(signingKey, stringToSign));
  return {
    ...added,
    Authorization: `${ALGORITHM} Credential=${key.accessKeyId}/${scope}, SignedHeaders=${names.join(';')}, `
      + `Signature=${signature}`,
  };
}

async function sha256Hex(text) {
  return hex(await globalThis.crypto.subtle.digest('SHA-256', encoder.encode(text)));
}

async function hmac(keyBytes, text) {
  const key = await globalThis.crypto.subtle.importKey('raw', keyBytes, { name: 'HMAC', hash: 'SHA-256' }, false,
    ['sign']);
  return new Uint8Array(await globalThis.crypto.subtle.sign('HMAC', key, encoder.encode(text)));
}

function hex(bytes) {
  return [...new Uint8Array(bytes)].map(byte => byte.toString(16).padStart(2, '0')).join('');
}
