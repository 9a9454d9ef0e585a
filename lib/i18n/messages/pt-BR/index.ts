// Português do Brasil. Same keys as en (checked by each file's type); Kafka's own terms stay as Kafka writes
// them (offset, broker, partition leader → líder), as Brazilian Kafka users say them.
import { shell } from './shell';
import { cluster } from './cluster';
import { topics } from './topics';
import { messages } from './messages';
import { groups } from './groups';
import { payments } from './payments';
import { reassignments } from './reassignments';
import { access } from './access';
import { operations } from './operations';
import { transactions } from './transactions';
import { connect } from './connect';

export const ptBR = { ...shell, ...cluster, ...topics, ...messages, ...groups, ...payments, ...reassignments, ...access, ...operations, ...transactions, ...connect };
