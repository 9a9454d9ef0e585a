import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEW, nextSort, viewFromParams, viewToParams } from './url-state';

describe('topic list view in the URL', () => {
  it('round-trips a view through URL parameters', () => {
    const view = { search: 'pay', sort: 'messages' as const, order: 'desc' as const, page: 3, internal: true };
    expect(viewFromParams(viewToParams(view))).toEqual(view);
  });

  it('writes nothing for the default view and ignores nonsense', () => {
    expect(viewToParams(DEFAULT_VIEW).toString()).toBe('');
    expect(viewFromParams(new URLSearchParams('sort=drop&page=-2&order=sideways'))).toEqual(DEFAULT_VIEW);
  });

  it('flips the order on the sorted column and starts numbers descending', () => {
    expect(nextSort(DEFAULT_VIEW, 'name').order).toBe('desc');
    expect(nextSort({ ...DEFAULT_VIEW, page: 4 }, 'partitions')).toMatchObject({ sort: 'partitions', order: 'desc', page: 1 });
  });
});
