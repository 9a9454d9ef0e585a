'use client';
// What the UI says when a request fails: a sentence in the reader's language per API error code, and the
// server's own message (English, specific: which topic, which limit) as its detail.
import { useTranslations } from 'use-intl';
import { ApiError } from '@/lib/api/client';
import { errorSentenceKey } from '@/lib/api/error-sentence';

/** The translated sentence for a failed request (see errorSentenceKey); null for an error thrown in the browser. */
export function useErrorSentence() {
  const t = useTranslations('errors');
  return (error: unknown): string | null => {
    const key = errorSentenceKey(error);
    return key && t(key);
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
