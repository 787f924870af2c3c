/**
 * A request's deadline and cancellation, shared by every transaction the request starts: each
 * transaction's timeout is the smaller of its own and the time the request has left, a request
 * whose time is up starts no further transaction, and cancelling (the client went away) aborts
 * the signal that closes the request's open sessions (db/database.ts), which makes Neo4j stop
 * their queries. The clock is injectable, so the arithmetic is unit-tested without waiting.
 */
export class Deadline {
  /** Created when someone asks for the signal (subscriptions); sessions use onCancel instead. */
  private controller?: AbortController;
  private reason?: string;
  private readonly listeners = new Set<() => void>();
  private readonly endsAt: number;

  constructor(
    /** The request's whole time budget (REQUEST_TIMEOUT_MS). */
    readonly budgetMs: number,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.endsAt = now() + budgetMs;
  }

  /** Whole milliseconds left, never below 0. */
  remainingMs(): number {
    return Math.max(0, Math.floor(this.endsAt - this.now()));
  }

  /** True once no transaction can be given a timeout of at least 1 ms. */
  get expired(): boolean {
    return this.remainingMs() < 1;
  }

  /** The timeout of a transaction starting now whose own timeout is `ownMs`. */
  timeoutFor(ownMs: number): number {
    return Math.min(ownMs, this.remainingMs());
  }

  /** Aborted when the request is cancelled. */
  get signal(): AbortSignal {
    if (!this.controller) {
      this.controller = new AbortController();
      if (this.cancelled) this.controller.abort(this.reason);
    }
    return this.controller.signal;
  }

  get cancelled(): boolean {
    return this.reason !== undefined;
  }

  /**
   * Calls `fn` once if the request is cancelled; the returned function forgets it. Each session of
   * the request registers here (db/database.ts): cheaper per round trip than an AbortSignal listener.
   */
  onCancel(fn: () => void): () => void {
    this.listeners.add(fn);
    return () => void this.listeners.delete(fn);
  }

  cancel(reason: string): void {
    if (this.cancelled) return;
    this.reason = reason;
    this.controller?.abort(reason);
    for (const fn of [...this.listeners]) fn();
    this.listeners.clear();
  }
}
