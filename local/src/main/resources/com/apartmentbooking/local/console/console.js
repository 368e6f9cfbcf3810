// The operators' console: a page per hash route (#/executions, #/execution/<arn>, #/data, #/dead-letters), each
// refreshed by polling the runtime's APIs while it is shown, and the runtime's clock in the header. Bookings and
// apartments follow AppSync's real-time API instead while the page's live feed is connected (the header says so);
// Step Functions has no push API, so executions keep polling but refresh at once when a booking changes.
import { advanceClock, allPages, clock, realtimeApi, sqs, stepFunctions } from './aws.js';
import { executionView } from './execution.js';
import { LiveFeed } from './realtime.js';
import { tablesView } from './tables.js';
import { h, pretty, statusBadge, when } from './view.js';

const POLL_MS = 1500;
const STATUSES = ['RUNNING', 'SUCCEEDED', 'FAILED', 'TIMED_OUT', 'ABORTED'];
const DURATION = /^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h|d)?\s*$/;
const SECONDS_PER_UNIT = { ms: 0.001, s: 1, m: 60, h: 3600, d: 86400 };
const BOOKING_CHANGES = 'onBookingStatusChanged';
// No argument: every booking's and every apartment's changes (an explicit null would ask for those whose id is null).
const SUBSCRIPTIONS = [
  { field: BOOKING_CHANGES,
    query: 'subscription { onBookingStatusChanged { bookingId apartmentId status updatedAt } }' },
  { field: 'onApartmentStatusChanged',
    query: 'subscription { onApartmentStatusChanged { apartmentId status bookingId updatedAt } }' },
];

const main = document.getElementById('view');
const problem = document.getElementById('problem');
let generation = 0;
let statusFilter = '';
let liveSession = null;
// What the shown view does with a change the live feed delivers (see show).
let onLiveChange = () => {};

/**
 * Shows a view: `build` fills the emptied page and gives its refresh (or {refresh, onChange}), which runs now and
 * every POLL_MS until another view is shown or it answers false. onChange(field, value, refreshNow) takes the live
 * feed's changes; without it, a booking change refreshes the executions views at once.
 */
function show(name, build) {
  const mine = ++generation;
  document.querySelectorAll('nav a').forEach(link => link.classList.toggle('active', link.dataset.view === name));
  main.replaceChildren();
  main.dataset.view = name;
  delete main.dataset.executionStatus;
  const view = build();
  const { refresh, onChange } = typeof view === 'function' ? { refresh: view } : view;
  const shown = () => mine === generation;
  let timer;
  let running = false;
  let again = true;
  let queued = false;
  const tick = async () => {
    clearTimeout(timer);
    if (!shown()) {
      return;
    }
    if (running) {
      queued = true;
      return;
    }
    running = true;
    try {
      again = await refresh(shown) !== false;
      if (shown()) {
        clearProblem();
      }
    } catch (failure) {
      if (shown()) {
        showProblem(failure);
      }
    }
    running = false;
    if (queued && again) {
      queued = false;
      tick();
    } else if (again && shown()) {
      timer = setTimeout(tick, POLL_MS);
    }
  };
  const refreshNow = () => {
    if (again) {
      tick();
    }
  };
  onLiveChange = onChange ? (field, value) => onChange(field, value, refreshNow)
    : field => field === BOOKING_CHANGES && name === 'executions' && refreshNow();
  tick();
}

function route() {
  const [, name, argument] = /^#\/([^/]*)\/?(.*)$/.exec(location.hash) ?? [];
  if (name === 'execution' && argument) {
    show('executions', () => executionView(main, decodeURIComponent(argument)));
  } else if (name === 'data') {
    show('data', () => tablesView(main, { session: () => liveSession }));
  } else if (name === 'dead-letters') {
    show('dead-letters', deadLettersView);
  } else {
    show('executions', executionsView);
  }
}

// ---------------------------------------------------------------- executions

