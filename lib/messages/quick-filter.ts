// Quick filters of the search form, written as JSONata so the user sees (and can extend) the expression.
export interface QuickFilter {
  keyEquals?: string;
  valueContains?: string;
}

export function quickFilterExpression({ keyEquals, valueContains }: QuickFilter): string {
  const parts: string[] = [];
  if (keyEquals) parts.push(`key = ${JSON.stringify(keyEquals)}`);
  if (valueContains) parts.push(`$contains($string(value), ${JSON.stringify(valueContains)})`);
  return parts.join(' and ');
}
