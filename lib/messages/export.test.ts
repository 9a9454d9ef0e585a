import { describe, expect, it } from 'vitest';
import type { Message } from '../api/schemas/messages';
import { exportHead, exportRow, exportTail } from './export';

const msg = (over: Partial<Message> = {}): Message => ({
  partition: 0,
  offset: 1,
  timestamp: 5,
  timestampType: 'create',
  key: null,
  value: 'a,"b"',
  headers: [],
  size: 5,
  keyEncoding: 'text',
  valueEncoding: 'text',
  ...over,
});

const whole = (format: 'ndjson' | 'json' | 'csv', list: Message[]) => exportHead(format) + list.map((m, i) => exportRow(format, m, i)).join('') + exportTail(format);

describe('export formats', () => {
  it('writes NDJSON one message per line and JSON as one parseable array', () => {
    const list = [msg(), msg({ offset: 2 })];
    expect(whole('ndjson', list).trim().split('\n').map((l) => JSON.parse(l).offset)).toEqual([1, 2]);
    expect(JSON.parse(whole('json', list))).toEqual(list);
    expect(JSON.parse(whole('json', []))).toEqual([]);
  });

  it('quotes CSV cells with commas and quotes, leaves null empty, and defuses spreadsheet formulas', () => {
    const lines = whole('csv', [msg({ key: '=SUM(A1)' })]).split('\r\n');
    expect(lines[1]).toBe(`0,1,5,create,text,"'=SUM(A1)",text,"a,""b""",[],5`);
    expect(exportRow('csv', msg({ key: null, value: null }), 0)).toBe('0,1,5,create,text,,text,,[],5\r\n');
  });
});
