// Prints what the budget asks (not a test): the gzipped size of the JavaScript the first page needs, and the time
// from submitting Keycloak's login form to the overview's last chart drawn, with the suite warm.
//   node scripts/measure.mjs            (settings as the e2e: DEVZONE_WEB_URL, DEVZONE_OIDC_URL, CHROMIUM; RUNS=5)
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { launch, overviewComplete, PERIOD, settings } from '../e2e/browser.mjs';

const dist = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'target', 'classes', 'META-INF', 'resources');

/** The entry script and every chunk it imports statically (what loads before the first page). */
async function initialChunks() {
  const html = await readFile(path.join(dist, 'index.html'), 'utf8');
  const seen = new Set();
  const queue = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]);
  while (queue.length) {
    const file = queue.shift();
    if (seen.has(file)) continue;
    seen.add(file);
    const code = await readFile(path.join(dist, file), 'utf8');
    // Static imports only: `import … from "./x.js"` / `import "./x.js"`, not import("./x.js")
    for (const m of code.matchAll(/(?:^|[;}\s])(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["']\.\/([^"']+\.js)["']/g)) {
      queue.push(`assets/${m[1]}`);
    }
  }
  const sizes = [];
  for (const file of seen) {
    const code = await readFile(path.join(dist, file));
    sizes.push({ file, bytes: code.length, gzipped: gzipSync(code, { level: 9 }).length });
  }
  return sizes;
}

const chunks = await initialChunks();
for (const c of chunks) console.log(`initial chunk ${c.file}: ${(c.bytes / 1024).toFixed(1)} KB, ${(c.gzipped / 1024).toFixed(1)} KB gzipped`);
const total = chunks.reduce((sum, c) => sum + c.gzipped, 0);
console.log(`initial JavaScript: ${(total / 1024).toFixed(1)} KB gzipped (budget 350 KB)`);

const runs = Number(process.env.RUNS ?? 5);
const browser = await launch();
const times = [];
for (let run = 0; run <= runs; run += 1) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${settings.webUrl}/overview?${PERIOD}`);
  await page.waitForSelector('#kc-login');
  await page.fill('#username', 'chen.jie');
  await page.fill('#password', 'devzone');
  const started = Date.now();
  await page.click('#kc-login');
  await overviewComplete(page);
  const ms = Date.now() - started;
  // The first run warms the JVMs and the gateway's persisted queries: not counted
  if (run > 0) times.push(ms);
  console.log(`login to overview complete, run ${run}${run === 0 ? ' (warm-up)' : ''}: ${ms} ms`);
  await context.close();
}
await browser.close();
times.sort((a, b) => a - b);
console.log(`login to overview complete: median ${times[Math.floor(times.length / 2)]} ms, best ${times[0]} ms, worst ${times.at(-1)} ms over ${times.length} runs (budget 2000 ms)`);
