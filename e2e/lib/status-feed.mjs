// One GraphQL subscription, kept as the list of what it delivered, with bounded waits on it.
import { setTimeout as sleep } from 'node:timers/promises';

const POLL_MS = 50;

export class StatusFeed {
  constructor(client, name, query, variables) {
    this.name = name;
    this.events = [];
    this.errors = [];
    this.subscription = client
      .subscribe({ query, variables, fetchPolicy: 'no-cache' })
      .subscribe({
        next: result => (result.error ? this.errors.push(result.error) : this.events.push(result.data[name])),
        error: error => this.errors.push(error),
      });
  }

  /** Resolves with the first delivered change that matches; fails after timeoutMs saying what did arrive. */
  async waitFor(description, matches, timeoutMs) {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.events.find(matches);
      if (found) {
        return found;
      }
      if (this.errors.length > 0 || Date.now() > deadline) {
        throw new Error(`${this.name}: ${description} did not arrive within ${timeoutMs} ms; `
          + `received ${JSON.stringify(this.events)}`
          + (this.errors.length ? `, errors ${this.errors.map(describeError).join('; ')}` : ''));
      }
      await sleep(POLL_MS);
    }
  }

  stop() {
    this.subscription.unsubscribe();
  }
}

export function describeError(error) {
  const details = error?.errors ?? error?.graphQLErrors;
  return details ? `${error.message ?? ''} ${JSON.stringify(details)}` : String(error?.stack ?? error);
}
