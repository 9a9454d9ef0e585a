import 'server-only';
// Producing one message as the API takes it: text, JSON or base64 key and value turned into bytes (bad input is
// a 400 before anything is sent), then written by the cluster's pooled producer.
import type { ProduceBody } from '../api/schemas/messages';
import { badRequest } from '../errors';
import { produceRecord } from '../kafka/producer';
import { decodeToBytes, isJson } from './decode';

function toBuffer(text: string | null, encoding: ProduceBody['valueEncoding'], field: string): Buffer | null {
  if (text === null) return null;
  if (encoding === 'json' && !isJson(text)) throw badRequest(`${field} is not valid JSON`);
  try {
    return Buffer.from(decodeToBytes(text, encoding === 'base64' ? 'base64' : 'text'));
  } catch {
    throw badRequest(`${field} is not valid base64`);
  }
}

export async function produceMessage(cluster: string, topic: string, body: ProduceBody): Promise<{ partition: number; offset: number }> {
  return produceRecord(cluster, topic, {
    key: toBuffer(body.key, body.keyEncoding, 'key'),
    value: toBuffer(body.value, body.valueEncoding, 'value'),
    headers: body.headers,
    partition: body.partition,
    compression: body.compression,
  });
}
