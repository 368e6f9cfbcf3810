// Node 20 has no global WebSocket, and AppSync's subscription link opens its socket with `new WebSocket(url,
// protocols)`: the `ws` package takes that place. Its subclass here also keeps the protocol messages the
// server sent, so a test can tell when its subscriptions were acknowledged and say what arrived when one fails.
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
    this.on('unexpected-response', (request, response) => {
      messages.push({ handshakeRefused: response.statusCode });
    });
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

/** Ends the sockets still open, so a finished test leaves no connection behind. */
export function closeRealtimeSockets() {
  sockets.forEach(socket => socket.terminate());
}
