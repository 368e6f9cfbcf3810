// A state machine's ASL drawn as SVG: dagre (loaded before this module as the global `dagre`) places the states
// and routes the transitions; this module only turns the definition into a graph and the layout into shapes.

const SVG = 'http://www.w3.org/2000/svg';
export const START = '(start)';
export const END = '(end)';
const FONT = '12px system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
const NODE_HEIGHT = 40;
const NODE_PADDING = 28;

/** Every transition of a top-level state: Next, Default, each Choice rule's Next, each Catch's Next, or the end. */
export function transitions(definition) {
  const edges = [{ from: START, to: definition.StartAt, kind: 'next' }];
  for (const [name, state] of Object.entries(definition.States ?? {})) {
    const targets = [];
    if (state.Next) {
      targets.push({ to: state.Next, kind: 'next' });
    }
    for (const choice of state.Choices ?? []) {
      targets.push({ to: choice.Next, kind: 'choice' });
    }
    if (state.Default) {
      targets.push({ to: state.Default, kind: 'choice' });
    }
    for (const handler of state.Catch ?? []) {
      targets.push({ to: handler.Next, kind: 'catch', errors: (handler.ErrorEquals ?? []).join(', ') });
    }
    if (state.End || state.Type === 'Succeed' || state.Type === 'Fail') {
      targets.push({ to: END, kind: 'next' });
    }
    targets.filter(target => target.to).forEach(target => edges.push({ from: name, ...target }));
  }
  return edges;
}

/**
 * Draws the definition into `container` and returns {mark({taken, takenEdges, current, failed})}, which shows an
 * execution's progress on it: state names in `taken`, "from>to" keys in `takenEdges` ("from>to>catch" for a
 * transition a Catch made).
 */
export function drawStateMachine(container, definition) {
  const graph = new dagre.graphlib.Graph({ multigraph: true });
  graph.setGraph({ rankdir: 'TB', nodesep: 24, ranksep: 36, edgesep: 12, marginx: 16, marginy: 16 });
  const measure = textMeasurer();
  const states = definition.States ?? {};
  graph.setNode(START, { label: 'Start', type: '', width: 70, height: 28 });
  graph.setNode(END, { label: 'End', type: '', width: 70, height: 28 });
  for (const [name, state] of Object.entries(states)) {
    graph.setNode(name, { label: name, type: state.Type,
      width: Math.max(measure(name), measure(state.Type ?? '')) + NODE_PADDING, height: NODE_HEIGHT });
  }
  const edges = transitions(definition).filter(edge => graph.hasNode(edge.to));
  edges.forEach((edge, index) => graph.setEdge(edge.from, edge.to, edge, `e${index}`));
  dagre.layout(graph);

  const size = graph.graph();
  const svg = element('svg', { width: size.width, height: size.height, viewBox: `0 0 ${size.width} ${size.height}`,
    role: 'img', 'aria-label': 'State machine graph' });
  // Through the CSSOM: the page's Content-Security-Policy refuses style attributes.
  svg.style.maxWidth = `${size.width}px`;
  svg.append(arrowMarker());
  const edgeShapes = [];
  for (const key of graph.edges()) {
    const edge = graph.edge(key);
    const group = element('g', { class: `edge ${edge.kind}`, 'data-from': key.v, 'data-to': key.w,
      'data-key': `${key.v}>${key.w}${edge.kind === 'catch' ? '>catch' : ''}` });
    const points = edge.points.map(point => `${point.x},${point.y}`);
    group.append(element('path', { d: `M${points.join('L')}`, 'marker-end': 'url(#arrow)' }));
    if (edge.errors) {
      group.append(titled(`Catch: ${edge.errors}`));
    }
    svg.append(group);
    edgeShapes.push(group);
  }
  const nodeShapes = new Map();
  for (const name of graph.nodes()) {
    const node = graph.node(name);
    const terminal = name === START || name === END;
    const group = element('g', { class: `node${terminal ? ' terminal' : ''}`, 'data-state': name,
      transform: `translate(${node.x - node.width / 2},${node.y - node.height / 2})` });
    group.append(element('rect', { width: node.width, height: node.height, rx: terminal ? 14 : 6 }));
    const label = element('text', { x: node.width / 2, y: terminal ? 18 : 17, 'text-anchor': 'middle' });
    label.textContent = node.label;
    group.append(label);
    if (!terminal) {
      const type = element('text', { class: 'type', x: node.width / 2, y: 31, 'text-anchor': 'middle' });
      type.textContent = node.type;
      group.append(type, titled(`${name} (${node.type})${states[name]?.Comment ? `\n${states[name].Comment}` : ''}`));
    }
    svg.append(group);
    nodeShapes.set(name, group);
  }
  container.replaceChildren(svg);

  return {
    mark({ taken, takenEdges, current, failed }) {
      for (const [name, group] of nodeShapes) {
        group.classList.toggle('taken', taken.has(name));
        group.classList.toggle('current', name === current);
        group.classList.toggle('failed', name === failed);
      }
      for (const group of edgeShapes) {
        group.classList.toggle('taken', takenEdges.has(group.dataset.key));
      }
    },
  };
}

function textMeasurer() {
  const context = document.createElement('canvas').getContext('2d');
  context.font = FONT;
  return text => Math.ceil(context.measureText(text).width);
}

function arrowMarker() {
  const defs = element('defs', {});
  // Sized in the drawing's units, so a taken (thicker) transition keeps the same arrowhead.
  const marker = element('marker', { id: 'arrow', viewBox: '0 0 10 10', refX: 9, refY: 5, markerWidth: 9,
    markerHeight: 9, markerUnits: 'userSpaceOnUse', orient: 'auto-start-reverse' });
  marker.append(element('path', { d: 'M0,0L10,5L0,10z' }));
  defs.append(marker);
  return defs;
}

function titled(text) {
  const title = element('title', {});
  title.textContent = text;
  return title;
}

function element(name, attributes) {
  const node = document.createElementNS(SVG, name);
  Object.entries(attributes).forEach(([key, value]) => node.setAttribute(key, value));
  return node;
}
