// What the console's execution page marks on the graph, from histories shaped as GetExecutionHistory answers
// them: the path taken, the transitions made (a Catch's apart from a Next), the current and the failed state.
// The page's own modules, imported as the browser does; they touch the DOM only when drawing.
import assert from 'node:assert/strict';
import { test } from 'node:test';

const CONSOLE = new URL('../../local/src/main/resources/com/apartmentbooking/local/console/', import.meta.url);
const { progress } = await import(new URL('execution.js', CONSOLE));
const { transitions, START, END } = await import(new URL('graph.js', CONSOLE));

const STATES = new Set(['Take', 'Charge', 'Handle', 'Both', 'Done', 'Bad']);

function history(...events) {
  return events.map(([type, name], index) => ({ id: index + 1, type, timestamp: 1_800_000_000 + index,
    ...(type.endsWith('StateEntered') ? { stateEnteredEventDetails: { name, input: '{}' } } : {}),
    ...(type.endsWith('StateExited') ? { stateExitedEventDetails: { name, output: '{}' } } : {}) }));
}

function sorted(set) {
  return [...set].sort();
}

test('a running execution: the path so far and the state it is in', () => {
  const marks = progress(history(['ExecutionStarted'], ['PassStateEntered', 'Take'], ['PassStateExited', 'Take'],
    ['TaskStateEntered', 'Charge'], ['TaskScheduled'], ['TaskStarted']), 'RUNNING', STATES);

  assert.deepEqual(sorted(marks.taken), sorted([START, 'Take', 'Charge']));
  assert.deepEqual(sorted(marks.takenEdges), sorted([`${START}>Take`, 'Take>Charge']));
  assert.equal(marks.current, 'Charge');
  assert.equal(marks.failed, undefined);
});

test('an execution that ended in a Fail state has it failed and no current state', () => {
  const marks = progress(history(['ExecutionStarted'], ['PassStateEntered', 'Take'], ['PassStateExited', 'Take'],
    ['FailStateEntered', 'Bad'], ['ExecutionFailed']), 'FAILED', STATES);

  assert.equal(marks.failed, 'Bad');
  assert.equal(marks.current, undefined);
  assert.ok(!marks.taken.has(END), 'a failed execution did not reach the end');
});

test('an execution that timed out in a task has that task failed', () => {
  const marks = progress(history(['ExecutionStarted'], ['TaskStateEntered', 'Charge'], ['TaskScheduled'],
    ['TaskStarted'], ['ExecutionTimedOut']), 'TIMED_OUT', STATES);

  assert.equal(marks.failed, 'Charge');
  assert.equal(marks.current, undefined);
});

test('a transition a Catch made is the Catch\'s; one after a retry that succeeded is the Next\'s', () => {
  const caught = progress(history(['TaskStateEntered', 'Charge'], ['TaskScheduled'], ['TaskFailed'],
    ['TaskStateExited', 'Charge'], ['PassStateEntered', 'Handle']), 'RUNNING', STATES);
  const retried = progress(history(['TaskStateEntered', 'Charge'], ['TaskScheduled'], ['TaskFailed'],
    ['TaskScheduled'], ['TaskStarted'], ['TaskSucceeded'], ['TaskStateExited', 'Charge'],
    ['PassStateEntered', 'Handle']), 'RUNNING', STATES);

  assert.ok(caught.takenEdges.has('Charge>Handle>catch'), sorted(caught.takenEdges).join(' '));
  assert.ok(!caught.takenEdges.has('Charge>Handle'));
  assert.ok(retried.takenEdges.has('Charge>Handle'), sorted(retried.takenEdges).join(' '));
  assert.ok(!retried.takenEdges.has('Charge>Handle>catch'));
});

test('states entered inside a Parallel are not the top-level states of the same name', () => {
  const marks = progress(history(['ParallelStateEntered', 'Both'], ['ParallelStateStarted'],
    ['PassStateEntered', 'Take'], ['PassStateExited', 'Take'], ['ParallelStateSucceeded'],
    ['ParallelStateExited', 'Both'], ['SucceedStateEntered', 'Done'], ['SucceedStateExited', 'Done'],
    ['ExecutionSucceeded']), 'SUCCEEDED', STATES);

  assert.deepEqual(sorted(marks.taken), sorted([START, 'Both', 'Done', END]));
  assert.deepEqual(sorted(marks.takenEdges), sorted([`${START}>Both`, 'Both>Done', `Done>${END}`]));
});

test('the graph\'s transitions: Next, each Choice rule and Default, each Catch, and the end', () => {
  const edges = transitions({
    StartAt: 'Take',
    States: {
      Take: { Type: 'Choice', Choices: [{ Next: 'Charge' }], Default: 'Bad' },
      Charge: { Type: 'Task', Next: 'Done', Catch: [{ ErrorEquals: ['States.ALL'], Next: 'Bad' }] },
      Done: { Type: 'Succeed' },
      Bad: { Type: 'Fail' },
    },
  });

  assert.deepEqual(edges.map(({ from, to, kind }) => `${from}>${to} ${kind}`), [
    `${START}>Take next`, 'Take>Charge choice', 'Take>Bad choice', 'Charge>Done next', 'Charge>Bad catch',
    `Done>${END} next`, `Bad>${END} next`]);
  assert.equal(edges.find(edge => edge.kind === 'catch').errors, 'States.ALL');
});
