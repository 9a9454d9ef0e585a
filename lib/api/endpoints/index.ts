import type { Endpoint } from '../endpoint';
import * as cluster from './cluster';
import * as groups from './groups';
import * as messages from './messages';
import * as operations from './operations';
import * as payments from './payments';
import * as topics from './topics';

/** Every endpoint of the public API, in the order the OpenAPI document lists them. */
export const allEndpoints: Endpoint[] = [
  ...Object.values(cluster),
  ...Object.values(topics),
  ...Object.values(messages),
  ...Object.values(groups),
  ...Object.values(payments),
  ...Object.values(operations),
];
