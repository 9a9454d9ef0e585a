import { describe, expect, it } from 'vitest';
import type { Message } from '../api/schemas/messages';
import { MASK, maskedFieldInFilter, maskMessage, rulesForTopic } from './masking';

const message = (value: string | null, key: string | null = 'k1'): Message => ({
  partition: 0, offset: 1, timestamp: 0, timestampType: 'create', key, value,
  headers: [{ key: 'x-user', value: 'ana@example.com', encoding: 'text' }, { key: 'trace', value: 't1', encoding: 'text' }],
  size: 10, keyEncoding: 'text', valueEncoding: 'json',
});
const payment = JSON.stringify({ id: 'p1', card: { number: '4111111111111111', brand: 'visa' }, amount: 10 });

describe('maskMessage', () => {
  it('masks a JSON field and keeps the rest', () => {
    const out = maskMessage(message(payment), [{ topics: ['*'], field: 'value.card.number', action: 'mask' }]);
    expect(JSON.parse(out.value!)).toEqual({ id: 'p1', card: { number: MASK, brand: 'visa' }, amount: 10 });
    expect(out.value).not.toContain('4111');
  });
  it('hashes a field stably and removes another', () => {
    const rules = [
      { topics: ['*'], field: 'value.card.number', action: 'hash' as const },
      { topics: ['*'], field: 'value.amount', action: 'remove' as const },
    ];
    const a = JSON.parse(maskMessage(message(payment), rules).value!);
    const b = JSON.parse(maskMessage(message(payment), rules).value!);
    expect(a.card.number).toMatch(/^sha256:[0-9a-f]{32}$/);
    expect(a.card.number).toBe(b.card.number);
    expect(a).not.toHaveProperty('amount');
  });
  it('masks the whole value when a field rule meets a value that is not JSON', () => {
    const out = maskMessage(message('card 4111111111111111'), [{ topics: ['*'], field: 'value.card', action: 'mask' }]);
    expect(out.value).toBe(MASK);
  });
  it('masks the key, and headers by name', () => {
    const out = maskMessage(message(payment), [
      { topics: ['*'], field: 'key', action: 'remove' },
      { topics: ['*'], field: 'headers.x-user', action: 'mask' },
    ]);
    expect(out.key).toBeNull();
    expect(out.headers).toEqual([
      { key: 'x-user', value: MASK, encoding: 'text' },
      { key: 'trace', value: 't1', encoding: 'text' },
    ]);
  });
  it('leaves tombstones alone', () => {
    expect(maskMessage(message(null), [{ topics: ['*'], field: 'value', action: 'mask' }]).value).toBeNull();
  });
});

describe('rules and filters', () => {
  const rules = [{ topics: ['payments*'], field: 'value.card.number', action: 'mask' as const }];
  it('pick rules by topic pattern', () => {
    expect(rulesForTopic(rules, 'payments')).toHaveLength(1);
    expect(rulesForTopic(rules, 'orders')).toHaveLength(0);
  });
  it('find a masked field named in a filter', () => {
    expect(maskedFieldInFilter('value.card.number = "4111"', rules)).toBe('value.card.number');
    expect(maskedFieldInFilter('$contains(value.card.`number`, "4")', rules)).toBe('value.card.number');
    expect(maskedFieldInFilter('value.amount > 3', rules)).toBeNull();
    expect(maskedFieldInFilter('value.numbers > 3', rules)).toBeNull();
  });
});
