import { describe, expect, it } from 'vitest';
import { landingPage, PAGES, WORKBENCH_PAGES } from './routes';

describe('the page a user lands on', () => {
  it.each([
    ['/', PAGES.overview],
    ['/overview', PAGES.overview],
    ['/work-summary', PAGES.workSummary],
    ['/land/parcels', WORKBENCH_PAGES.list],
    ['/land/parcels/new', WORKBENCH_PAGES.create],
    ['/land/parcels/01a2', WORKBENCH_PAGES.detail],
    ['/land/parcels/01a2/edit', WORKBENCH_PAGES.edit],
    ['/a/b/c/d/e', PAGES.overview],
  ])('%s', (pathname, page) => {
    expect(landingPage(pathname)).toBe(page);
  });
});
