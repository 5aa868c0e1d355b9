import { useSearchParams } from 'react-router';

/** The services' largest page (commons' PageRequest.MAX_SIZE). */
export const MAX_PAGE_SIZE = 200;
const DEFAULT_SIZE = 20;

export interface ListState {
  /** 1-based, as shown; the services count from 0. */
  page: number;
  size: number;
  sort?: string;
  filter: Record<string, string>;
}

/** A list's view from its URL (?page=2&size=20&sort=-areaMu&f.park=ZIWU): a link reproduces it. */
export function listStateOf(params: URLSearchParams): ListState {
  const filter: Record<string, string> = {};
  params.forEach((value, key) => {
    if (key.startsWith('f.') && value !== '') filter[key.substring(2)] = value;
  });
  const page = Math.max(1, Number(params.get('page')) || 1);
  const size = Math.min(MAX_PAGE_SIZE, Math.max(1, Number(params.get('size')) || DEFAULT_SIZE));
  return { page, size, sort: params.get('sort') || undefined, filter };
}

export function searchOf(state: ListState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.page > 1) params.set('page', String(state.page));
  if (state.size !== DEFAULT_SIZE) params.set('size', String(state.size));
  if (state.sort) params.set('sort', state.sort);
  for (const [key, value] of Object.entries(state.filter)) if (value !== '') params.set(`f.${key}`, value);
  return params;
}

export function useListState(): [ListState, (next: ListState) => void] {
  const [params, setParams] = useSearchParams();
  return [listStateOf(params), (next) => setParams(searchOf(next))];
}
