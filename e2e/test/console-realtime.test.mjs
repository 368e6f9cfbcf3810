// The console's real-time client (realtime.js, no browser): what it sends on AppSync's real-time protocol, what it
// tells the page, and how it reconnects, driven through a scripted WebSocket and timers the test fires itself.
import assert from 'node:assert/strict';
import { test } from 'node:test';

const CONSOLE = new URL('../../local/src/main/resources/com/apartmentbooking/local/console/', import.meta.url);
const { connectionUrl, LiveFeed, reconnectDelay } = await import(new URL('realtime.js', CONSOLE));

const API = { realtimeUrl: 'ws://localhost:4566/graphql/abc123/realtime', host: 'localhost:4566',
  apiKey: 'da2-testkey' };
const SUBSCRIPTIONS = [
  { field: 'onBookingStatusChanged', query: 'subscription { onBookingStatusChanged { bookingId status } }' },
  { field: 'onApartmentStatusChanged', query: 'subscription { onApartmentStatusChanged { apartmentId status } }' },
];

/** A WebSocket the test plays the server of. */
class ScriptedSocket {
  constructor(url, protocols) {
    if (!url.startsWith('ws')) {
      throw new SyntaxError(`the socket refuses ${url.split('?')[0]}`);
    }
    this.url = url;
    this.protocols = protocols;
    this.sent = [];
    this.readyState = 0;
    this.closedWith = undefined;
  }

  send(text) {
    this.sent.push(JSON.parse(text));
  }

  close(code) {
    this.closedWith = code;
    this.readyState = 3;
  }

  open() {
    this.readyState = 1;
    this.onopen?.();
  }

  receive(message) {
    this.onmessage?.({ data: JSON.stringify(message) });
  }

  drop(code, reason = '') {
    this.readyState = 3;
    this.onclose?.({ code, reason });
  }
}

/** A feed with scripted sockets and timers; `random` 0.5 makes every reconnect wait half its ceiling. */
async function startedFeed({ findApi = async () => API } = {}) {
  const sockets = [];
  const timers = [];
  const states = [];
  const data = [];
  const feed = new LiveFeed({
    subscriptions: SUBSCRIPTIONS,
    findApi,
    onData: (field, value) => data.push([field, value]),
    onState: state => states.push(state),
    WebSocket: class extends ScriptedSocket {
      constructor(url, protocols) {
        super(url, protocols);
        sockets.push(this);
      }
    },
    schedule: (callback, ms) => {
      const timer = { callback, ms, cancelled: false };
      timers.push(timer);
      return timer;
    },
    cancel: timer => {
      if (timer) {
        timer.cancelled = true;
      }
    },
    random: () => 0.5,
  }).start();
  await settled();
  const pending = () => timers.filter(timer => !timer.cancelled);
  return {
    feed, sockets, states, data,
    socket: () => sockets.at(-1),
    pending,
    /** Fires the one pending timer that waits `ms`. */
    async fire(ms) {
      const due = pending().filter(timer => timer.ms === ms);
      assert.equal(due.length, 1, `one pending ${ms} ms timer among ${JSON.stringify(pending().map(t => t.ms))}`);
      due[0].cancelled = true;
      due[0].callback();
      await settled();
    },
  };
}

/** Opens the newest socket and answers as AppSync does, up to every subscription acknowledged. */
function goLive(harness, connectionTimeoutMs = 300_000) {
  const socket = harness.socket();
  socket.open();
  socket.receive({ type: 'connection_ack', payload: { connectionTimeoutMs } });
  for (const start of socket.sent.filter(message => message.type === 'start')) {
    socket.receive({ type: 'start_ack', id: start.id });
  }
  return socket;
}

function settled() {
  return new Promise(resolve => setImmediate(resolve));
}

