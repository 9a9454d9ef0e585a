import type { Endpoint } from '../endpoint';
import * as access from './access';
import * as cluster from './cluster';
import * as clusterOps from './cluster-ops';
import * as connect from './connect';
import * as groups from './groups';
import * as messages from './messages';
import * as operations from './operations';
import * as payments from './payments';
import * as reassignments from './reassignments';
import * as topics from './topics';
import * as transactions from './transactions';

/** Every endpoint of the public API, in the order the OpenAPI document lists them. */
export const allEndpoints: Endpoint[] = [
  ...Object.values(cluster),
  ...Object.values(topics),
  ...Object.values(messages),
  ...Object.values(groups),
  ...Object.values(payments),
  ...Object.values(clusterOps),
  ...Object.values(reassignments),
  ...Object.values(operations),
  ...Object.values(access),
  ...Object.values(transactions),
  ...Object.values(connect),
];
