// Node 20 has no global WebSocket, and AppSync's subscription link opens its socket with `new WebSocket(url,
// protocols)`: the `ws` package takes that place. Its subclass here also keeps the protocol messages the
// server sent, so a test can tell when its subscriptions were acknowledged and say what arrived when one fails.
import { setTimeout as sleep } from 'node:timers/promises';
import WebSocket from 'ws';

const sockets = new Set();
const messages = [];

class RecordingWebSocket extends WebSocket {
  constructor(...args) {
    super(...args);
    sockets.add(this);
    this.on('message', (data, isBinary) => {
      messages.push(isBinary ? { binary: data.length } : parse(data.toString()));
    });
    this.on('error', error => messages.push({ socketError: error.message }));
    this.on('close', () => sockets.delete(this));
  }
}

function parse(text) {
  try {
    return JSON.parse(text);
  } catch {
    return { text };
  }
}

globalThis.WebSocket = RecordingWebSocket;

/** Every message any real-time socket received, in arrival order. */
export const realtimeMessages = messages;

/**
 * Once subscriptions are stopped the link closes its socket itself (a second later, clearing its keep-alive
 * timer); whatever is still open after that is ended, so a finished journey leaves no connection behind.
 */
export async function closeRealtimeSockets(graceMs = 3_000) {
  const deadline = Date.now() + graceMs;
  while (sockets.size > 0 && Date.now() < deadline) {
    await sleep(50);
  }
  sockets.forEach(socket => socket.terminate());
}
