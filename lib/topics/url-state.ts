// Pure: the topic list's view (search, sort, page) as URL parameters, so a view can be shared by link.
import { TOPIC_SORT_KEYS, type TopicSortKey } from '../api/schemas/topics';

export interface TopicListView {
  search: string;
  sort: TopicSortKey;
  order: 'asc' | 'desc';
  page: number;
  internal: boolean;
}

export const DEFAULT_VIEW: TopicListView = { search: '', sort: 'name', order: 'asc', page: 1, internal: false };

export function viewFromParams(params: URLSearchParams): TopicListView {
  const sort = params.get('sort');
  const page = Number(params.get('page'));
  return {
    search: params.get('search') ?? '',
    sort: TOPIC_SORT_KEYS.includes(sort as TopicSortKey) ? (sort as TopicSortKey) : DEFAULT_VIEW.sort,
    order: params.get('order') === 'desc' ? 'desc' : 'asc',
    page: Number.isInteger(page) && page >= 1 ? page : 1,
    internal: params.get('internal') === 'true',
  };
}

/** Only what differs from the default, so plain links stay plain. */
export function viewToParams(view: TopicListView): URLSearchParams {
  const params = new URLSearchParams();
  if (view.search) params.set('search', view.search);
  if (view.sort !== DEFAULT_VIEW.sort) params.set('sort', view.sort);
  if (view.order !== DEFAULT_VIEW.order) params.set('order', view.order);
  if (view.page !== 1) params.set('page', String(view.page));
  if (view.internal) params.set('internal', 'true');
  return params;
}

/** Clicking the sorted column flips the order; a new column starts ascending by name, descending by number. */
export function nextSort(view: TopicListView, key: TopicSortKey): TopicListView {
  if (view.sort === key) return { ...view, order: view.order === 'asc' ? 'desc' : 'asc', page: 1 };
  return { ...view, sort: key, order: key === 'name' ? 'asc' : 'desc', page: 1 };
}
