// Small DOM helpers the console's views share.

/** An element with attributes (and `text`), and its children. */
export function h(name, attributes = {}, ...children) {
  const node = document.createElement(name);
  for (const [key, value] of Object.entries(attributes)) {
    if (key === 'text') {
      node.textContent = value;
    } else if (value !== undefined && value !== null && value !== false) {
      node.setAttribute(key, value === true ? '' : value);
    }
  }
  node.append(...children.flat().filter(child => child !== undefined && child !== null));
  return node;
}

export function statusBadge(status) {
  return h('span', { class: `status ${status ?? ''}`, text: status ?? '—' });
}

/** An epoch-seconds (AWS JSON) or epoch-milliseconds timestamp as UTC, to the millisecond. */
export function when(seconds) {
  return seconds === undefined || seconds === null ? '' : new Date(seconds * 1000).toISOString().replace('T', ' ');
}

/** A JSON text pretty-printed, or the text itself when it is not JSON. */
export function pretty(text) {
  if (typeof text !== 'string') {
    return JSON.stringify(text, null, 2);
  }
  try {
    return JSON.stringify(JSON.parse(text), null, 2);
  } catch {
    return text;
  }
}

/** A value as a table cell shows it: objects as compact JSON. */
export function cellText(value) {
  return value !== null && typeof value === 'object' ? JSON.stringify(value) : String(value ?? '');
}
