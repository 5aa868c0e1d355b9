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

const landingPage = (pathname: string): PageRoute => {
  const path = pathname.replace(/^\/+/, '').split('/')[0];
  return Object.values(PAGES).find((page) => page.path === path) ?? PAGES.overview;
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
