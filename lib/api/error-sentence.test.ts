import { describe, expect, it } from 'vitest';
import { en } from '../i18n/messages/en';
import { ptBR } from '../i18n/messages/pt-BR';
import { errorCodes } from '../errors';
import { ApiError } from './client';
import { errorSentenceKey } from './error-sentence';

describe('errorSentenceKey', () => {
  it('names the sentence by the API error code', () => {
    expect(errorSentenceKey(new ApiError('forbidden', 'Cluster "x" is read-only: changes are refused', 403))).toBe('forbidden');
    expect(errorSentenceKey(new ApiError('too_many_requests', 'Too many concurrent readers', 429))).toBe('too_many_requests');
    expect(errorSentenceKey(new ApiError('timeout', 'No answer in 10 s', 504))).toBe('timeout');
  });

  it('says the server cannot be reached when nothing answered', () => {
    expect(errorSentenceKey(new ApiError('unavailable', 'The Fluxo server cannot be reached', 0))).toBe('offline');
  });

  it('falls back to a general sentence for a code it does not know', () => {
    expect(errorSentenceKey(new ApiError('teapot', 'short and stout', 418))).toBe('other');
  });

  it('leaves an error thrown in the browser to its own message', () => {
    expect(errorSentenceKey(new Error('Choose a topic'))).toBeNull();
    expect(errorSentenceKey(null)).toBeNull();
  });

  it('has a sentence in both languages for every code the server sends', () => {
    for (const code of [...errorCodes, 'offline', 'other'] as const) {
      expect(en.errors[code], code).toBeTruthy();
      expect(ptBR.errors[code], code).toBeTruthy();
      expect(ptBR.errors[code], code).not.toBe(en.errors[code]);
    }
  });
});
