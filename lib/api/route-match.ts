// Which declared endpoints a request path names, from the templates in lib/api/endpoints: lets the proxy
// answer 405 with the right Allow header for a method no route file exports (Next.js would send an empty body).
import type { Endpoint } from './endpoint';

interface CompiledPath {
  pattern: RegExp;
  method: string;
}

function compile(endpoints: Pick<Endpoint, 'method' | 'path'>[]): CompiledPath[] {
  return endpoints.map((ep) => {
    const source = ep.path
      .split('/')
      .map((segment) => (/^\{\w+\}$/.test(segment) ? '[^/]+' : segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
      .join('/');
    return { pattern: new RegExp(`^${source}/?$`), method: ep.method.toUpperCase() };
  });
}

/** The methods declared for a path (GET also answers HEAD), or [] when no endpoint has that path. */
export function methodsForPath(endpoints: Pick<Endpoint, 'method' | 'path'>[]): (pathname: string) => string[] {
  const compiled = compile(endpoints);
  return (pathname) => {
    const methods = new Set(compiled.filter((c) => c.pattern.test(pathname)).map((c) => c.method));
    if (methods.has('GET')) methods.add('HEAD');
    return [...methods];
  };
}
