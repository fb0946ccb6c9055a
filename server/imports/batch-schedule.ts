// The order an import's batches are written in. Each batch is two transactions: its entities
// (the file's own and those its facts imply), one batch after another, since a batch's facts may
// name an entity an earlier batch wrote; then its facts, once its entities are committed, beside
// at most `concurrency - 1` other batches' facts (the second core works while the first commits),
// but never beside a batch that writes one of the same fact ids: it waits for that one's commit,
// so that a repeated row is merged with what the first one created, as when written in turn.
// Two transactions creating facts on the same entities need no more than that: Neo4j 5 locks a
// relationship's ends so that concurrent creation on them does not deadlock (measured on CoDEx-M:
// no retry in 24 batches of 5,000 written two at a time).

interface Running {
  readonly ids: ReadonlySet<string>;
  readonly done: Promise<void>;
}

/** One batch's two writes and the fact ids its facts write. */
export interface ScheduledBatch {
  /** The fact ids the batch writes (a batch writing one of them too waits for this one). */
  readonly factIds: ReadonlySet<string>;
  /** Writes the batch's entities (nothing to do resolves at once). */
  readonly entities: () => Promise<void>;
  /** Writes the batch's facts, after its entities. */
  readonly facts: () => Promise<void>;
}

/**
 * Runs batches as the header says. `add` returns once the batch has been started and there is
 * room for the next one; it throws the first error any earlier batch met (then nothing more is
 * started). `settle` waits for every batch started and throws the first error, if any.
 */
export class BatchSchedule {
  private entityChain: Promise<void> = Promise.resolve();
  private readonly running: Running[] = [];
  private readonly started: Promise<void>[] = [];
  private failure: { error: unknown } | undefined;

  /** `concurrency`: fact transactions at once (1: strictly one batch after another). */
  constructor(private readonly concurrency: number) {
    if (!Number.isInteger(concurrency) || concurrency < 1) {
      throw new Error(`concurrency must be a whole number of at least 1, not ${concurrency}`);
    }
  }

  /** Starts `batch` (see the class); waits while `concurrency` batches are writing facts. */
  async add(batch: ScheduledBatch): Promise<void> {
    this.throwIfFailed();
    while (this.running.length >= this.concurrency) {
      await Promise.race(this.running.map((r) => r.done.catch(() => undefined)));
      this.throwIfFailed();
    }
    const entities = this.entityChain.then(batch.entities);
    this.entityChain = entities;
    const before = this.running.filter((r) => overlaps(r.ids, batch.factIds)).map((r) => r.done);
    const done = Promise.all([entities, ...before]).then(batch.facts);
    const entry: Running = { ids: batch.factIds, done };
    this.running.push(entry);
    this.started.push(done);
    done.then(
      () => this.running.splice(this.running.indexOf(entry), 1),
      (error: unknown) => {
        this.failure ??= { error };
        this.running.splice(this.running.indexOf(entry), 1);
      },
    );
  }

  /** Waits for every batch started; throws the first error one of them met. */
  async settle(): Promise<void> {
    await Promise.allSettled(this.started);
    this.started.length = 0;
    this.throwIfFailed();
  }

  private throwIfFailed(): void {
    if (this.failure) throw this.failure.error;
  }
}

function overlaps(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const id of small) if (large.has(id)) return true;
  return false;
}
