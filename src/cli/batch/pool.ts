/**
 * Worker threads for `check --jobs N`: chunks go to the least busy worker and their answers
 * come back as promises, which the caller awaits in input order.
 * @module
 */
import { Worker } from 'node:worker_threads';
import type { BatchSettings, Chunk, ChunkAnswer } from './answer.js';

// A worker holds one chunk at a time: a small young generation keeps each thread's memory low
// (the batch's peak RSS budget is 200 MB at two jobs) at little cost in collection time.
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 8, maxOldGenerationSizeMb: 256 };

/** A pool of worker threads answering chunks. */
export class ChunkPool {
  readonly #workers: { worker: Worker; busy: number }[] = [];
  readonly #waiting = new Map<number, { resolve: (answer: ChunkAnswer) => void; reject: (error: unknown) => void; slot: number }>();

  constructor(jobs: number, settings: BatchSettings, script: URL) {
    for (let slot = 0; slot < jobs; slot++) {
      const worker = new Worker(script, { workerData: settings, resourceLimits: WORKER_LIMITS });
      worker.on('message', (answer: ChunkAnswer) => {
        const waiting = this.#waiting.get(answer.seq);
        this.#waiting.delete(answer.seq);
        const entry = this.#workers[slot];
        if (entry !== undefined) entry.busy -= 1;
        waiting?.resolve(answer);
      });
      worker.on('error', (error) => {
        for (const waiting of this.#waiting.values()) waiting.reject(error);
        this.#waiting.clear();
      });
      this.#workers.push({ worker, busy: 0 });
    }
  }

  /** Sends a chunk to the least busy worker. */
  answer(chunk: Chunk): Promise<ChunkAnswer> {
    let chosen = 0;
    this.#workers.forEach((entry, slot) => {
      if (entry.busy < (this.#workers[chosen]?.busy ?? Infinity)) chosen = slot;
    });
    const entry = this.#workers[chosen] as { worker: Worker; busy: number };
    entry.busy += 1;
    return new Promise((resolve, reject) => {
      this.#waiting.set(chunk.seq, { resolve, reject, slot: chosen });
      entry.worker.postMessage(chunk);
    });
  }

  /** Stops every worker. */
  async close(): Promise<void> {
    await Promise.all(this.#workers.map((entry) => entry.worker.terminate()));
  }
}
