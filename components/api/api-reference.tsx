'use client';
// The API reference, rendered by Swagger UI from /api/openapi.json: every route with its parameters, request
// body, answers and their schemas, and "Try it out" against this same origin (the browser's session cookie
// goes along, so a signed-in user tries with their own permissions). Swagger UI is loaded on this page only.
import 'swagger-ui-dist/swagger-ui.css';
import { useEffect, useRef, useState } from 'react';
import { useTranslations } from 'use-intl';
import { ErrorState, LoadingState } from '@/components/ui/data-state';

export function ApiReference({ specUrl }: { specUrl: string }) {
  const t = useTranslations('apiDocs');
  const host = useRef<HTMLDivElement>(null);
  const [state, setState] = useState<'loading' | 'ready' | Error>('loading');

  useEffect(() => {
    const node = host.current;
    if (!node) return;
    let cancelled = false;
    import('swagger-ui-dist/swagger-ui-es-bundle.js')
      .then(({ default: SwaggerUI }) => {
        if (cancelled) return;
        SwaggerUI({
          domNode: node,
          url: specUrl,
          // Off: its deep links put an anchor inside each operation's toggle button (nested interactive controls).
          deepLinking: false,
          docExpansion: 'list',
          defaultModelsExpandDepth: 0,
          displayRequestDuration: true,
          filter: true,
          withCredentials: true,
          // Its highlighter re-parses every answer on each render; plain text keeps large answers quick.
          syntaxHighlight: false,
          onComplete: () => {
            if (cancelled) return;
            // Swagger UI leaves its server picker without a name for screen readers.
            node.querySelector('#servers')?.setAttribute('aria-label', 'Server');
            setState('ready');
          },
        });
      })
      .catch((err: unknown) => !cancelled && setState(err instanceof Error ? err : new Error(String(err))));
    return () => {
      cancelled = true;
      node.replaceChildren();
    };
  }, [specUrl]);

  return (
    <div className="api-reference">
      {state === 'loading' && <LoadingState label={t('reference')} height={320} />}
      {state instanceof Error && <ErrorState error={state} height={320} />}
      {/* English: the OpenAPI document's own words, and Swagger UI's. */}
      <div ref={host} lang="en" className="api-reference-paper" hidden={state !== 'ready'} />
    </div>
  );
}
