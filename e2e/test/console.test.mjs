// The operators' console in a real browser (Debian's chromium, headless): a booking requested through GraphQL
// appears live among the executions; its page draws the workflow with the path taken and the current state, and
// follows it once the clock passes the payment window; the status filter, the booking, the dead-letter queues and
// the page's own clock control are shown. Bookings and apartments follow AppSync's real-time API without polling,
// and the page polls while that connection is down and reconnects. Screenshots go to e2e/artifacts/.
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { after, afterEach, before, beforeEach, test } from 'node:test';
import { bookingSystem } from '../lib/booking-system.mjs';
import { launchChromium } from '../lib/chromium.mjs';
import { LocalRuntime } from '../lib/local-runtime.mjs';

const ARTIFACTS = fileURLToPath(new URL('../artifacts/', import.meta.url));
const PAYMENT_WINDOW_SECONDS = 60;
// A booking reaches the workflow through the table's stream and the relay function, whose first call starts its
// JVM; the console polls every 1.5 s.
const LIVE_TIMEOUT_MS = 90_000;
const HTTP_TIMEOUT_MS = 60_000;
const PATH_TO_THE_WAIT = ['ReadBookingRequest', 'CheckPaymentWindow', 'ReserveApartment', 'PublishBookingReserved',
  'WaitForPayment'];
const PATH_TO_EXPIRY = ['GetApartment', 'IsPaidByThisBooking', 'ReleaseApartment', 'MarkBookingExpired',
  'PublishBookingExpired', 'BookingExpired'];

const SCAN = 'DynamoDB_20120810.Scan';

let runtime;
let system;
let browser;
let page;
let pageErrors;

before(async () => {
  await mkdir(ARTIFACTS, { recursive: true });
  runtime = await LocalRuntime.start();
  system = await bookingSystem(runtime);
  browser = await launchChromium();
});

beforeEach(async () => {
  pageErrors = [];
  page = await browser.newPage({ viewport: { width: 1500, height: 1000 } });
  page.on('pageerror', error => pageErrors.push(`page error: ${error.message}`));
  page.on('console', message => message.type() === 'error' && pageErrors.push(`console: ${message.text()}`));
});

afterEach(async () => {
  await page?.close();
});

after(async () => {
  await browser?.close();
  await runtime?.stop();
});

test('an operator follows a booking from its request to its expiry in the console', async () => {
  await explained('failure', followBooking);
});

test('bookings and apartments follow the real-time API: a status change shows without a reload or a Scan',
  async () => {
    await explained('live-failure', followBookingLive);
  });

test('while the real-time connection is down the tables are polled, and the page reconnects', async () => {
  await explained('reconnect-failure', reconnect);
});

test('the executions list refreshes as soon as a booking changes, without waiting for its next poll', async () => {
  await explained('refresh-failure', refreshOnBookingChange);
});

/** Runs a journey; a failure keeps a screenshot and says what the page reported and showed. */
async function explained(name, journey) {
  try {
    await journey();
  } catch (failure) {
    await screenshot(name);
    failure.message += `\nthe page reported: ${JSON.stringify(pageErrors)}; it shows (console-${name}.png): `
      + (await page.locator('body').innerText()).slice(0, 2000);
    throw failure;
  }
}

