// English, the reference: every key here must exist in pt-BR (the type checker holds it to that). One file per
// area of the console. ICU message syntax: {count, plural, one {# topic} other {# topics}} formats # in the
// reader's locale.
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

export const en = { ...shell, ...cluster, ...topics, ...messages, ...groups, ...payments, ...reassignments, ...access, ...operations, ...transactions, ...connect };
