// The web app's browser tests against a running suite: node web/e2e/run.mjs (settings in browser.mjs).
// One line per scenario, then "N passed, M failed"; exit status 0 only if all passed.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { launch, logIn, overviewComplete, PERIOD, settings } from './browser.mjs';
import { accessible, check, lastPage, newPage, scenario, scenarios, screenshot } from './harness.mjs';

/** The figures the source report gives for the demo data's first half of 2011, as the overview shows them. */
const OVERVIEW_FIGURES = {
  'landed-projects': '10个',
  'landed-investment': '12.85亿元',
  'capital-domestic': '6.8亿元',
  'capital-foreign': '3,000万美元',
  acquired: '271亩',
  'relocation-contracts': '5户',
  'members-developed': '8名',
};
/** …and as the work summary writes them, in its text. */
const REPORT_FIGURES = ['成功落户项目10个', '项目累计总投资12.85亿元', '到位内资6.8亿元', '实际利用外资3000万美元',
  '征地271亩', '签订拆迁合同5户', '共发展党员8名'];

async function figuresShown(page) {
  for (const [testId, expected] of Object.entries(OVERVIEW_FIGURES)) {
    const text = (await page.textContent(`[data-testid="${testId}"] .figure-value`))?.trim();
    check(text === expected, `${testId}: expected ${expected}, shown ${text}`);
  }
}

let leader; // chen.jie's page, shared by the scenarios that follow his login

scenario('the leader logs in through Keycloak and the overview shows the source figures', async (browser) => {
  leader = await newPage(browser);
  const { page } = leader;
  await page.goto(`${settings.webUrl}/overview?${PERIOD}`);
  await logIn(page, 'chen.jie');
  await overviewComplete(page);
  check(new URL(page.url()).search === `?${PERIOD}`, `the period left the URL: ${page.url()}`);
  await figuresShown(page);
  check((await page.textContent('[data-testid="user"]')).includes('领导'), 'the header shows the role 领导');
  check((await page.textContent('[data-testid="double-half"]')).includes('已实现'), '双过半 reached on the demo data');
  await accessible(page, 'overview-leader');
  await screenshot(page, 'overview-leader');
  check(leader.graphqlErrors.length === 0, `GraphQL errors: ${leader.graphqlErrors.join('; ')}`);
  check(leader.problems.length === 0, leader.problems.join('; '));
});

scenario('the work summary page carries the figures in its text, and prints to A4', async () => {
  const { page } = leader;
  await page.click('nav a[href^="/work-summary"]');
  await page.waitForSelector('article.report');
  check(new URL(page.url()).search === `?${PERIOD}`, `the period did not travel with the user: ${page.url()}`);
  const text = (await page.textContent('article.report')).replace(/\s+/g, '');
  for (const figure of REPORT_FIGURES) check(text.includes(figure), `the report lacks "${figure}"`);
  check(text.includes('一、上半年经济指标完成及主要工作推进情况') && text.includes('二、存在的主要困难和问题'),
    'the report keeps the source\'s sections');
  await accessible(page, 'work-summary');
  await screenshot(page, 'work-summary');
  await page.emulateMedia({ media: 'print' });
  check(!(await page.isVisible('.app-sider')), 'the side menu is not printed');
  await page.pdf({ path: path.join(settings.output, 'work-summary.pdf'), format: 'A4', printBackground: true });
  await screenshot(page, 'work-summary-print');
  await page.emulateMedia({ media: 'screen' });
  check(leader.graphqlErrors.length === 0, `GraphQL errors: ${leader.graphqlErrors.join('; ')}`);
});

scenario('every label switches to English and back', async () => {
  const { page } = leader;
  await page.getByText('English', { exact: true }).click();
  await page.waitForSelector('text=Log out');
  check((await page.textContent('nav')).includes('Overview'), 'the menu is in English');
  await page.click('nav a[href^="/overview"]');
  await overviewComplete(page);
  check((await page.textContent('main')).includes('Key economic indicators'), 'the overview is in English');
  await accessible(page, 'overview-english');
  await screenshot(page, 'overview-english');
  await page.getByText('中文', { exact: true }).click();
  await page.waitForSelector('text=退出登录');
});

