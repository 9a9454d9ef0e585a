// npm run payments:postgres -- --port 5433 [--rate 5] [--seed N]: the payment generator writing rows into
// PostgreSQL's `payments` table instead of Kafka, for the Debezium story (README, "Payments from PostgreSQL").
// Rows go through one psql process on stdin, so no database driver is needed; runs until Ctrl-C.
import { spawn } from 'node:child_process';
import { parseArgs } from 'node:util';
import { createPaymentGenerator } from '../../lib/payments/generate';
import type { PaymentEvent } from '../../lib/payments/event';

const { values: flags } = parseArgs({
  options: {
    port: { type: 'string', default: '5433' },
    rate: { type: 'string', default: '5' },
    seed: { type: 'string', default: String(Math.floor(Date.now() / 1000) % 1_000_000) },
  },
});
const rate = Number(flags.rate);
if (!(rate > 0)) {
  console.error('error: --rate must be a positive number of rows per second');
  process.exit(1);
}

const quote = (s: string) => `'${s.replace(/'/g, "''")}'`;

/** One INSERT per event; the generator's fields are the table's columns (scripts/postgres/local-postgres.mjs). */
function insertStatement(e: PaymentEvent): string {
  return `INSERT INTO payments (id, payer, payee, amount_minor, currency, method, status, occurred_at) VALUES (${[
    quote(e.id), quote(e.payer), quote(e.payee), e.amountMinor, quote(e.currency), quote(e.method), quote(e.status), quote(e.occurredAt),
  ].join(', ')});\n`;
}

const psql = spawn('psql', ['-h', '127.0.0.1', '-p', flags.port, '-U', 'fluxo', '-d', 'payments', '-q', '-v', 'ON_ERROR_STOP=1'], {
  stdio: ['pipe', 'ignore', 'inherit'],
  env: { ...process.env, PGPASSWORD: process.env.PGPASSWORD ?? 'fluxo-demo-pg' },
});
psql.on('exit', (code) => {
  if (code) console.error(`error: psql exited with ${code}`);
  process.exit(code ?? 0);
});

const next = createPaymentGenerator({ seed: Number(flags.seed), startMs: Date.now(), ratePerSecond: rate });
const timer = setInterval(() => psql.stdin.write(insertStatement(next())), 1000 / rate);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    clearInterval(timer);
    psql.stdin.end();
  });
}
