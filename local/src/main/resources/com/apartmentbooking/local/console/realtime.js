// AppSync's real-time WebSocket protocol as its developer guide describes a hand-made client: the authorization
// header and an empty payload as base64 query parameters, the graphql-ws subprotocol, connection_init and
// connection_ack, one start (with the same authorization) per subscription, keep-alives within the
// connectionTimeoutMs the ack gives, and reconnects with jittered exponential backoff when the connection drops.

const SUBPROTOCOL = 'graphql-ws';
/** The base64 of "{}": an API key connection has no payload. */
const EMPTY_PAYLOAD = 'e30=';
/** Until the connection_ack says otherwise: AppSync's documented 5 minutes. */
const DEFAULT_TIMEOUT_MS = 300_000;
/** How long a connection may take to be acknowledged, subscriptions included (AppSync names no limit). */
const HANDSHAKE_TIMEOUT_MS = 15_000;
const BACKOFF_BASE_MS = 1_000;
const BACKOFF_CAP_MS = 30_000;
const BACKOFF_FLOOR_MS = 250;

/** The wait before reconnect attempt `attempt` (0 first): "full jitter" below a doubling, capped ceiling. */
export function reconnectDelay(attempt, random = Math.random) {
  const ceiling = Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** attempt);
  return Math.max(BACKOFF_FLOOR_MS, Math.round(ceiling * random()));
}

/** The URL a connection opens: the real-time URL with the base64 authorization header and the empty payload. */
export function connectionUrl(realtimeUrl, authorization) {
  const header = btoa(JSON.stringify(authorization));
  return `${realtimeUrl}?header=${encodeURIComponent(header)}&payload=${encodeURIComponent(EMPTY_PAYLOAD)}`;
}

/**
 * Subscriptions kept open on one connection, reopened whenever it drops. Its state, told to `onState`, is
 * {state: 'connecting'}, {state: 'live', session} once every subscription is acknowledged (session counts the
 * connections that went live), or {state: 'down', reason, retryInMs} until the next attempt.
 */
export class LiveFeed {
  #options;
  #attempt = 0;
  #sessions = 0;
  /** The connection being opened or open: {socket, authorization, subscriptions: id -> field, acked, timeoutMs}. */
  #connection = null;
  #timer = null;
  #watchdog = null;
  #stopped = false;