async function followBooking() {
  await page.goto(`${runtime.endpoint}/console`);
  await page.locator('#executions td.empty', { hasText: 'No executions yet.' }).waitFor();

  const booking = await requestBooking('apt-001');
  const row = page.locator('#executions tr[data-execution-arn]');
  await row.waitFor({ timeout: LIVE_TIMEOUT_MS });
  assert.equal(await row.count(), 1, 'one execution for the one booking');
  assert.equal(await row.getAttribute('data-status'), 'RUNNING');
  await screenshot('1-executions');

  await row.locator('a').click();
  await page.locator('#graph g.node.current[data-state="WaitForPayment"]').waitFor({ timeout: LIVE_TIMEOUT_MS });
  assert.deepEqual(await takenStates(), ['(start)', ...PATH_TO_THE_WAIT].sort());
  assert.ok(await page.locator('#graph g.node[data-state="RejectBooking"]').count(), 'untaken states are drawn too');
  assert.equal(await page.locator('#graph g.edge.taken[data-from="ReserveApartment"][data-to="PublishBookingReserved"]')
    .count(), 1, 'the transition taken is marked');
  assert.equal(await page.locator('#graph g.node.failed').count(), 0);
  assert.equal(await page.locator('#graph g.edge.catch.taken').count(), 0, 'no Catch was taken');
  assert.match(await page.locator('#execution-input').textContent(), new RegExp(`"bookingId": "${booking.id}"`));
  await page.locator('#history details[data-type="WaitStateEntered"]').waitFor();
  await screenshot('2-execution-waiting');

  await advanceClock(PAYMENT_WINDOW_SECONDS + 1);

  await page.locator('main[data-execution-status="SUCCEEDED"]').waitFor({ timeout: LIVE_TIMEOUT_MS });
  assert.deepEqual(await takenStates(), ['(start)', '(end)', ...PATH_TO_THE_WAIT, ...PATH_TO_EXPIRY].sort());
  assert.equal(await page.locator('#graph g.node.current').count(), 0, 'an ended execution has no current state');
  assert.equal(await page.locator('#graph g.edge.taken[data-from="BookingExpired"][data-to="(end)"]').count(), 1);
  await page.locator('#history details[data-type="ExecutionSucceeded"]').click();
  // The execution's output is the last state's: BookingExpired published on the bus.
  assert.match(await page.locator('#history details[data-type="ExecutionSucceeded"] pre[data-detail="output"]')
    .textContent(), /"FailedEntryCount": 0/);
  await page.locator('#clock-offset', { hasText: '(advanced 1m 1s)' }).waitFor();
  await screenshot('3-execution-expired');

  await page.locator('a', { hasText: 'All executions' }).click();
  await page.locator('#status-filter').selectOption('RUNNING');
  await page.locator('#executions td.empty', { hasText: 'No RUNNING executions.' }).waitFor();
  await page.locator('#status-filter').selectOption('SUCCEEDED');
  await page.locator('#executions tr[data-status="SUCCEEDED"]').waitFor();
  assert.equal(await page.locator('#executions tr[data-execution-arn]').count(), 1);

  await page.locator('nav a[data-view="data"]').click();
  const bookingRow = page.locator(`tr[data-id="${booking.id}"]`);
  await bookingRow.locator('.status', { hasText: 'EXPIRED' }).waitFor({ timeout: LIVE_TIMEOUT_MS });
  await page.locator('tr[data-id="apt-001"] .status', { hasText: 'VACANT' }).waitFor({ timeout: LIVE_TIMEOUT_MS });
  await screenshot('4-bookings-and-apartments');

  const deadLetter = await sendDeadLetter('local-WorkflowDeadLetterQueue', JSON.stringify({ bookingId: booking.id }));
  await page.locator('nav a[data-view="dead-letters"]').click();
  const queue = page.locator('section[data-queue="local-WorkflowDeadLetterQueue"]');
  await queue.locator(`tr[data-message-id="${deadLetter}"]`).waitFor();
  assert.match(await queue.locator('h3').textContent(), /\(1 message\)/);
  assert.match(await queue.locator('pre').textContent(), new RegExp(`"bookingId": "${booking.id}"`));
  assert.match(await queue.textContent(), /ERROR_CODE: SDK_CLIENT_ERROR/);
  assert.equal(await page.locator('section[data-queue]').count(), 3, 'the template\'s three failure queues');
  await screenshot('5-dead-letters');

  await page.locator('#advance-by').fill('2h');
  await page.locator('#advance').click();
  await page.locator('#clock-offset', { hasText: '(advanced 2h 1m 1s)' }).waitFor({ timeout: HTTP_TIMEOUT_MS });
  await screenshot('6-clock-advanced');

  assert.deepEqual(pageErrors, [], 'the page reported no errors');
}

