// What the browser tests and scripts/measure.mjs share: settings from the environment, Chromium, Keycloak's login.
import { chromium } from 'playwright-core';

export const settings = {
  webUrl: (process.env.DEVZONE_WEB_URL ?? 'http://localhost:8090').replace(/\/+$/, ''),
  gatewayUrl: (process.env.DEVZONE_GATEWAY_URL ?? 'http://localhost:8080').replace(/\/+$/, ''),
  oidcUrl: (process.env.DEVZONE_OIDC_URL ?? 'http://localhost:8180/realms/devzone').replace(/\/+$/, ''),
  output: process.env.DEVZONE_E2E_OUTPUT ?? 'e2e-output',
  chromium: process.env.CHROMIUM ?? '/usr/bin/chromium',
};

export const PERIOD = 'from=2011-01-01&to=2011-06-30';

export function launch() {
  return chromium.launch({
    executablePath: settings.chromium,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** Fills Keycloak's own login page (the app sent the browser there) and waits to be back on the app. */
export async function logIn(page, username, password = 'devzone') {
  await page.waitForURL((url) => url.href.startsWith(settings.oidcUrl), { timeout: 30_000 });
  await page.fill('#username', username);
  await page.fill('#password', password);
  await Promise.all([
    page.waitForURL((url) => url.href.startsWith(settings.webUrl) && !url.searchParams.has('code') && !url.hash.includes('code='), { timeout: 30_000 }),
    page.click('#kc-login'),
  ]);
}

/** Every chart of the overview drawn (each marks itself data-rendered once ECharts has drawn it). */
export async function overviewComplete(page, timeout = 30_000) {
  await page.waitForSelector('[data-testid="overview"] [data-testid="members-developed"]', { timeout });
  await page.waitForFunction(() => {
    const charts = document.querySelectorAll('[data-chart]');
    return charts.length >= 10 && [...charts].every((chart) => chart.getAttribute('data-rendered') === 'true');
  }, null, { timeout });
}
