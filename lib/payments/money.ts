// Money as integer minor units (cents, centavos, yen) in BigInt: sums of millions of payments never drift,
// which a float sum of 0.1 + 0.2 shows it would.

/** ISO 4217 codes the schema accepts, with their minor-unit exponent (2 → cents; JPY has none). */
export const CURRENCY_EXPONENT = { BRL: 2, USD: 2, EUR: 2, GBP: 2, JPY: 0 } as const;
export type Currency = keyof typeof CURRENCY_EXPONENT;
export const CURRENCIES = Object.keys(CURRENCY_EXPONENT) as [Currency, ...Currency[]];

/** A positive amount in minor units, as a decimal string without sign, dot or leading zeros. */
export const MINOR_AMOUNT_PATTERN = /^[1-9][0-9]{0,17}$/;

export function sumMinor(amounts: Iterable<string | bigint>): bigint {
  let total = 0n;
  for (const a of amounts) total += BigInt(a);
  return total;
}

/** "123456" in BRL → "1234.56": an exact decimal string, for Intl and for humans. */
export function minorToDecimal(minor: string | bigint, currency: Currency): string {
  const exponent = CURRENCY_EXPONENT[currency];
  const value = BigInt(minor);
  const negative = value < 0n;
  const digits = (negative ? -value : value).toString().padStart(exponent + 1, '0');
  const whole = digits.slice(0, digits.length - exponent);
  const fraction = exponent > 0 ? `.${digits.slice(digits.length - exponent)}` : '';
  return `${negative ? '-' : ''}${whole}${fraction}`;
}

/**
 * Formats minor units for a locale: ("123456", "BRL", "pt-BR") → "R$ 1.234,56". Intl formats the decimal
 * string exactly (no conversion to a float on the way).
 */
export function formatMoney(minor: string | bigint, currency: Currency, locale: string, compact = false): string {
  const format = new Intl.NumberFormat(locale, {
    style: 'currency',
    currency,
    ...(compact ? { notation: 'compact', maximumSignificantDigits: 3 } : {}),
  });
  return format.format(minorToDecimal(minor, currency) as Intl.StringNumericLiteral);
}

/** The locale a currency is most read in, so R$ shows as R$ 1.234,56 and US$ as $1,234.56. */
export const CURRENCY_LOCALE: Record<Currency, string> = {
  BRL: 'pt-BR',
  USD: 'en-US',
  EUR: 'de-DE',
  GBP: 'en-GB',
  // ja-JP writes a full-width yen sign (￥) that common UI fonts lack; en-US writes ¥.
  JPY: 'en-US',
};