function executionsView() {
  const filter = h('select', { id: 'status-filter', 'aria-label': 'Status' },
    h('option', { value: '', text: 'All statuses' }),
    STATUSES.map(status => h('option', { value: status, text: status, selected: status === statusFilter })));
  const count = h('span', { class: 'muted' });
  const rows = h('tbody');
  const shownRows = new Map();
  main.append(h('h2', { text: 'Executions' }),
    h('div', { class: 'toolbar' }, h('label', { for: 'status-filter', text: 'Show' }), filter, count),
    h('table', { id: 'executions' },
      h('thead', {}, h('tr', {}, ['Execution', 'State machine', 'Status', 'Started', 'Stopped']
        .map(title => h('th', { text: title })))),
      rows));
  // A new filter is shown at once, not at the next poll.
  let shownNow = () => false;
  filter.addEventListener('change', () => {
    statusFilter = filter.value;
    refresh(shownNow).catch(showProblem);
  });
  return shown => {
    shownNow = shown;
    return refresh(shown);
  };

  async function refresh(shown) {
    const wanted = statusFilter;
    const machines = await allPages('ListStateMachines', {}, 'stateMachines');
    const executions = (await Promise.all(machines.map(machine => allPages('ListExecutions',
      wanted ? { stateMachineArn: machine.stateMachineArn, statusFilter: wanted }
        : { stateMachineArn: machine.stateMachineArn }, 'executions')))).flat();
    if (!shown() || wanted !== statusFilter) {
      return;
    }
    executions.sort((a, b) => b.startDate - a.startDate);
    count.textContent = `${executions.length} execution${executions.length === 1 ? '' : 's'} of `
      + `${machines.length} state machine${machines.length === 1 ? '' : 's'}`;
    rows.replaceChildren(...executions.map(executionRow));
    if (executions.length === 0) {
      rows.append(h('tr', {}, h('td', { colspan: 5, class: 'empty',
        text: wanted ? `No ${wanted} executions.` : 'No executions yet.' })));
    }
  }

  /**
   * An execution's row; the one shown already while its status has not changed, so a refresh never replaces the
   * link under an operator's click.
   */
  function executionRow(execution) {
    const shownRow = shownRows.get(execution.executionArn);
    if (shownRow?.dataset.status === execution.status) {
      return shownRow;
    }
    const row = h('tr', { 'data-execution-arn': execution.executionArn, 'data-status': execution.status },
      h('td', {}, h('a', { href: `#/execution/${encodeURIComponent(execution.executionArn)}`, text: execution.name })),
      h('td', { text: execution.stateMachineArn.split(':').pop() }),
      h('td', {}, statusBadge(execution.status)),
      h('td', { text: when(execution.startDate) }),
      h('td', { text: when(execution.stopDate) }));
    shownRows.set(execution.executionArn, row);
    return row;
  }
}

// ---------------------------------------------------------------- dead-letter queues

/**
 * Each queue's messages, looked at without taking them: ReceiveMessage with VisibilityTimeout 0 and no delete.
 * A look still counts as a receive (ApproximateReceiveCount), so messages are looked at again only when the
 * queue's approximate count changes or the operator asks.
 */
function deadLettersView() {
  const sections = h('div');
  const refreshButton = h('button', { type: 'button', text: 'Look again' });
  main.append(h('h2', { text: 'Dead-letter queues' }),
    h('div', { class: 'toolbar' }, h('span', { class: 'muted',
      text: 'Up to 10 messages per queue, looked at without deleting them.' }), refreshButton), sections);
  const seen = new Map();
  let lookAgain = false;
  refreshButton.addEventListener('click', () => {
    lookAgain = true;
  });
  return async shown => {
    const urls = (await sqs('ListQueues', {})).QueueUrls ?? [];
    const counts = await Promise.all(urls.map(async url => (await sqs('GetQueueAttributes',
      { QueueUrl: url, AttributeNames: ['ApproximateNumberOfMessages'] })).Attributes.ApproximateNumberOfMessages));
    const changed = lookAgain || urls.length !== seen.size
      || urls.some((url, index) => seen.get(url)?.count !== counts[index]);
    if (!changed) {
      return;
    }
    lookAgain = false;
    const queues = await Promise.all(urls.map(async (url, index) => ({ url, count: counts[index],
      messages: (await sqs('ReceiveMessage', { QueueUrl: url, MaxNumberOfMessages: 10, VisibilityTimeout: 0,
        MessageSystemAttributeNames: ['All'], MessageAttributeNames: ['All'] })).Messages ?? [] })));
    seen.clear();
    queues.forEach(queue => seen.set(queue.url, queue));
    if (shown()) {
      sections.replaceChildren(...queues.map(queueSection));
    }
  };
}

