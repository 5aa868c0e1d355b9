// Drives GraphiQL as a person would, in a real Chromium: open the page, get sent to Keycloak's login form, log in
// as the leader, run a cross-service query, and save a screenshot. Against a running suite (./devzone up):
//   npm install && node graphiql-check.js [gateway URL] [query]
// Needs Chromium at /usr/bin/chromium (Debian: apt-get install chromium); playwright-core brings no browser.
const { chromium } = require('playwright-core');
(async () => {
  const base = process.argv[2] || 'http://localhost:8080';
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
           '--disable-component-update', '--disable-sync'] });
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  page.on('console', m => console.log('console:', m.type(), m.text()));
  page.on('pageerror', e => console.log('pageerror:', e.message));
  await page.goto(base + '/graphiql/');
  await page.waitForURL(/realms\/devzone\/protocol\/openid-connect\/auth/, { timeout: 30000 });
  console.log('redirected to Keycloak login:', page.url().split('?')[0]);
  await page.fill('#username', 'chen.jie');
  await page.fill('#password', 'devzone');
  await page.click('#kc-login');
  await page.waitForURL(base + '/graphiql/', { timeout: 30000 });
  await page.waitForSelector('.graphiql-container', { timeout: 30000 });
  console.log('logged in as:', await page.textContent('#who'));
  const query = process.argv[3] || '{ investmentProjects(size: 3) { items { name landParcels { code } enterprise { name partyActivities { title } } } } }';
  await page.evaluate(q => {
    const editor = document.querySelector('.graphiql-query-editor .CodeMirror');
    editor.CodeMirror.setValue(q);
  }, query);
  await page.click('.graphiql-execute-button');
  await page.waitForFunction(() => {
    const r = document.querySelector('.graphiql-response .CodeMirror');
    return r && r.CodeMirror.getValue().includes('"data"');
  }, null, { timeout: 30000 });
  const result = await page.evaluate(() => document.querySelector('.graphiql-response .CodeMirror').CodeMirror.getValue());
  console.log('response:', result.slice(0, 600));
  await page.screenshot({ path: 'graphiql.png' });
  console.log('screenshot: graphiql.png');
  await browser.close();
})().catch(e => { console.error('FAILED:', e); process.exit(1); });