scenario('an expired session sends the user to log in and back to the same page and period', async () => {
  const { page, context } = leader;
  const period = 'from=2011-04-01&to=2011-06-30';
  await page.goto(`${settings.webUrl}/overview?${period}`);
  await overviewComplete(page);
  // The Keycloak session ends (its cookies go) and the gateway refuses the token the page still holds
  await context.clearCookies();
  await page.route(`${settings.gatewayUrl}/graphql`, (route) => route.fulfill({
    status: 401, contentType: 'application/json',
    body: JSON.stringify({ errors: [{ message: 'The token has expired', extensions: { code: 'UNAUTHENTICATED' } }] }),
  }));
  await page.click('nav a[href^="/work-summary"]');
  await page.waitForURL((url) => url.href.startsWith(settings.oidcUrl), { timeout: 30_000 });
  await page.unroute(`${settings.gatewayUrl}/graphql`);
  await logIn(page, 'chen.jie');
  const url = new URL(page.url());
  check(url.pathname === '/work-summary' && url.search === `?${period}`, `back on ${page.url()}`);
  await page.waitForSelector('article.report');
});

scenario('logout ends the session: the app asks for a login again', async () => {
  const { page, context } = leader;
  await page.click('button:has-text("退出登录")');
  await page.waitForURL((url) => url.href.startsWith(settings.oidcUrl), { timeout: 30_000 });
  await page.waitForSelector('#username');
  await page.goto(`${settings.webUrl}/overview?${PERIOD}`);
  await page.waitForURL((url) => url.href.startsWith(settings.oidcUrl), { timeout: 30_000 });
  check(await page.isVisible('#kc-login'), 'Keycloak asks for a login after logout');
  await screenshot(page, 'after-logout');
  await context.close();
});

scenario('a department user sees the same overview, no personal data asked for or shown', async (browser) => {
  const user = await newPage(browser);
  const { page } = user;
  await page.goto(`${settings.webUrl}/overview?${PERIOD}`);
  await logIn(page, 'zhang.wei');
  await overviewComplete(page);
  await figuresShown(page);
  check((await page.textContent('[data-testid="user"]')).includes('招商部门'), 'the header shows the role 招商部门');
  // A FORBIDDEN error would mean the page asked for a withheld (personal) field
  check(user.graphqlErrors.length === 0, `GraphQL errors: ${user.graphqlErrors.join('; ')}`);
  await accessible(page, 'overview-department');
  await screenshot(page, 'overview-department');
  await page.click('nav a[href^="/work-summary"]');
  await page.waitForSelector('article.report');
  check(user.graphqlErrors.length === 0, `GraphQL errors: ${user.graphqlErrors.join('; ')}`);
  check(user.problems.length === 0, user.problems.join('; '));
  await user.context.close();
});

// The departments' workbenches (workbench.mjs), after the overview's scenarios
await import('./workbench.mjs');

await mkdir(settings.output, { recursive: true });
const browser = await launch();
let passed = 0;
let failed = 0;
const report = [];
// DEVZONE_E2E_ONLY=<text> runs only the scenarios whose name holds it (for working on some)
const only = process.env.DEVZONE_E2E_ONLY;
for (const { name, run } of scenarios.filter((s) => !only || s.name.includes(only))) {
  const started = Date.now();
  try {
    await run(browser);
    passed += 1;
    report.push({ name, outcome: 'passed', ms: Date.now() - started });
    console.log(`PASS ${name}`);
  } catch (error) {
    failed += 1;
    // What the page showed when it failed, to read the failure by
    if (lastPage() && !lastPage().isClosed()) {
      await lastPage().screenshot({ path: path.join(settings.output, `failed-${failed}.png`), fullPage: true }).catch(() => {});
    }
    report.push({ name, outcome: 'failed', ms: Date.now() - started, error: String(error?.message ?? error) });
    console.log(`FAIL ${name}: ${String(error?.message ?? error).split('\n')[0]}`);
  }
}
await browser.close();
await writeFile(path.join(settings.output, 'report.json'), JSON.stringify(report, null, 2));
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