async function followBookingLive() {
  await page.goto(`${runtime.endpoint}/console#/data`);
  const live = page.locator('#live');
  await page.locator('#live[data-state="live"]').waitFor({ timeout: HTTP_TIMEOUT_MS });
  assert.equal(await live.textContent(), 'Live');

  const booking = await requestBooking('apt-002');
  const bookingStatus = page.locator(`tr[data-id="${booking.id}"] td[data-column="status"]`);
  const apartmentStatus = page.locator('tr[data-id="apt-002"] td[data-column="status"]');
  await bookingStatus.locator('.status', { hasText: 'RESERVED' }).waitFor({ timeout: LIVE_TIMEOUT_MS });
  await apartmentStatus.locator('.status', { hasText: 'RESERVED' }).waitFor({ timeout: LIVE_TIMEOUT_MS });
  // The first bookingId of a table of vacant apartments has no column yet: the page scans again to show it.
  await page.locator('tr[data-id="apt-002"] td[data-column="bookingId"]', { hasText: booking.id })
    .waitFor({ timeout: LIVE_TIMEOUT_MS });
  await waitStateEntered(booking.id);

  // From here on a Scan would fail: what the page shows next can only have come over the WebSocket.
  const scans = await refuseScans();
  await page.evaluate(() => {
    window.loadedBeforeTheChange = true;
  });
  await advanceClock(PAYMENT_WINDOW_SECONDS + 1);

  await bookingStatus.locator('.status', { hasText: 'EXPIRED' }).waitFor({ timeout: LIVE_TIMEOUT_MS });
  await apartmentStatus.locator('.status', { hasText: 'VACANT' }).waitFor({ timeout: LIVE_TIMEOUT_MS });
  assert.deepEqual(scans, [], 'no table was scanned while the feed was live');
  assert.equal(await page.evaluate(() => window.loadedBeforeTheChange), true, 'the page was not reloaded');
  assert.equal(await live.getAttribute('data-state'), 'live');
  assert.equal(await page.locator('#problem').isHidden(), true, 'the page shows no problem');
  assert.equal(await page.locator('tr[data-id="apt-002"] td[data-column="bookingId"]').textContent(), '',
    'the apartment no longer names the booking');
  await screenshot('7-live-tables');
  assert.deepEqual(pageErrors, [], 'the page reported no errors');
}

async function reconnect() {
  const connections = [];
  await page.routeWebSocket(/\/realtime\?/, socket => {
    connections.push(socket);
    socket.connectToServer();
  });
  await page.goto(`${runtime.endpoint}/console#/data`);
  await page.locator('#live[data-state="live"]').waitFor({ timeout: HTTP_TIMEOUT_MS });
  assert.equal(connections.length, 1);
  assert.deepEqual(connections[0].protocols(), ['graphql-ws']);
  const handshake = new URL(connections[0].url());
  assert.deepEqual(JSON.parse(Buffer.from(handshake.searchParams.get('header'), 'base64').toString()),
    { host: new URL(system.api.graphqlUrl).host, 'x-api-key': system.api.apiKey });
  assert.equal(handshake.searchParams.get('payload'), 'e30=');

  const scanned = page.waitForRequest(request => request.headers()['x-amz-target'] === SCAN,
    { timeout: HTTP_TIMEOUT_MS });
  await connections[0].close({ code: 1001, reason: 'going away' });
  await page.locator('#live[data-state="down"]', { hasText: /^Polling · reconnecting in \d+ s$/ }).waitFor();
  assert.match(await page.locator('#live').getAttribute('title'), /the connection closed \(1001 going away\)/);
  await scanned;

  await page.locator('#live[data-state="live"]').waitFor({ timeout: HTTP_TIMEOUT_MS });
  assert.equal(connections.length, 2, 'one connection again');
  await screenshot('8-reconnected');
}

async function refreshOnBookingChange() {
  await page.clock.install();
  await page.goto(`${runtime.endpoint}/console#/executions`);
  await page.locator('#live[data-state="live"]').waitFor({ timeout: HTTP_TIMEOUT_MS });
  await page.locator('#executions tbody tr').first().waitFor();
  const shown = await page.locator('#executions tr[data-execution-arn]').count();
  // From here on no timer of the page fires: no poll comes, only what the live feed delivers moves the page.
  await pauseThePagesClock();

  const booking = await requestBooking('apt-003');

  await page.locator('#executions tr[data-execution-arn]').nth(shown).waitFor({ timeout: LIVE_TIMEOUT_MS });
  assert.equal(await page.locator('#executions tr[data-execution-arn]').count(), shown + 1);
  assert.equal(await page.locator('#executions tr[data-execution-arn]').first().getAttribute('data-status'),
    'RUNNING', `the newest execution, booking ${booking.id}'s, is first`);
  assert.deepEqual(pageErrors, [], 'the page reported no errors');
}

/**
 * Stops the page's clock a little ahead of its present: pausing at a time the running clock has already passed is
 * refused, so a busy machine gets a larger step. A poll the step fires is given time to be answered before the test
 * goes on, so that no answer in flight can stand in for the live feed.
 */
