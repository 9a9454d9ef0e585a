// A filter worker thread (see filter-pool.ts): evaluates slices of filter inputs and answers each with its
// verdicts. It is loaded by Node directly, not bundled, so it and what it imports are plain JavaScript.
import { parentPort } from 'node:worker_threads';
import { compileExpression, evaluateSlice } from './filter-engine.mjs';

/** Compiled expressions by text; a search sends the same one many times. */
const compiledByExpression = new Map();
const MAX_CACHED = 16;

function compiledFor(expression) {
  let compiled = compiledByExpression.get(expression);
  if (!compiled) {
    compiled = compileExpression(expression);
    if (compiledByExpression.size >= MAX_CACHED) compiledByExpression.delete(compiledByExpression.keys().next().value);
    compiledByExpression.set(expression, compiled);
  }
  return compiled;
}

parentPort.on('message', async ({ sliceId, expression, inputs, sliceMs }) => {
  let result;
  try {
    result = await evaluateSlice(compiledFor(expression), inputs, sliceMs);
  } catch (err) {
    // The main thread compiled the same text already; reaching this is a bug, reported as a stop.
    result = { matched: [], lastError: null, stopped: `the filter could not be compiled: ${err?.message ?? err}`, elapsedMs: 0 };
  }
  parentPort.postMessage({ sliceId, ...result });
});

parentPort.postMessage({ ready: true });
