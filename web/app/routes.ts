import type { ApolloClient } from '@apollo/client';
import { matchPath } from 'react-router';
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

// The routes App.tsx declares, matched as React Router matches them (a workbench's /new before its /:id)
const ROUTES: PageRoute[] = [...Object.values(PAGES), ...Object.values(WORKBENCH_PAGES)];
export const landingPage = (pathname: string): PageRoute =>
  ROUTES.find((route) => matchPath(`/${route.path}`, pathname)) ?? PAGES.overview;

/** The page the user lands on: its chunk while the session starts, so nothing waits on the other. */
export function prefetchLandingPage(location: Location): Promise<unknown> {
  return landingPage(location.pathname).page.load();
}

/** The landing page's data, sent as soon as there is a session, beside its chunk rather than after it. */
export function preloadLandingData(location: Location, client: ApolloClient): void {
  void landingPage(location.pathname).preload?.(client, new URLSearchParams(location.search));
}
