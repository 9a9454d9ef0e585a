import jsonata from 'jsonata';
import { describe, expect, it } from 'vitest';
import { jsonataVerdict } from '../../tests/helpers/jsonata-verdict';
import { compileFastPredicate, UNDECIDED } from './fast-filter';

const inputs: Record<string, unknown>[] = [
  { key: 'k-1', value: { amount: 120, currency: 'EUR', ok: true, customer: { country: 'NL' } }, headers: { source: 'web' }, partition: 0 },
  { key: 'k-2', value: { amount: '120', currency: null, ok: false, customer: {} }, headers: {}, partition: 1 },
  { key: null, value: 'plain text', headers: { source: 'batch' }, partition: 2 },
  { key: 'k-3', value: { amount: 99.5, customer: { country: ['NL', 'DE'] }, list: [1, 2] }, headers: { source: 'web' }, partition: 3 },
  { key: 'k-4', value: null, headers: {}, partition: 4 },
];

const expressions = [
  'value.amount > 100',
  'value.amount >= 99.5 and headers.source = "web"',
  '100 < value.amount',
  'value.currency = null',
  'value.currency != null',
  'value.ok = true or partition = 2',
  'key = "k-2"',
  'key != "k-2"',
  'value.customer.country = "NL"',
  'value.missing = 1',
  '(value.amount < 200)',
  'value.amount <= "z"',
  'value.customer = 1',
  '$contains(key, "k-")',
  '$contains(value.currency, "EU")',
  '$contains(value.missing, "x")',
  '$contains($string(value), "plain")',
  '$contains($string(value.currency), "EUR") and partition = 0',
  '$contains(value.amount, "1")',
];

describe('compileFastPredicate', () => {
  it('agrees with JSONata on every supported expression and input, or leaves the message to JSONata', async () => {
    for (const expr of expressions) {
      const fast = compileFastPredicate(jsonata(expr).ast() as never);
      expect(fast, expr).not.toBeNull();
      for (const input of inputs) {
        const verdict = fast!(input);
        if (verdict === UNDECIDED) continue;
        expect(verdict, `${expr} on ${JSON.stringify(input)}`).toBe(await jsonataVerdict(expr, input));
      }
    }
  });

  it('leaves arrays to JSONata, whose comparisons map over sequences', () => {
    const fast = compileFastPredicate(jsonata('value.customer.country = "NL"').ast() as never)!;
    expect(fast(inputs[3]!)).toBe(UNDECIDED);
  });

  it('leaves $contains on anything but a string (an error, or $string of an object) to JSONata', () => {
    expect(compileFastPredicate(jsonata('$contains(value.amount, "1")').ast() as never)!(inputs[0]!)).toBe(UNDECIDED);
    expect(compileFastPredicate(jsonata('$contains($string(value), "NL")').ast() as never)!(inputs[0]!)).toBe(UNDECIDED);
  });

  it('declines shapes it does not know: other functions, variables, predicates, field-to-field', () => {
    for (const expr of ['$uppercase(key) = "A"', '$contains(key, /a/)', '$contains(key, value.x)', '$x = 1', 'value.list[0] = 1', 'value.a = value.b', 'value.amount + 1 > 2', 'value.amount in [1,2]']) {
      expect(compileFastPredicate(jsonata(expr).ast() as never), expr).toBeNull();
    }
  });
});
