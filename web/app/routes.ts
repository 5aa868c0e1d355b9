import type { ApolloClient } from '@apollo/client';
import { loadable, type Loadable } from './loadable';
import { periodOf } from './period';

interface PageRoute {
  path: string;
  /** The page, in its own chunk. */
  page: Loadable<object>;
  /** Starts the page's request(s) before its chunk has arrived. */
  preload?: (client: ApolloClient, params: URLSearchParams) => Promise<void>;
}

/** The app's pages, each its own chunk; the first is where "/" and unknown paths lead. */
export const PAGES = {
  overview: {
    path: 'overview',
    page: loadable(() => import('./pages/Overview')),
    preload: (client, params) => import('./pages/overviewData').then((m) => m.preloadOverview(client, periodOf(params))),
  },
  workSummary: { path: 'work-summary', page: loadable(() => import('./pages/WorkSummary')) },
} satisfies Record<string, PageRoute>;

/** The departments' workbenches: one list, one detail and one form page for every aggregate, each its own chunk. */
const recordForm = loadable(() => import('./pages/workbench/RecordForm'));
export const WORKBENCH_PAGES = {
  list: { path: ':department/:aggregate', page: loadable(() => import('./pages/workbench/RecordList')) },
  create: { path: ':department/:aggregate/new', page: recordForm },
  detail: { path: ':department/:aggregate/:id', page: loadable(() => import('./pages/workbench/RecordDetail')) },
  edit: { path: ':department/:aggregate/:id/edit', page: recordForm },
} satisfies Record<string, PageRoute>;

const landingPage = (pathname: string): PageRoute => {
  const segments = pathname.replace(/^\/+/, '').split('/').filter(Boolean);
  const page = Object.values(PAGES).find((p) => p.path === segments[0]);
  if (page) return page;
  // /<department>/<aggregate>[/new | /:id[/edit]]
  if (segments.length === 2) return WORKBENCH_PAGES.list;
  if (segments.length === 3) return segments[2] === 'new' ? WORKBENCH_PAGES.create : WORKBENCH_PAGES.detail;
  if (segments.length === 4) return WORKBENCH_PAGES.edit;
  return PAGES.overview;
};

/** The page the user lands on: its chunk while the session starts, so nothing waits on the other. */
export function prefetchLandingPage(location: Location): Promise<unknown> {
  return landingPage(location.pathname).page.load();
}

/** The landing page's data, sent as soon as there is a session, beside its chunk rather than after it. */
export function preloadLandingData(location: Location, client: ApolloClient): void {
  const page: PageRoute = landingPage(location.pathname);
  void page.preload?.(client, new URLSearchParams(location.search));
}