test('the connection opens as the developer guide writes it: header and payload in the URL, graphql-ws, '
  + 'connection_init, then one start per subscription with the same authorization', async () => {
  const harness = await startedFeed();
  const socket = harness.socket();

  const url = new URL(socket.url);
  assert.equal(`${url.origin}${url.pathname}`, 'ws://localhost:4566/graphql/abc123/realtime');
  assert.deepEqual(JSON.parse(Buffer.from(url.searchParams.get('header'), 'base64').toString()),
    { host: 'localhost:4566', 'x-api-key': 'da2-testkey' });
  assert.equal(url.searchParams.get('payload'), 'e30=');
  assert.deepEqual(socket.protocols, ['graphql-ws']);
  assert.deepEqual(socket.sent, [], 'nothing is sent before the socket opens');

  socket.open();
  assert.deepEqual(socket.sent, [{ type: 'connection_init' }]);

  socket.receive({ type: 'connection_ack', payload: { connectionTimeoutMs: 300000 } });
  const starts = socket.sent.slice(1);
  assert.equal(starts.length, 2);
  assert.deepEqual(starts.map(start => JSON.parse(start.payload.data)),
    SUBSCRIPTIONS.map(({ query }) => ({ query, variables: {} })));
  for (const start of starts) {
    assert.equal(start.type, 'start');
    assert.match(start.id, /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    assert.deepEqual(start.payload.extensions, { authorization: { host: 'localhost:4566', 'x-api-key': 'da2-testkey' } });
  }
  assert.notEqual(starts[0].id, starts[1].id);
  assert.deepEqual(harness.states, [{ state: 'connecting' }]);

  socket.receive({ type: 'start_ack', id: starts[0].id });
  assert.deepEqual(harness.states, [{ state: 'connecting' }], 'not live until every subscription is acknowledged');
  socket.receive({ type: 'start_ack', id: starts[1].id });
  assert.deepEqual(harness.states.at(-1), { state: 'live', session: 1 });
});

test('a change is handed to the page with the field of the subscription it came on', async () => {
  const harness = await startedFeed();
  const socket = goLive(harness);
  const [bookings, apartments] = socket.sent.filter(message => message.type === 'start');

  socket.receive({ type: 'data', id: apartments.id,
    payload: { data: { onApartmentStatusChanged: { apartmentId: 'apt-001', status: 'RESERVED' } } } });
  socket.receive({ type: 'ka' });
  socket.receive({ type: 'data', id: bookings.id,
    payload: { data: { onBookingStatusChanged: { bookingId: 'b1', status: 'EXPIRED' } } } });
  socket.receive({ type: 'data', id: 'someone-elses', payload: { data: { onBookingStatusChanged: { bookingId: 'x' } } } });

  assert.deepEqual(harness.data, [
    ['onApartmentStatusChanged', { apartmentId: 'apt-001', status: 'RESERVED' }],
    ['onBookingStatusChanged', { bookingId: 'b1', status: 'EXPIRED' }],
  ]);
});

test('a dropped connection is retried after a jittered, doubling wait, which starts again once it is live',
  async () => {
    let lookups = 0;
    const harness = await startedFeed({ findApi: async () => {
      lookups++;
      return API;
    } });
    goLive(harness);

    harness.socket().drop(1006);
    assert.deepEqual(harness.states.at(-1), { state: 'down', reason: 'the connection closed (1006)', retryInMs: 500 });
    await harness.fire(500);
    assert.equal(harness.sockets.length, 2);
    assert.equal(lookups, 2, 'the API and its key are looked up again before each attempt');
    assert.deepEqual(harness.states.at(-1), { state: 'connecting' });

    harness.socket().drop(1006);
    assert.equal(harness.states.at(-1).retryInMs, 1000);
    await harness.fire(1000);
    harness.socket().drop(1011, 'server error');
    assert.deepEqual(harness.states.at(-1), { state: 'down', reason: 'the connection closed (1011 server error)',
      retryInMs: 2000 });
    await harness.fire(2000);

    goLive(harness);
    assert.deepEqual(harness.states.at(-1), { state: 'live', session: 2 });
    harness.socket().drop(1001, 'going away');
    assert.equal(harness.states.at(-1).retryInMs, 500);
  });

test('the wait before a reconnect grows to at most 30 s and is never below 250 ms', () => {
  assert.equal(reconnectDelay(0, () => 0.999), 999);
  assert.equal(reconnectDelay(3, () => 0.5), 4000);
  assert.equal(reconnectDelay(20, () => 0.999), 29970);
  assert.equal(reconnectDelay(0, () => 0), 250);
});

test('no keep-alive within the connectionTimeoutMs the ack gave: the connection is closed and retried',
  async () => {
    const harness = await startedFeed();
    const socket = goLive(harness, 30_000);
    socket.receive({ type: 'ka' });
    assert.equal(harness.pending().filter(timer => timer.ms === 30_000).length, 1, 'a keep-alive rearms the watch');

    await harness.fire(30_000);

    assert.equal(socket.closedWith, 1000);
    assert.deepEqual(harness.states.at(-1), { state: 'down', reason: 'no keep-alive within 30000 ms', retryInMs: 500 });
  });

test('a refused connection or subscription is reported with AppSync\'s error and retried', async () => {
  const harness = await startedFeed();
  harness.socket().open();
  harness.socket().receive({ type: 'connection_error', payload: { errors: [{ errorType: 'UnauthorizedException',
    message: 'You are not authorized to make this call.', errorCode: 401 }] } });
  assert.equal(harness.socket().closedWith, 1000);
  assert.deepEqual(harness.states.at(-1), { state: 'down',
    reason: 'connection_error: UnauthorizedException: You are not authorized to make this call.', retryInMs: 500 });

  await harness.fire(500);
  const socket = harness.socket();
  socket.open();
  socket.receive({ type: 'connection_ack', payload: { connectionTimeoutMs: 300000 } });
  socket.receive({ type: 'error', id: socket.sent[1].id, payload: { errors: [{ errorType: 'ValidationError',
    message: 'Validation error of type FieldUndefined' }] } });
  assert.deepEqual(harness.states.at(-1), { state: 'down',
    reason: 'error: ValidationError: Validation error of type FieldUndefined', retryInMs: 1000 });
});

test('no GraphQL API to subscribe to: the page is told why and it is looked for again', async () => {
  const harness = await startedFeed({ findApi: async () => {
    throw new Error('no GraphQL API takes API keys (0 APIs)');
  } });

  assert.equal(harness.sockets.length, 0);
  assert.deepEqual(harness.states, [{ state: 'connecting' },
    { state: 'down', reason: 'no GraphQL API takes API keys (0 APIs)', retryInMs: 500 }]);
  await harness.fire(500);
  assert.deepEqual(harness.states.at(-1).retryInMs, 1000);
});

test('a real-time URL the WebSocket will not open is reported and retried', async () => {
  const refusing = await startedFeed({ findApi: async () => ({ ...API, realtimeUrl: 'not a url' }) });

  assert.deepEqual(refusing.states.at(-1), { state: 'down', reason: 'the socket refuses not a url', retryInMs: 500 });
});

test('a stopped feed closes its connection and tells nothing more', async () => {
  const harness = await startedFeed();
  const socket = goLive(harness);
  const told = harness.states.length;

  harness.feed.stop();
  socket.drop(1006);

  assert.equal(socket.closedWith, 1000);
  assert.equal(harness.states.length, told);
  assert.deepEqual(harness.pending(), []);
});

test('the connection URL percent-encodes the base64 header', () => {
  const url = connectionUrl('ws://h/graphql/realtime', { host: 'h', 'x-api-key': 'k?>' });
  assert.equal(url, `ws://h/graphql/realtime?header=${encodeURIComponent(btoa('{"host":"h","x-api-key":"k?>"}'))}`
    + '&payload=e30%3D');
});
