// Which declared endpoints a request path names, from the templates in lib/api/endpoints: lets the proxy
// answer 405 with the right Allow header for a method no route file exports (Next.js would send an empty body).
// Like Next.js's file-system routes, a literal segment wins over a parameter: /transactions/abort is the abort
// route (POST only), not the {transactionalId} route, even though both templates match it.
import type { Endpoint } from './endpoint';

interface CompiledPath {
  template: string;
  pattern: RegExp;
  /** Per segment, whether it is literal: the more specific template wins, segment by segment from the left. */
  literal: boolean[];
  method: string;
}

const isParam = (segment: string) => /^\{\w+\}$/.test(segment);

function compile(endpoints: Pick<Endpoint, 'method' | 'path'>[]): CompiledPath[] {
  return endpoints.map((ep) => {
    const segments = ep.path.split('/');
    const source = segments.map((s) => (isParam(s) ? '[^/]+' : s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))).join('/');
    return { template: ep.path, pattern: new RegExp(`^${source}/?$`), literal: segments.map((s) => !isParam(s)), method: ep.method.toUpperCase() };
  });
}

/** Positive when a is the more specific template of the same length (a literal where b has a parameter first). */
function specificity(a: CompiledPath, b: CompiledPath): number {
  for (let i = 0; i < a.literal.length; i++) if (a.literal[i] !== b.literal[i]) return a.literal[i] ? 1 : -1;
  return 0;
}

/** The methods declared for a path (GET also answers HEAD), or [] when no endpoint has that path. */
export function methodsForPath(endpoints: Pick<Endpoint, 'method' | 'path'>[]): (pathname: string) => string[] {
  const compiled = compile(endpoints);
  return (pathname) => {
    const matches = compiled.filter((c) => c.pattern.test(pathname));
    const best = matches.reduce<CompiledPath | undefined>((top, c) => (!top || specificity(c, top) > 0 ? c : top), undefined);
    const methods = new Set(matches.filter((c) => c.template === best?.template).map((c) => c.method));
    if (methods.has('GET')) methods.add('HEAD');
    return [...methods];
  };
}
