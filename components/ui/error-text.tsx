'use client';
// What the UI says when a request fails: a sentence in the reader's language per API error code, and the
// server's own message (English, specific: which topic, which limit) as its detail.
import { useTranslations } from 'use-intl';
import { ApiError } from '@/lib/api/client';
import type { ErrorCode } from '@/lib/errors';

const CODES = new Set<string>([
  'bad_request',
  'unauthorized',
  'forbidden',
  'not_found',
  'conflict',
  'method_not_allowed',
  'misdirected',
  'payload_too_large',
  'unsupported_media_type',
  'too_many_requests',
  'unavailable',
  'timeout',
  'internal',
] satisfies ErrorCode[]);

/**
 * The translated sentence for a failed request: by its code, or "the server cannot be reached" for no answer
 * at all. Null for an error thrown in the browser (a form's own check), whose message says it all.
 */
export function useErrorSentence() {
  const t = useTranslations('errors');
  return (error: unknown): string | null => {
    if (!(error instanceof ApiError)) return null;
    // Status 0: the browser got no answer from Fluxo itself.
    if (error.status === 0) return t('offline');
    return CODES.has(error.code) ? t(error.code as ErrorCode) : t('other');
  };
}

/** The server's message, or a thrown Error's: English text, so marked as such. */
export function ErrorDetail({ error }: { error: unknown }) {
  if (!(error instanceof Error) || !error.message) return null;
  // No answer: the sentence is all there is to say.
  if (error instanceof ApiError && error.status === 0) return null;
  return <div lang="en">{error.message}</div>;
}

/** A failed action's callout, where the user acted. */
export function ErrorCallout({ error }: { error: unknown }) {
  const sentence = useErrorSentence();
  if (!error) return null;
  const said = sentence(error);
  return (
    <div className="callout danger" role="alert">
      {said && <strong>{said}</strong>}
      <ErrorDetail error={error} />
    </div>
  );
}
