/** A gateway list page (Page_<Type>): its subgraph schema allows null items, which never come in practice. */
export interface ListPage<T> {
  totalItems: number;
  items?: readonly (T | null)[] | null;
}

/** The page's items, nulls dropped. */
export function itemsOf<T>(page: Pick<ListPage<T>, 'items'> | null | undefined): T[] {
  return (page?.items ?? []).filter((item): item is T => item !== null);
}

/** Lists read in one page of at most 200: true if some record did not fit (the page says so). */
export function truncated(...pages: (ListPage<unknown> | null | undefined)[]): boolean {
  return pages.some((page) => page != null && page.totalItems > (page.items?.length ?? 0));
}
