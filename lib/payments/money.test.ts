import { describe, expect, it } from 'vitest';
import { CURRENCY_LOCALE, formatMoney, minorToDecimal, sumMinor } from './money';
import { createRandom } from './random';

describe('money', () => {
  it('sums 100,000 random amounts exactly, equal to an independent big-integer sum', () => {
    const random = createRandom(42);
    const amounts: string[] = [];
    for (let i = 0; i < 100_000; i++) amounts.push(String(1 + Math.floor(random.next() * 10_000_000_000)));
    // Independent oracle: schoolbook decimal addition on digit strings.
    let digits = '0';
    for (const a of amounts) {
      let carry = 0;
      let out = '';
      const x = digits.padStart(Math.max(digits.length, a.length), '0');
      const y = a.padStart(x.length, '0');
      for (let i = x.length - 1; i >= 0; i--) {
        const d = Number(x[i]) + Number(y[i]) + carry;
        out = String(d % 10) + out;
        carry = d >= 10 ? 1 : 0;
      }
      digits = carry ? `1${out}` : out;
    }
    expect(sumMinor(amounts).toString()).toBe(digits);
  });

  it('shows why floats are not used: the float sum of the same cents drifts', () => {
    const cents = Array.from({ length: 1000 }, () => '10');
    const floatSum = cents.reduce((s, c) => s + Number(c) / 100, 0);
    expect(floatSum).not.toBe(100);
    expect(minorToDecimal(sumMinor(cents), 'USD')).toBe('100.00');
  });

  it('turns minor units into an exact decimal per currency exponent', () => {
    expect(minorToDecimal('123456', 'BRL')).toBe('1234.56');
    expect(minorToDecimal('5', 'USD')).toBe('0.05');
    expect(minorToDecimal('1500', 'JPY')).toBe('1500');
    expect(minorToDecimal(-250n, 'EUR')).toBe('-2.50');
  });

  it('formats BRL in pt-BR as R$ 1.234,56', () => {
    expect(formatMoney('123456', 'BRL', 'pt-BR').replace(/\s/g, ' ')).toBe('R$ 1.234,56');
    expect(formatMoney('123456', 'USD', 'en-US')).toBe('$1,234.56');
  });

  it('formats a compact amount for narrow places, and JPY with a plain yen sign', () => {
    expect(formatMoney('44007163', 'BRL', 'pt-BR', true).replace(/\s/g, ' ')).toBe('R$ 440 mil');
    expect(formatMoney('1704574', 'JPY', CURRENCY_LOCALE.JPY)).toBe('¥1,704,574');
  });

  it('formats amounts beyond 2^53 without losing a cent', () => {
    expect(formatMoney('123456789012345678', 'USD', 'en-US')).toBe('$1,234,567,890,123,456.78');
  });
});
