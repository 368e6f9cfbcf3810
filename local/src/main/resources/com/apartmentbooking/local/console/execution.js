// One execution: its state machine drawn from the definition it runs, the path it took, its current or failed
// state, and beside them its history, each event with its input and output. Refreshed while it runs.
import { allPages, stepFunctions } from './aws.js';
import { drawStateMachine, END, START } from './graph.js';
import { h, pretty, statusBadge, when } from './view.js';

// Events that open and close a nested run (Parallel branches, Map iterations): states entered inside one are not
// the top-level states the graph draws.
const NESTED_STARTS = new Set(['ParallelStateStarted', 'MapStateStarted']);
const NESTED_ENDS = new Set(['ParallelStateSucceeded', 'ParallelStateFailed', 'ParallelStateAborted',
  'MapStateSucceeded', 'MapStateFailed', 'MapStateAborted']);
const SHOWN_DETAILS = ['name', 'input', 'output', 'parameters', 'resource', 'resourceType', 'error', 'cause',
  'timeoutInSeconds', 'taskToken'];

/** The view's refresh function (see console.js' show); it answers false once the execution has ended. */
export function executionView(main, executionArn) {
  const summary = h('div', { id: 'execution-summary' });
  const graph = h('div', { class: 'graph', id: 'graph' });
  const history = h('div', { class: 'history', id: 'history' });
  main.append(h('p', {}, h('a', { href: '#/executions', text: '← All executions' })),
    h('div', { class: 'execution' },
      h('section', {}, h('h2', { text: 'State machine' }),
        h('div', { class: 'legend' }, h('span', { class: 'taken', text: 'path taken' }),
          h('span', { class: 'current', text: 'current state' }), h('span', { class: 'failed', text: 'failed state' })),
        graph),
      h('section', {}, summary, h('h2', { text: 'History' }), history)));
  let drawing;
  const shownEvents = new Set();

  return async shown => {
    const execution = await stepFunctions('DescribeExecution', { executionArn });
    // The definition this execution runs, which an update of its state machine since does not change.
    drawing ??= await definitionOf(executionArn).then(definition => ({ definition,
      shapes: drawStateMachine(graph, definition) }));
    const events = await allPages('GetExecutionHistory', { executionArn, maxResults: 1000 }, 'events');
    if (!shown()) {
      return false;
    }
    summary.replaceChildren(...summaryOf(execution));
    drawing.shapes.mark(progress(events, execution.status, new Set(Object.keys(drawing.definition.States ?? {}))));
    appendNew(history, events, shownEvents);
    main.dataset.executionStatus = execution.status;
    return execution.status === 'RUNNING';
  };
}

async function definitionOf(executionArn) {
  const machine = await stepFunctions('DescribeStateMachineForExecution', { executionArn });
  return JSON.parse(machine.definition);
}

function summaryOf(execution) {
  const rows = [['Execution', execution.name], ['Status', statusBadge(execution.status)],
    ['State machine', execution.stateMachineArn.split(':').pop()], ['Started', when(execution.startDate)],
    ['Stopped', when(execution.stopDate)]];
  const result = [h('h2', { text: execution.name }),
    h('dl', { class: 'summary' }, rows.flatMap(([term, value]) => [h('dt', { text: term }),
      typeof value === 'string' ? h('dd', { text: value }) : h('dd', {}, value)])),
    h('h3', { text: 'Input' }), h('pre', { id: 'execution-input', text: pretty(execution.input ?? '') })];
  if (execution.output !== undefined) {
    result.push(h('h3', { text: 'Output' }), h('pre', { id: 'execution-output', text: pretty(execution.output) }));
  }
  if (execution.error !== undefined || execution.cause !== undefined) {
    result.push(h('h3', { text: 'Error' }),
      h('pre', { id: 'execution-error', text: [execution.error, pretty(execution.cause ?? '')].join('\n') }));
  }
  return result;
}

/**
 * What the history says of the top-level states: those entered ({taken}), each transition made ("from>to" in
 * {takenEdges}, "from>to>catch" when a Catch made it), the state still running ({current}) and the one the
 * execution failed in ({failed}).
 */
export function progress(events, status, stateNames) {
  const entered = [];
  const exited = new Set();
  let depth = 0;
  let failing = false;
  for (const event of events) {
    if (NESTED_ENDS.has(event.type)) {
      depth -= 1;
    }
    const name = event.stateEnteredEventDetails?.name ?? event.stateExitedEventDetails?.name;
    if (depth === 0 && stateNames.has(name) && event.type.endsWith('StateEntered')) {
      entered.push({ name, id: event.id, caught: failing });
      failing = false;
    } else if (depth === 0 && stateNames.has(name) && event.type.endsWith('StateExited')) {
      exited.add(name + '@' + entered.findLast(entry => entry.name === name)?.id);
    } else if (depth === 0) {
      // A state left after its last attempt failed left through a Catch; one retried to success did not.
      failing = /Failed$|TimedOut$/.test(event.type) || (failing && !/Succeeded$/.test(event.type));
    }
    if (NESTED_STARTS.has(event.type)) {
      depth += 1;
    }
  }
  const path = entered.map(entry => entry.name);
  const takenEdges = new Set(entered.map((entry, index) => `${index === 0 ? START : path[index - 1]}>${entry.name}`
    + (entry.caught ? '>catch' : '')));
  const last = entered.at(-1);
  const lastOpen = last && !exited.has(`${last.name}@${last.id}`);
  if (status === 'SUCCEEDED' && last) {
    takenEdges.add(`${last.name}>${END}`);
  }
  const ended = status !== 'RUNNING';
  return {
    taken: new Set([...path, ...(path.length ? [START] : []), ...(status === 'SUCCEEDED' ? [END] : [])]),
    takenEdges,
    current: !ended && lastOpen ? last.name : undefined,
    failed: ended && status !== 'SUCCEEDED' && last ? last.name : undefined,
  };
}

/** Appends the events not shown yet, oldest first, each naming the state it happened in. */
function appendNew(history, events, shownEvents) {
  let state;
  for (const event of events) {
    state = event.stateEnteredEventDetails?.name ?? event.stateExitedEventDetails?.name ?? state;
    if (shownEvents.has(event.id)) {
      continue;
    }
    shownEvents.add(event.id);
    const details = Object.entries(event).find(([key]) => key.endsWith('EventDetails'))?.[1] ?? {};
    const failure = /Failed|TimedOut|Aborted/.test(event.type);
    history.append(h('details', { 'data-event-id': event.id, 'data-type': event.type,
      class: failure ? 'failure' : undefined },
    h('summary', {}, h('span', { text: `#${event.id}` }),
      h('span', {}, event.type, ' ', h('span', { class: 'state', text: state ?? '' })),
      h('span', { class: 'muted', text: when(event.timestamp) })),
    SHOWN_DETAILS.filter(key => details[key] !== undefined && key !== 'name').flatMap(key => [
      h('h3', { text: key }), h('pre', { 'data-detail': key, text: pretty(details[key]) })])));
  }
}
