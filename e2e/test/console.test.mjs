// The operators' console in a real browser (Debian's chromium, headless): a booking requested through GraphQL
// appears live among the executions; its page draws the workflow with the path taken and the current state, and
// follows it once the clock passes the payment window; the status filter, the booking, the dead-letter queues and
// the page's own clock control are shown. Screenshots go to e2e/artifacts/.
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, test } from 'node:test';
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

let runtime;
let system;
let browser;
let page;
const pageErrors = [];

before(async () => {
  await mkdir(ARTIFACTS, { recursive: true });
  runtime = await LocalRuntime.start();
  system = await bookingSystem(runtime);
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1500, height: 1000 } });
  page.on('pageerror', error => pageErrors.push(`page error: ${error.message}`));
  page.on('console', message => message.type() === 'error' && pageErrors.push(`console: ${message.text()}`));
});

after(async () => {
  await browser?.close();
  await runtime?.stop();
});

test('an operator follows a booking from its request to its expiry in the console', async () => {
  try {
    await followBooking();
  } catch (failure) {
    await screenshot('failure');
    failure.message += `\nthe page reported: ${JSON.stringify(pageErrors)}; it shows (console-failure.png): `
      + (await page.locator('body').innerText()).slice(0, 2000);
    throw failure;
  }
});

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

async function takenStates() {
  return (await page.locator('#graph g.node.taken').evaluateAll(nodes => nodes.map(node => node.dataset.state)))
    .sort();
}

async function screenshot(name) {
  await page.screenshot({ path: join(ARTIFACTS, `console-${name}.png`), fullPage: true });
}

/** requestBooking as a front end sends it: GraphQL over HTTP with the API key. */
async function requestBooking(apartmentId) {
  const response = await fetch(system.api.graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-api-key': system.api.apiKey },
    body: JSON.stringify({
      query: 'mutation Request($input: RequestBookingInput!) { requestBooking(input: $input) { id status } }',
      variables: { input: { apartmentId, customerId: `console-${randomUUID()}`,
        paymentWindowSeconds: PAYMENT_WINDOW_SECONDS, clientToken: randomUUID() } },
    }),
    signal: AbortSignal.timeout(HTTP_TIMEOUT_MS),
  });
  const answer = await response.json();
  assert.equal(answer.data?.requestBooking?.status, 'REQUESTED', JSON.stringify(answer));
  return answer.data.requestBooking;
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