function queueSection({ url, count, messages }) {
  const name = url.split('/').pop();
  return h('section', { 'data-queue': name },
    h('h3', { text: `${name} (${count} message${count === '1' ? '' : 's'})` }),
    messages.length === 0 ? h('p', { class: 'empty', text: 'Empty.' }) : h('table', {},
      h('thead', {}, h('tr', {}, ['Sent', 'Receives', 'Attributes', 'Body'].map(title => h('th', { text: title })))),
      h('tbody', {}, messages.map(message => h('tr', { 'data-message-id': message.MessageId },
        h('td', { text: when(Number(message.Attributes?.SentTimestamp) / 1000) }),
        h('td', { text: message.Attributes?.ApproximateReceiveCount ?? '' }),
        h('td', { class: 'value', text: Object.entries(message.MessageAttributes ?? {})
          .map(([key, value]) => `${key}: ${value.StringValue ?? ''}`).join('\n') }),
        h('td', {}, h('pre', { text: pretty(message.Body) })))))));
}

// ---------------------------------------------------------------- the clock

const clockNow = document.getElementById('clock-now');
const clockOffset = document.getElementById('clock-offset');
const clockForm = document.getElementById('clock');

async function showClock() {
  try {
    const time = await clock();
    clockNow.textContent = time.now;
    clockNow.dateTime = time.now;
    clockOffset.textContent = time.offsetSeconds ? `(advanced ${duration(time.offsetSeconds)})` : '';
  } catch (failure) {
    showProblem(failure);
  }
}

clockForm.addEventListener('submit', async event => {
  event.preventDefault();
  const input = clockForm.elements['advance-by'];
  const match = DURATION.exec(input.value);
  if (!match) {
    showProblem(new Error(`"${input.value}" is no duration: give a number with ms, s, m, h or d (seconds if none)`));
    return;
  }
  const button = clockForm.querySelector('button');
  button.disabled = true;
  try {
    const seconds = Math.round(Number(match[1]) * SECONDS_PER_UNIT[match[2] ?? 's'] * 1000) / 1000;
    await advanceClock(seconds);
    input.value = '';
    clearProblem();
  } catch (failure) {
    showProblem(failure);
  } finally {
    button.disabled = false;
    await showClock();
  }
});

function duration(seconds) {
  const parts = [];
  let left = Math.round(seconds);
  for (const [unit, size] of [['d', 86400], ['h', 3600], ['m', 60], ['s', 1]]) {
    if (left >= size) {
      parts.push(`${Math.floor(left / size)}${unit}`);
      left %= size;
    }
  }
  return parts.join(' ') || `${seconds}s`;
}

// ---------------------------------------------------------------- the live feed

const liveIndicator = document.getElementById('live');

function showLiveState({ state, session, reason, retryInMs }) {
  liveSession = state === 'live' ? session : null;
  liveIndicator.dataset.state = state;
  liveIndicator.textContent = { connecting: 'Connecting…', live: 'Live',
    down: `Polling · reconnecting in ${Math.ceil(retryInMs / 1000)} s` }[state];
  liveIndicator.title = state === 'live' ? 'Bookings and apartments follow AppSync\'s real-time API'
    : state === 'down' ? `The real-time API is not connected: ${reason}` : 'Connecting to AppSync\'s real-time API';
}

function showProblem(failure) {
  problem.textContent = failure.message ?? String(failure);
  problem.hidden = false;
}

function clearProblem() {
  problem.hidden = true;
}

window.addEventListener('hashchange', route);
new LiveFeed({ subscriptions: SUBSCRIPTIONS, findApi: realtimeApi, onState: showLiveState,
  onData: (field, value) => onLiveChange(field, value) }).start();
route();
showClock();
setInterval(showClock, POLL_MS);
