// The Debezium connectors of the payments story: PostgreSQL's `payments` table into Kafka.
//  - payments-cdc: Debezium's change events as they are (before/after/op), browsable in the console;
//  - payments-to-charts: each new row reshaped into a payment event (README, "Payment events") in the raw
//    payments topic, which the aggregator and the payments charts read. The reshaping is a chain of stock
//    SMTs: ExtractNewRecordState (row only), ReplaceField (column → field names), ValueToKey+ExtractField
//    (keyed by payer, like the generator's events), InsertHeader (the schema headers), RegexRouter (topic).
export const POSTGRES_CONNECTOR = 'io.debezium.connector.postgresql.PostgresConnector';

function baseConfig(pg, slot) {
  return {
    'connector.class': POSTGRES_CONNECTOR,
    'database.hostname': pg.host,
    'database.port': String(pg.port),
    'database.user': pg.user,
    'database.password': pg.password,
    'database.dbname': pg.database,
    'table.include.list': 'public.payments',
    'plugin.name': 'pgoutput',
    'slot.name': slot,
    'publication.name': `${slot}_pub`,
    'publication.autocreate.mode': 'filtered',
    // numeric columns as decimal strings ("123450"), not Connect's base64 Decimal bytes.
    'decimal.handling.mode': 'string',
    'tasks.max': '1',
    'topic.creation.default.replication.factor': '1',
    'topic.creation.default.partitions': '1',
  };
}

/** Raw change events into `<prefix>.public.payments`. */
export function paymentsCdcConfig(pg, { prefix = 'pg', slot = 'fluxo_payments_cdc', snapshot = 'initial' } = {}) {
  return { ...baseConfig(pg, slot), 'topic.prefix': prefix, 'snapshot.mode': snapshot };
}

/** New rows as payment events into `rawTopic` (the cluster's payments.rawTopic). */
export function paymentsToChartsConfig(pg, { rawTopic = 'payments', slot = 'fluxo_payments_charts', prefix = 'pgcharts', snapshot = 'initial' } = {}) {
  return {
    ...baseConfig(pg, slot),
    'topic.prefix': prefix,
    'snapshot.mode': snapshot,
    'key.converter': 'org.apache.kafka.connect.storage.StringConverter',
    transforms: 'row,names,key,keyField,eventType,schemaVersion,topic',
    'transforms.row.type': 'io.debezium.transforms.ExtractNewRecordState',
    // Deletes and their tombstones are not payments: dropped.
    'transforms.row.delete.tombstone.handling.mode': 'drop',
    'transforms.names.type': 'org.apache.kafka.connect.transforms.ReplaceField$Value',
    'transforms.names.renames': 'amount_minor:amountMinor,occurred_at:occurredAt',
    'transforms.key.type': 'org.apache.kafka.connect.transforms.ValueToKey',
    'transforms.key.fields': 'payer',
    'transforms.keyField.type': 'org.apache.kafka.connect.transforms.ExtractField$Key',
    'transforms.keyField.field': 'payer',
    'transforms.eventType.type': 'org.apache.kafka.connect.transforms.InsertHeader',
    'transforms.eventType.header': 'event-type',
    'transforms.eventType.value.literal': 'payment',
    'transforms.schemaVersion.type': 'org.apache.kafka.connect.transforms.InsertHeader',
    'transforms.schemaVersion.header': 'schema-version',
    'transforms.schemaVersion.value.literal': '1',
    'transforms.topic.type': 'org.apache.kafka.connect.transforms.RegexRouter',
    'transforms.topic.regex': '.*',
    'transforms.topic.replacement': rawTopic,
  };
}
