// The booking journeys a front end and the payment provider drive through the GraphQL API, the signed payment
// webhook and the runtime's clock, asserting what subscribers are told along the way.
import assert from 'node:assert/strict';
import { createHmac, randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { gql } from '@apollo/client';
import { appSyncClient } from './appsync-client.mjs';
import { closeRealtimeSockets, realtimeMessages } from './realtime-socket.mjs';
import { describeError, StatusFeed } from './status-feed.mjs';

// Long enough that the functions' first starts (real time) never outlast it before the payment arrives; the
// clock is advanced past it, so its length costs no time.
export const PAYMENT_WINDOW_SECONDS = 60;
const ACK_TIMEOUT_MS = 30_000;
// A status change reaches subscribers through the table's stream and the projector function, whose first
// call starts its JVM.
const CHANGE_TIMEOUT_MS = 60_000;
const WAIT_STATE_TIMEOUT_MS = 30_000;
const HTTP_TIMEOUT_MS = 60_000;

// No bookingId argument, for every booking's changes: on AppSync an explicit `bookingId: null` would ask only for
// changes whose bookingId is null.
const BOOKING_CHANGES = gql`
  subscription BookingChanges {
    onBookingStatusChanged { bookingId apartmentId status updatedAt }
  }`;
const APARTMENT_CHANGES = gql`
  subscription ApartmentChanges($apartmentId: ID) {
    onApartmentStatusChanged(apartmentId: $apartmentId) { apartmentId status bookingId updatedAt }
  }`;
const REQUEST_BOOKING = gql`
  mutation RequestBooking($input: RequestBookingInput!) {
    requestBooking(input: $input) { id apartmentId customerId status paymentWindowSeconds }
  }`;
const BOOKING_HISTORY = gql`
  query BookingHistory($bookingId: ID!) {
    bookingHistory(bookingId: $bookingId) { id type stateName }
  }`;

/**
 * A booking paid inside its window: subscribers see the booking REQUESTED, RESERVED, PAID, CONFIRMED and the
 * apartment RESERVED, PAID, in that order.
 *
 * @param system {{api, webhook: {url, secret}, clockUrl}} the GraphQL API, the payment webhook and the clock
 */
export async function paidBooking(system, apartmentId) {
  await withWatchedBooking(system, apartmentId, async ({ client, booking, bookings, apartment }) => {
    await pay(system.webhook, booking.id);
    await bookings.waitFor(`booking ${booking.id} PAID`, change => is(change, booking.id, 'PAID'), CHANGE_TIMEOUT_MS);
    await apartment.waitFor(`apartment ${apartmentId} PAID`, change => change.status === 'PAID', CHANGE_TIMEOUT_MS);
    await passPaymentWindow(system.clockUrl, client, booking.id);
    await bookings.waitFor(`booking ${booking.id} CONFIRMED`, change => is(change, booking.id, 'CONFIRMED'),
      CHANGE_TIMEOUT_MS);
    assert.deepEqual(statusesOf(bookings, booking.id), ['REQUESTED', 'RESERVED', 'PAID', 'CONFIRMED'],
      `booking ${booking.id}'s changes in the order subscribers received them`);
    assert.deepEqual(apartmentChangesOf(apartment, booking.id).map(change => [change.status, change.bookingId]),
      [['RESERVED', booking.id], ['PAID', booking.id]],
      `apartment ${apartmentId}'s changes in the order subscribers received them`);
  });
}

/**
 * A booking not paid: once the window has passed, subscribers see the apartment VACANT again and the booking
 * EXPIRED.
 */
export async function unpaidBooking(system, apartmentId) {
  await withWatchedBooking(system, apartmentId, async ({ client, booking, bookings, apartment }) => {
    await passPaymentWindow(system.clockUrl, client, booking.id);
    await apartment.waitFor(`apartment ${apartmentId} VACANT after the hold`,
      change => change.status === 'VACANT' && apartmentChangesOf(apartment, booking.id).includes(change),
      CHANGE_TIMEOUT_MS);
    await bookings.waitFor(`booking ${booking.id} EXPIRED`, change => is(change, booking.id, 'EXPIRED'),
      CHANGE_TIMEOUT_MS);
    assert.deepEqual(statusesOf(bookings, booking.id), ['REQUESTED', 'RESERVED', 'EXPIRED'],
      `booking ${booking.id}'s changes in the order subscribers received them`);
    assert.deepEqual(apartmentChangesOf(apartment, booking.id).map(change => [change.status, change.bookingId ?? null]),
      [['RESERVED', booking.id], ['VACANT', null]],
      `apartment ${apartmentId}'s changes in the order subscribers received them`);
  });
}

/**
 * The apartment's changes from the booking's hold on. The projector reads the tables' streams from their start
 * (TRIM_HORIZON), so the seeded apartment's own insert (VACANT, no booking) may reach a subscriber that subscribed
 * before the projector's first run had published it; that change is the seed's, not the booking's.
 */
function apartmentChangesOf(feed, bookingId) {
  const held = feed.events.findIndex(change => change.bookingId === bookingId);
  return held < 0 ? [] : feed.events.slice(held);
}

/**
 * Subscribes to all booking changes and to the apartment's, requests a booking of the apartment once both
 * subscriptions are acknowledged, waits until it is reserved, then runs the rest of the journey.
 */
async function withWatchedBooking(system, apartmentId, journey) {
  const client = appSyncClient(system.api);
  const acknowledged = realtimeMessages.length;
  const bookings = new StatusFeed(client, 'onBookingStatusChanged', BOOKING_CHANGES, {});
  const apartment = new StatusFeed(client, 'onApartmentStatusChanged', APARTMENT_CHANGES, { apartmentId });
  try {
    await subscriptionsAcknowledged(acknowledged, 2);
    const booking = await requestBooking(client, apartmentId);
    await apartment.waitFor(`apartment ${apartmentId} RESERVED`, change => change.status === 'RESERVED',
      CHANGE_TIMEOUT_MS);
    await bookings.waitFor(`booking ${booking.id} RESERVED`, change => is(change, booking.id, 'RESERVED'),
      CHANGE_TIMEOUT_MS);
    await journey({ client, booking, bookings, apartment });
  } finally {
    bookings.stop();
    apartment.stop();
    client.stop();
    await closeRealtimeSockets();
  }
}

/** Waits for `count` start_ack messages after the first `from` real-time messages; fails on an error message. */
async function subscriptionsAcknowledged(from, count) {
  const deadline = Date.now() + ACK_TIMEOUT_MS;
  for (;;) {
    const since = realtimeMessages.slice(from);
    const refusal = since.find(message => ['error', 'connection_error'].includes(message.type));
    if (refusal) {
      throw new Error(`the real-time endpoint refused: ${JSON.stringify(refusal)}; it sent ${JSON.stringify(since)}`);
    }
    if (since.filter(message => message.type === 'start_ack').length >= count) {
      return;
    }
    if (Date.now() > deadline) {
      throw new Error(`${count} subscriptions were not acknowledged (start_ack) within ${ACK_TIMEOUT_MS} ms; `
        + `the real-time endpoint sent ${JSON.stringify(since)}`);
    }
    await sleep(50);
  }
}

async function requestBooking(client, apartmentId) {
  const input = { apartmentId, customerId: `e2e-${randomUUID()}`, paymentWindowSeconds: PAYMENT_WINDOW_SECONDS,
    clientToken: randomUUID() };
  let result;
  try {
    result = await client.mutate({ mutation: REQUEST_BOOKING, variables: { input } });
  } catch (error) {
    throw new Error(`requestBooking failed: ${describeError(error)}`);
  }
  const booking = result.data?.requestBooking;
  assert.ok(booking?.id, `requestBooking answered ${JSON.stringify(result)}`);
  const { apartmentId: bookedApartment, customerId, status, paymentWindowSeconds } = booking;
  assert.deepEqual({ apartmentId: bookedApartment, customerId, status, paymentWindowSeconds },
    { apartmentId, customerId: input.customerId, status: 'REQUESTED', paymentWindowSeconds: PAYMENT_WINDOW_SECONDS },
    'requestBooking answers the new booking');
  return booking;
}

/** The payment provider's webhook call, signed as payment-handler verifies it. */
async function pay(webhook, bookingId) {
  const body = JSON.stringify({ id: `evt-${randomUUID()}`, type: 'payment.succeeded',
    data: { bookingId, amount: 120.5, currency: 'EUR' } });
  const response = await fetch(webhook.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'Payment-Signature': signature(webhook.secret, body) },
    body,
    signal: AbortSignal.timeout(HTTP_TIMEOUT_MS),
  });
  const answer = await response.text();
  assert.equal(response.status, 200, `the webhook answered ${response.status}: ${answer}`);
  assert.equal(JSON.parse(answer).result, 'ACCEPTED', `the webhook answered ${answer}`);
}

