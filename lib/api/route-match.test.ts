import { describe, expect, it } from 'vitest';
import { allEndpoints } from './endpoints';
import { methodsForPath } from './route-match';

describe('methodsForPath', () => {
  const methods = methodsForPath(allEndpoints);

  it('names every method declared for a path, HEAD with GET', () => {
    expect(methods('/api/clusters/local/topics').sort()).toEqual(['GET', 'HEAD', 'POST']);
    expect(methods('/api/clusters/local/topics/orders').sort()).toEqual(['DELETE', 'GET', 'HEAD']);
    expect(methods('/api/clusters/local/topics/orders/purge')).toEqual(['POST']);
  });

  it('tells a fixed segment from a parameter', () => {
    expect(methods('/api/clusters/local/topics/orders/messages/search')).toEqual(['GET', 'HEAD']);
    expect(methods('/api/clusters/local/topics/orders/messages/0/42')).toEqual(['GET', 'HEAD']);
  });

  it('prefers a fixed segment to a parameter that also matches, as Next.js routes do', () => {
    // Both /transactions/abort (POST) and /transactions/{transactionalId} (GET) match; the abort route answers.
    expect(methods('/api/clusters/local/transactions/abort')).toEqual(['POST']);
    expect(methods('/api/clusters/local/transactions/my-tx').sort()).toEqual(['GET', 'HEAD']);
  });

  it('knows no methods for a path no endpoint declares', () => {
    expect(methods('/api/nothing/here')).toEqual([]);
    expect(methods('/api/clusters/local/topics/a/b/c/d/e/f')).toEqual([]);
  });
});
