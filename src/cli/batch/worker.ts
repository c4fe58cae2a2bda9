// A worker thread of `check --jobs N`: answers the chunks it is sent, one at a time.
import { parentPort, workerData } from 'node:worker_threads';
import { answerChunk, type BatchSettings, type Chunk } from './answer.js';

const settings = workerData as BatchSettings;
parentPort?.on('message', (chunk: Chunk) => {
  parentPort?.postMessage(answerChunk(chunk, settings));
});
