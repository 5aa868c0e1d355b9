// What the browser test files share: checks, axe-core, screenshots, pages that collect errors, the scenario list.
import { readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { settings } from './browser.mjs';

const require = createRequire(import.meta.url);
const axeSource = await readFile(require.resolve('axe-core/axe.min.js'), 'utf8');

/** The scenarios, in the order they run (run.mjs runs them, one line each). */
export const scenarios = [];
export const scenario = (name, run) => scenarios.push({ name, run });
let last; // the page last opened, screenshotted when a scenario fails
export const lastPage = () => last;

export function check(condition, message) {
  if (!condition) throw new Error(message);
}

/** axe-core in the page (evaluated, so the page's own CSP stays as served): no serious or critical violation. */
export async function accessible(page, name) {
  await page.evaluate(axeSource);
  const result = await page.evaluate(async () => {
    const { violations } = await globalThis.axe.run(document, { resultTypes: ['violations'] });
    return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
  });
  await writeFile(path.join(settings.output, `${name}-axe.json`), JSON.stringify(result, null, 2));
  check(result.length === 0, `axe on ${name}: ${result.join('; ')}`);
}

export async function screenshot(page, name) {
  await page.screenshot({ path: path.join(settings.output, `${name}.png`), fullPage: true });
}

/** A new browser context that fails the scenario on any CSP violation or uncaught page error. */
export async function newPage(browser) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
  const page = await context.newPage();
  last = page;
  const problems = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (msg) => {
    if (msg.type() === 'error' && /Content Security Policy/i.test(msg.text())) problems.push(`CSP: ${msg.text()}`);
  });
  // Every GraphQL answer the app gets: the scenarios check none carries an error
  const graphqlErrors = [];
  page.on('response', async (response) => {
    if (response.url().startsWith(`${settings.gatewayUrl}/graphql`) && response.request().method() === 'POST') {
      const body = await response.json().catch(() => null);
      // PERSISTED_QUERY_NOT_FOUND is the persisted-query handshake (the hash first), answered by sending the text
      for (const error of (body?.errors ?? []).filter((e) => e.extensions?.code !== 'PERSISTED_QUERY_NOT_FOUND')) graphqlErrors.push(`${error.extensions?.code}: ${error.message}`);
    }
  });
  return { context, page, problems, graphqlErrors };
}