  /**
   * @param options.subscriptions [{field, query}], each a subscription document selecting one field
   * @param options.findApi async () => {realtimeUrl, host, apiKey}, asked again before every attempt
   * @param options.onData (field, value) for each change delivered
   * @param options.onState (state) as above
   * @param options.WebSocket the WebSocket class (the browser's by default)
   * @param options.schedule (callback, ms) => handle, options.cancel (handle): timers (setTimeout's by default)
   * @param options.random the jitter's random numbers in [0, 1)
   */
  constructor(options) {
    this.#options = { WebSocket: globalThis.WebSocket, schedule: (callback, ms) => setTimeout(callback, ms),
      cancel: handle => clearTimeout(handle), random: Math.random, ...options };
  }

  start() {
    this.#connect();
    return this;
  }

  stop() {
    this.#stopped = true;
    this.#options.cancel(this.#timer);
    this.#detach();
  }

  async #connect() {
    this.#report({ state: 'connecting' });
    let api;
    try {
      api = await this.#options.findApi();
    } catch (failure) {
      this.#retry(failure.message ?? String(failure));
      return;
    }
    if (this.#stopped) {
      return;
    }
    const authorization = { host: api.host, 'x-api-key': api.apiKey };
    let socket;
    try {
      socket = new this.#options.WebSocket(connectionUrl(api.realtimeUrl, authorization), [SUBPROTOCOL]);
    } catch (failure) {
      // A URL the browser will not open (e.g. a real-time URL that is not ws: or wss:).
      this.#retry(failure.message ?? String(failure));
      return;
    }
    const connection = { socket, authorization, subscriptions: new Map(), acked: 0, timeoutMs: DEFAULT_TIMEOUT_MS };
    this.#connection = connection;
    this.#watch(connection, HANDSHAKE_TIMEOUT_MS, `no connection_ack within ${HANDSHAKE_TIMEOUT_MS} ms`);
    socket.onopen = () => socket.send(JSON.stringify({ type: 'connection_init' }));
    socket.onerror = () => {};
    socket.onclose = event => this.#drop(connection,
      `the connection closed (${event.code}${event.reason ? ` ${event.reason}` : ''})`);
    socket.onmessage = event => {
      let message;
      try {
        message = JSON.parse(event.data);
      } catch {
        this.#drop(connection, `the endpoint sent no JSON: ${String(event.data).slice(0, 200)}`);
        return;
      }
      this.#receive(connection, message);
    };
  }

  #receive(connection, message) {
    const { socket, subscriptions } = connection;
    const live = () => subscriptions.size > 0 && connection.acked === subscriptions.size;
    switch (message.type) {
      case 'connection_ack':
        connection.timeoutMs = message.payload?.connectionTimeoutMs ?? DEFAULT_TIMEOUT_MS;
        this.#watch(connection, HANDSHAKE_TIMEOUT_MS, 'the subscriptions were not acknowledged in time');
        for (const { field, query } of this.#options.subscriptions) {
          const id = randomId();
          subscriptions.set(id, field);
          socket.send(JSON.stringify({ id, type: 'start', payload: {
            data: JSON.stringify({ query, variables: {} }), extensions: { authorization: connection.authorization } } }));
        }
        break;
      case 'start_ack':
        if (subscriptions.has(message.id) && !live()) {
          connection.acked++;
          if (live()) {
            this.#attempt = 0;
            this.#keepAlive(connection);
            this.#report({ state: 'live', session: ++this.#sessions });
          }
        }
        break;
      case 'ka':
        if (live()) {
          this.#keepAlive(connection);
        }
        break;
      case 'data': {
        const field = subscriptions.get(message.id);
        const value = field && message.payload?.data?.[field];
        if (value) {
          this.#options.onData(field, value);
        }
        break;
      }
      case 'error':
      case 'connection_error':
        this.#drop(connection, describeErrors(message));
        break;
      default:
        break;
    }
  }

  #keepAlive(connection) {
    this.#watch(connection, connection.timeoutMs, `no keep-alive within ${connection.timeoutMs} ms`);
  }

  /** (Re)arms the watchdog: the connection is given up when nothing rearms it within `ms`. */
  #watch(connection, ms, reason) {
    this.#options.cancel(this.#watchdog);
    this.#watchdog = this.#options.schedule(() => this.#drop(connection, reason), ms);
  }

  #drop(connection, reason) {
    if (connection !== this.#connection || this.#stopped) {
      return;
    }
    this.#detach();
    this.#retry(reason);
  }

  #detach() {
    this.#options.cancel(this.#watchdog);
    const socket = this.#connection?.socket;
    this.#connection = null;
    if (socket) {
      socket.onopen = socket.onmessage = socket.onclose = socket.onerror = null;
      if (socket.readyState === 0 || socket.readyState === 1) {
        socket.close(1000);
      }
    }
  }

  #retry(reason) {
    if (this.#stopped) {
      return;
    }
    const retryInMs = reconnectDelay(this.#attempt++, this.#options.random);
    this.#report({ state: 'down', reason, retryInMs });
    this.#timer = this.#options.schedule(() => this.#connect(), retryInMs);
  }

  #report(state) {
    if (!this.#stopped) {
      this.#options.onState(state);
    }
  }
}

/** An error or connection_error message's errors as one line: "UnauthorizedException: ..." or its JSON. */
function describeErrors(message) {
  const errors = message.payload?.errors ?? [];
  const text = errors.map(error => [error.errorType?.split('#').pop(), error.message].filter(Boolean).join(': '))
    .filter(Boolean).join('; ');
  return `${message.type}: ${text || JSON.stringify(message.payload ?? {})}`;
}

/** A random UUID; crypto.randomUUID is only there on secure origins, and the console may be served over HTTP. */
function randomId() {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = [...bytes].map(byte => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
