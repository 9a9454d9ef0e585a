import type { Endpoint } from '../endpoint';
import * as cluster from './cluster';
import * as messages from './messages';

/** Every endpoint of the public API, in the order the OpenAPI document lists them. */
export const allEndpoints: Endpoint[] = [...Object.values(cluster), ...Object.values(messages)];
