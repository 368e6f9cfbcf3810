// The bookings and apartments (every item of every table, DynamoDB Scan). While the page's real-time feed is live
// the tables are scanned once per live session and then follow the status changes it delivers: the change is
// shown in its row at once, and the row's item is read again (GetItem) for the attributes a change does not carry.
// While the feed is not live, the tables are scanned at every refresh.
import { dynamoDb, plainItem, scanAll } from './aws.js';
import { cellText, h, statusBadge } from './view.js';

/** The key a change names its item by, per subscription field. */
const CHANGED_ITEM = { onBookingStatusChanged: 'bookingId', onApartmentStatusChanged: 'apartmentId' };
const FIRST_COLUMNS = ['id', 'eventId', 'status'];

/**
 * The view (see console.js' show): {refresh, onChange}.
 *
 * @param live {session: () => number|null} the feed's current live session, null while it is not live
 */
export function tablesView(main, live) {
  const sections = h('div');
  const note = h('p', { class: 'muted' });
  main.append(h('h2', { text: 'Tables' }), note, sections);
  // The latest change of each item, shown again over every new scan (which may have read before it).
  const changes = new Map();
  // The items changed since they were last read.
  const changed = new Set();
  let scannedIn;
  let stale = true;

  const refresh = async shown => {
    const session = live.session();
    note.textContent = session === null
      ? 'Every item of every table (DynamoDB Scan), refreshed while shown: the live feed is not connected.'
      : 'Every item of every table (DynamoDB Scan); rows follow the live feed.';
    if (!stale && session !== null && session === scannedIn) {
      // Only ever marks the tables stale: a change that arrived while the items were read may have done so too.
      if (!await rereadChanged(sections, changed, shown)) {
        stale = true;
      }
      return;
    }
    stale = false;
    changed.clear();
    const tables = await scanTables();
    if (!shown()) {
      return;
    }
    sections.replaceChildren(...tables.map(itemTable));
    scannedIn = session;
    changes.forEach(change => showChange(sections, change));
  };

  const onChange = (field, value, refreshNow) => {
    const change = { id: value[CHANGED_ITEM[field]], field, value };
    if (change.id === undefined) {
      return;
    }
    const known = changes.get(`${field} ${change.id}`);
    if (!known || !isOlder(value, known.value)) {
      changes.set(`${field} ${change.id}`, change);
    }
    if (showChange(sections, change)) {
      changed.add(change.id);
    } else {
      // An item the shown tables do not have yet (a new booking), or a value for a column they lack.
      stale = true;
    }
    refreshNow();
  };

  return { refresh, onChange };
}

async function scanTables() {
  const names = [];
  let start;
  do {
    const page = await dynamoDb('ListTables', start ? { ExclusiveStartTableName: start } : {});
    names.push(...page.TableNames);
    start = page.LastEvaluatedTableName;
  } while (start);
  return Promise.all(names.map(async name => ({ name, items: await scanAll(name) })));
}

/** A table's items with its key and status first, then the other attributes by name. */
function itemTable({ name, items }) {
  const others = [...new Set(items.flatMap(Object.keys))].filter(column => !FIRST_COLUMNS.includes(column)).sort();
  const columns = [...FIRST_COLUMNS.filter(column => items.some(item => column in item)), ...others];
  return h('section', { 'data-table': name },
    h('h3', { text: `${name} (${items.length} item${items.length === 1 ? '' : 's'})` }),
    items.length === 0 ? h('p', { class: 'empty', text: 'No items.' }) : h('table', {},
      h('thead', {}, h('tr', {}, columns.map(column => h('th', { text: column })))),
      h('tbody', {}, items.map(item => itemRow(item, columns)))));
}

function itemRow(item, columns) {
  const row = h('tr', { 'data-id': item.id ?? item.eventId });
  const cells = Object.fromEntries(columns.map(column => [column, h('td', { 'data-column': column })]));
  row.append(...Object.values(cells));
  fill(row, cells, Object.fromEntries(columns.map(column => [column, item[column]])));
  return row;
}

/** The rows showing an item keyed by `id` that has a status, each with its cells by column. */
function rowsOf(sections, id) {
  return [...sections.querySelectorAll('tr[data-id]')]
    .filter(row => row.dataset.id === id && row.querySelector('td[data-column="status"]'))
    .map(row => ({ row, cells: Object.fromEntries([...row.querySelectorAll('td[data-column]')]
      .map(cell => [cell.dataset.column, cell])) }));
}

/** Shows a change in the rows of its item, unless one shows a later update. False when no row can show it whole. */
function showChange(sections, { id, field, value }) {
  const key = CHANGED_ITEM[field];
  const values = Object.fromEntries(Object.entries(value).filter(([name]) => name !== key && name !== '__typename'));
  let rows = 0;
  let missing = false;
  for (const { row, cells } of rowsOf(sections, id)) {
    rows++;
    // A value the table has no column for yet (the first bookingId of a table of vacant apartments) waits for the
    // next scan; the cells the row has show the change now, so the status never waits on that scan.
    missing ||= Object.entries(values).some(([name, held]) => !cells[name] && held !== null);
    if (!isOlder(value, { updatedAt: cells.updatedAt?.textContent })) {
      fill(row, cells, values);
    }
  }
  return rows > 0 && !missing;
}

/**
 * Reads the changed items again and shows them whole in their rows; false when an item has an attribute its table
 * shows no column for (the tables are scanned again then).
 */
async function rereadChanged(sections, changed, shown) {
  const ids = [...changed];
  changed.clear();
  const reads = ids.flatMap(id => rowsOf(sections, id)).map(async ({ row, cells }) => {
    const tableName = row.closest('section[data-table]').dataset.table;
    const key = 'id' in cells ? 'id' : 'eventId';
    const answer = await dynamoDb('GetItem', { TableName: tableName, Key: { [key]: { S: row.dataset.id } },
      ConsistentRead: true });
    return { row, cells, item: answer.Item && plainItem(answer.Item) };
  });
  let complete = true;
  for (const { row, cells, item } of await Promise.all(reads)) {
    if (!shown() || !item || !row.isConnected) {
      continue;
    }
    if (Object.keys(item).some(name => !cells[name])) {
      complete = false;
    } else if (!isOlder(item, { updatedAt: cells.updatedAt?.textContent })) {
      fill(row, cells, Object.fromEntries(Object.keys(cells).map(name => [name, item[name]])));
    }
  }
  return complete;
}

/** Puts values into a row's cells, and marks the row for a moment when its status changes. */
function fill(row, cells, values) {
  const before = cells.status?.textContent;
  for (const [name, held] of Object.entries(values)) {
    if (name === 'status' && cells.status) {
      cells.status.replaceChildren(statusBadge(held));
    } else if (cells[name]) {
      cells[name].className = 'value';
      cells[name].textContent = cellText(held);
    }
  }
  if (before !== undefined && before !== '' && 'status' in values && before !== values.status) {
    row.classList.remove('changed');
    // A reflow between removing and adding the class restarts the highlight.
    void row.offsetWidth;
    row.classList.add('changed');
  }
}

/**
 * Whether an update (a change, an item) is older than another (or a row's). One without a time is older than one
 * with a time (the tables' streams are read from their start, so a seeded item's insert may arrive late and
 * untimed); two without are not.
 */
function isOlder(value, than) {
  const at = Date.parse(value.updatedAt ?? '');
  const other = Date.parse(than.updatedAt ?? '');
  if (Number.isNaN(other)) {
    return false;
  }
  return Number.isNaN(at) || at < other;
}
