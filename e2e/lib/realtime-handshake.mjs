// AppSync's real-time handshake as its developer guide writes it for a hand-made client: the authorization
// header and an empty payload as base64 query parameters, the graphql-ws subprotocol, then connection_init.
import WebSocket from 'ws';

const HANDSHAKE_TIMEOUT_MS = 15_000;

/** Resolves with the first message the endpoint answers connection_init with; fails on timeout or close. */
export function connectionAnswer(realtimeUrl, { graphqlUrl, apiKey }) {
  const header = Buffer.from(JSON.stringify({ host: new URL(graphqlUrl).host, 'x-api-key': apiKey })).toString('base64');
  const url = `${realtimeUrl}?header=${encodeURIComponent(header)}&payload=e30=`;
  return new Promise((resolvePromise, reject) => {
    const socket = new WebSocket(url, ['graphql-ws']);
    const timer = setTimeout(() => {
      socket.terminate();
      reject(new Error(`${realtimeUrl} did not answer connection_init within ${HANDSHAKE_TIMEOUT_MS} ms`));
    }, HANDSHAKE_TIMEOUT_MS);
    const fail = reason => {
      clearTimeout(timer);
      reject(new Error(`${realtimeUrl}: ${reason}`));
    };
    socket.on('open', () => socket.send(JSON.stringify({ type: 'connection_init' })));
    socket.on('message', data => {
      clearTimeout(timer);
      socket.close(1000);
      resolvePromise({ protocol: socket.protocol, message: JSON.parse(data.toString()) });
    });
    socket.on('error', error => fail(error.message));
    socket.on('close', (code, reason) => fail(`closed (${code} ${reason}) before answering connection_init`));
  });
}