async function pauseThePagesClock() {
  for (let stepMs = 100; ; stepMs *= 2) {
    try {
      await page.clock.pauseAt(await page.evaluate(step => Date.now() + step, stepMs));
      break;
    } catch (refused) {
      if (!/fast-forward to the past/.test(refused.message) || stepMs >= 10_000) {
        throw refused;
      }
    }
  }
  await sleep(1_000);
}

/** Answers every Scan the page sends from now on with an error; the list of those it sent. */
async function refuseScans() {
  const scans = [];
  await page.route(`${runtime.endpoint}/`, route => {
    if (route.request().headers()['x-amz-target'] !== SCAN) {
      return route.continue();
    }
    scans.push(route.request().postData());
    return route.fulfill({ status: 500, contentType: 'application/x-amz-json-1.0',
      body: JSON.stringify({ __type: 'InternalServerError', message: 'no Scan while the feed is live' }) });
  });
  return scans;
}

/** Waits until the booking's workflow waits for the payment (its history has WaitStateEntered). */
async function waitStateEntered(bookingId) {
  const deadline = Date.now() + LIVE_TIMEOUT_MS;
  for (;;) {
    const answer = await graphql('query History($id: ID!) { bookingHistory(bookingId: $id) { type } }',
      { id: bookingId });
    if (answer.data?.bookingHistory?.some(event => event.type === 'WaitStateEntered')) {
      return;
    }
    assert.ok(Date.now() < deadline, `booking ${bookingId} did not wait for its payment: ${JSON.stringify(answer)}`);
    await sleep(200);
  }
}

async function takenStates() {
  return (await page.locator('#graph g.node.taken').evaluateAll(nodes => nodes.map(node => node.dataset.state)))
    .sort();
}

async function screenshot(name) {
  await page.screenshot({ path: join(ARTIFACTS, `console-${name}.png`), fullPage: true });
}

/** requestBooking as a front end sends it. */
async function requestBooking(apartmentId) {
  const answer = await graphql(
    'mutation Request($input: RequestBookingInput!) { requestBooking(input: $input) { id status } }',
    { input: { apartmentId, customerId: `console-${randomUUID()}`, paymentWindowSeconds: PAYMENT_WINDOW_SECONDS,
      clientToken: randomUUID() } });
  assert.equal(answer.data?.requestBooking?.status, 'REQUESTED', JSON.stringify(answer));
  return answer.data.requestBooking;
}

/** GraphQL over HTTP with the API key, as a front end sends it; the answer's JSON. */
async function graphql(query, variables) {
  const response = await fetch(system.api.graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-api-key': system.api.apiKey },
    body: JSON.stringify({ query, variables }),
    signal: AbortSignal.timeout(HTTP_TIMEOUT_MS),
  });
  return response.json();
}

/**
 * A message in a queue as EventBridge dead-letters an event it could not deliver (its error in message
 * attributes), sent through the runtime's SQS API; its MessageId.
 */
async function sendDeadLetter(queueName, body) {
  const urls = (await awsJson('AmazonSQS.ListQueues', {})).QueueUrls;
  const queueUrl = urls.find(url => url.endsWith(`/${queueName}`));
  assert.ok(queueUrl, `no queue ${queueName} among ${urls}`);
  const sent = await awsJson('AmazonSQS.SendMessage', { QueueUrl: queueUrl, MessageBody: body,
    MessageAttributes: { ERROR_CODE: { DataType: 'String', StringValue: 'SDK_CLIENT_ERROR' } } });
  return sent.MessageId;
}

async function awsJson(target, request) {
  const response = await fetch(`${runtime.endpoint}/`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-amz-json-1.0', 'x-amz-target': target },
    body: JSON.stringify(request),
    signal: AbortSignal.timeout(HTTP_TIMEOUT_MS),
  });
  const answer = await response.text();
  assert.equal(response.status, 200, `${target} answered ${response.status}: ${answer}`);
  return JSON.parse(answer);
}

/** The operator's clock advance, as the CLI sends it; answered once what fell due has run. */
async function advanceClock(seconds) {
  const response = await fetch(system.clockUrl + '/advance', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ seconds }),
    signal: AbortSignal.timeout(HTTP_TIMEOUT_MS),
  });
  assert.equal(response.status, 200, `the clock advance answered ${response.status}: ${await response.text()}`);
}
