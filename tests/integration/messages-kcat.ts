// kcat (librdkafka) as the independent producer and reader for the message tests.
import { spawnSync } from 'node:child_process';

const KEY_DELIMITER = '\u001f';
const MESSAGE_DELIMITER = '\u0001\u0002\u0003';

/**
 * Produces one record with kcat. Key and value travel on stdin between delimiters that the test data
 * never contains, so binary values survive; -Z turns an empty key or value into null (no key, tombstone).
 */
export function kcatProduce(bootstrap: string, topic: string, r: { partition: number; key: string | null; value: Buffer | null; headers?: [string, string][] }) {
  const args = ['-P', '-b', bootstrap, '-t', topic, '-p', String(r.partition), '-K', KEY_DELIMITER, '-D', MESSAGE_DELIMITER, '-Z'];
  for (const [k, v] of r.headers ?? []) args.push('-H', `${k}=${v}`);
  const input = Buffer.concat([Buffer.from((r.key ?? '') + KEY_DELIMITER), r.value ?? Buffer.alloc(0), Buffer.from(MESSAGE_DELIMITER)]);
  const res = spawnSync('kcat', args, { input });
  if (res.status !== 0) throw new Error(`kcat -P failed: ${res.stderr}`);
}

/** Every record of the topic as kcat reads it, formatted with kcat's -f. */
export function kcatConsume(bootstrap: string, topic: string, format: string): string {
  const res = spawnSync('kcat', ['-C', '-b', bootstrap, '-t', topic, '-e', '-q', '-f', format], { encoding: 'utf8' });
  if (res.status !== 0) throw new Error(`kcat -C failed: ${res.stderr}`);
  return res.stdout;
}
