// AppSync's own JavaScript clients (Apollo with aws-appsync-auth-link and aws-appsync-subscription-link)
// against the local runtime started from the repository's template, as a front end uses the deployed stack.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { paidBooking, unpaidBooking } from '../lib/booking-flows.mjs';
import { bookingSystem, overHttps } from '../lib/booking-system.mjs';
import { LocalRuntime } from '../lib/local-runtime.mjs';
import { connectionAnswer } from '../lib/realtime-handshake.mjs';

const PAID_BOOKING_PROCESS = fileURLToPath(new URL('../lib/paid-booking-process.mjs', import.meta.url));
const PROCESS_TIMEOUT_MS = 240_000;

let runtime;
let system;

before(async () => {
  runtime = await LocalRuntime.start();
  system = await bookingSystem(runtime);
});

after(async () => {
  await runtime?.stop();
});

// Each journey books its own sample apartment (infra/sample-data.json), so they share one runtime.

test('the real-time URL the runtime names acknowledges AppSync\'s connection handshake', async () => {
  assert.ok(system.api.realtimeUrl, 'the runtime names no real-time URL');
  const answer = await connectionAnswer(system.api.realtimeUrl, system.api);
  assert.equal(answer.protocol, 'graphql-ws');
  assert.equal(answer.message.type, 'connection_ack', JSON.stringify(answer.message));
  assert.equal(typeof answer.message.payload?.connectionTimeoutMs, 'number', JSON.stringify(answer.message));
});

test('subscribers see a paid booking RESERVED, PAID, CONFIRMED and its apartment RESERVED, PAID', async () => {
  await paidBooking(system, 'apt-001');
});

test('subscribers see an unpaid booking EXPIRED and its apartment VACANT again after the window', async () => {
  await unpaidBooking(system, 'apt-002');
});

test('the paid booking over HTTPS and WSS, trusting the runtime\'s certificate authority', async () => {
  assert.ok(existsSync(runtime.caFile), `the runtime wrote no certificate authority at ${runtime.caFile}`);
  const outcome = await runNode(PAID_BOOKING_PROCESS, [JSON.stringify(overHttps(system)), 'apt-003'],
    { ...process.env, NODE_EXTRA_CA_CERTS: runtime.caFile });
  assert.equal(outcome.code, 0, `the journey over HTTPS failed (${outcome.signal ?? `exit ${outcome.code}`}):\n`
    + outcome.output);
});

function runNode(script, args, env) {
  return new Promise(resolvePromise => {
    const child = spawn(process.execPath, [script, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', chunk => (output += chunk));
    child.stderr.on('data', chunk => (output += chunk));
    const timer = setTimeout(() => {
      output += `\n(stopped after ${PROCESS_TIMEOUT_MS} ms)`;
      child.kill('SIGKILL');
    }, PROCESS_TIMEOUT_MS);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolvePromise({ code, signal, output });
    });
  });
}
