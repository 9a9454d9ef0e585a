// JSONata's own verdict on a filter, as the filter worker gives it: truthy (any item of a sequence), and
// an evaluation error is no match. The oracle the fast path and the byte precheck are tested against.
import jsonata from 'jsonata';

export async function jsonataVerdict(expr: string, input: Record<string, unknown>): Promise<boolean> {
  try {
    const r = await jsonata(expr).evaluate(input);
    return Array.isArray(r) ? r.some(Boolean) : Boolean(r);
  } catch {
    return false;
  }
}