/** `t=<unix seconds>,v1=<hex HMAC-SHA256(secret, t + "." + body)>`, on the wall clock the function reads. */
export function signature(secret, body) {
  const t = Math.floor(Date.now() / 1000);
  const v1 = createHmac('sha256', secret).update(`${t}.${body}`).digest('hex');
  return `t=${t},v1=${v1}`;
}

/**
 * Once the booking's workflow waits for the payment (its history, as operators read it, shows the wait
 * entered), moves the runtime's clock past the window; the runtime answers when what fell due has run.
 */
async function passPaymentWindow(clockUrl, client, bookingId) {
  await waitStateEntered(client, bookingId);
  const response = await fetch(`${clockUrl}/advance`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ seconds: PAYMENT_WINDOW_SECONDS + 1 }),
    signal: AbortSignal.timeout(HTTP_TIMEOUT_MS),
  });
  assert.equal(response.status, 200, `the clock advance answered ${response.status}: ${await response.text()}`);
}

async function waitStateEntered(client, bookingId) {
  const deadline = Date.now() + WAIT_STATE_TIMEOUT_MS;
  let last;
  for (;;) {
    try {
      const result = await client.query({ query: BOOKING_HISTORY, variables: { bookingId }, fetchPolicy: 'no-cache' });
      last = JSON.stringify(result.data);
      if (result.data?.bookingHistory?.some(event => event.type === 'WaitStateEntered')) {
        return;
      }
    } catch (error) {
      last = describeError(error);
    }
    if (Date.now() > deadline) {
      throw new Error(`booking ${bookingId}'s workflow did not enter its wait within ${WAIT_STATE_TIMEOUT_MS} ms; `
        + `bookingHistory answered ${last}`);
    }
    await sleep(200);
  }
}

function is(change, bookingId, status) {
  return change.bookingId === bookingId && change.status === status;
}

function statusesOf(feed, bookingId) {
  return feed.events.filter(change => change.bookingId === bookingId).map(change => change.status);
}
