// DevZone's gateway beside Apollo Gateway and Hive Gateway, over the same in-memory stand-ins of DevZone's three
// subgraphs (standins.mjs), so that the gateways' own cost decides. Rounds interleave the gateways, so a machine's
// drift touches each alike; each scenario prints throughput, p50/p99 and the CPU per request of the gateway and of
// the stand-ins, read from /proc. A benchmark, not a test: the figures are this machine's.
//   ./devzone gateway-bench [seconds per round, 10] [rounds, 3] [clients, 8]
// which runs `node bench.mjs` (Node 22) with STAND_INS_PORT (the first of three), GATEWAYS_PORT (the first of three)
// and DEVZONE_GATEWAY_COMMAND: how DevZone's gateway starts, a word a line, {subgraphs} where the stand-ins' URL
// options go; DEVZONE_BASELINE_COMMAND likewise, when another build of it runs beside ("DevZone (baseline)").
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { SUBGRAPHS } from './subgraph-sdl.mjs';

const [seconds = 10, rounds = 3, clients = 8] = process.argv.slice(2).map(Number);
const STAND_INS = Number(process.env.STAND_INS_PORT);
const GATEWAYS = Number(process.env.GATEWAYS_PORT);
/** A gateway command from the launcher, the stand-ins' URLs in the place of {subgraphs}. */
const command = text => text.split('\n').flatMap(word => word === '{subgraphs}'
  ? SUBGRAPHS.map((s, i) => `-Ddevzone.gateway.subgraphs."${s.name}".url=http://127.0.0.1:${STAND_INS + i}/graphql`)
  : [word]);
const devzone = command(process.env.DEVZONE_GATEWAY_COMMAND);
const baseline = process.env.DEVZONE_BASELINE_COMMAND && command(process.env.DEVZONE_BASELINE_COMMAND);
const TICKS_PER_MS = 100 / 1000; // /proc's clock ticks (USER_HZ, 100 on Linux)
const PROJECTS = 20;
const SINGLE = `{ investmentProjects(size: ${PROJECTS}, sort: "name") { items { id name stage agreedInvestmentCny } } }`;
const JOINED = `{ investmentProjects(size: ${PROJECTS}, sort: "name") `
  + '{ items { id name landParcels { code areaMu } enterprise { name partyActivities { title } } } } }';

const children = [];
function start(name, command, args) {
  const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'inherit'] });
  child.on('exit', code => { if (!stopping) { console.error(`${name} ended (${code})`); process.exit(1); } });
  children.push(child);
  return child;
}
let stopping = false;
// SIGKILL: Hive Gateway waits on SIGTERM for connections to close; nothing here keeps state
const stop = () => { stopping = true; children.forEach(c => c.kill('SIGKILL')); };
process.on('exit', stop);
process.on('SIGINT', () => process.exit(130));

const standIns = start('stand-ins', process.execPath, ['standins.mjs', STAND_INS]);
const targets = [
  { name: 'DevZone', url: `http://127.0.0.1:${GATEWAYS}/graphql`, process: start('DevZone', devzone[0], devzone.slice(1)) },
  { name: 'Apollo Gateway', url: `http://127.0.0.1:${GATEWAYS + 1}/graphql`,
    process: start('Apollo', process.execPath, ['other-gateway.mjs', 'apollo', GATEWAYS + 1, STAND_INS]) },
  { name: 'Hive Gateway', url: `http://127.0.0.1:${GATEWAYS + 2}/graphql`,
    process: start('Hive', process.execPath, ['other-gateway.mjs', 'hive', GATEWAYS + 2, STAND_INS]) },
  ...(baseline ? [{ name: 'DevZone (baseline)', url: `http://127.0.0.1:${GATEWAYS + 3}/graphql`,
    process: start('DevZone (baseline)', baseline[0], baseline.slice(1)) }] : []),
];
const direct = { name: 'direct to the stand-in', url: `http://127.0.0.1:${STAND_INS}/graphql`, process: null };

async function ask(url, query) {
  const response = await fetch(url, { method: 'POST', body: JSON.stringify({ query }),
    headers: { 'content-type': 'application/json', accept: 'application/json' } });
  const text = await response.text();
  if (!response.ok || text.includes('"errors"')) throw new Error(`${url}: HTTP ${response.status} ${text.slice(0, 300)}`);
  return text;
}

async function ready(target) {
  for (let tries = 0; ; tries++) {
    try { return JSON.parse(await ask(target.url, JOINED)); } catch (e) {
      if (tries > 240) throw e;
      await new Promise(go => setTimeout(go, 500));
    }
  }
}

const cpuTicks = pid => {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return Number(fields[11]) + Number(fields[12]); // utime, stime
};

/** `clients` callers sending `query` back to back for `ms`; requests answered, latencies, CPU ms of each process. */
async function drive(target, query, ms) {
  const body = JSON.stringify({ query });
  const latencies = [];
  const pids = { gateway: target.process?.pid, 'stand-ins': standIns.pid };
  const before = Object.fromEntries(Object.entries(pids).filter(([, pid]) => pid).map(([k, pid]) => [k, cpuTicks(pid)]));
  const clientBefore = process.cpuUsage();
  const end = Date.now() + ms;
  await Promise.all(Array.from({ length: clients }, async () => {
    while (Date.now() < end) {
      const started = performance.now();
      const response = await fetch(target.url, { method: 'POST', body,
        headers: { 'content-type': 'application/json', accept: 'application/json' } });
      await response.arrayBuffer();
      if (!response.ok) throw new Error(`${target.name}: HTTP ${response.status}`);
      latencies.push(performance.now() - started);
    }
  }));
  const cpu = Object.fromEntries(Object.entries(before).map(([k, ticks]) => [k, (cpuTicks(pids[k]) - ticks) / TICKS_PER_MS]));
  const client = process.cpuUsage(clientBefore);
  cpu.client = (client.user + client.system) / 1000;
  return { requests: latencies.length, ms, latencies, cpu };
}

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))];

console.log(`Starting the stand-ins, DevZone's gateway (${devzone.at(-1)}), Apollo Gateway and Hive Gateway ...`);
const answers = await Promise.all(targets.map(ready));
for (const [i, answer] of answers.entries()) {
  if (JSON.stringify(answer) !== JSON.stringify(answers[0])) {
    console.log(`NOTE: ${targets[i].name} answers the joined query otherwise than ${targets[0].name}`);
  }
}
// the JVM's optimising compiler needs load before its figures mean anything; the Node gateways get the same
const warmUp = Math.max(30, 3 * seconds);
console.log(`Warming up each for ${warmUp} s ...`);
for (const target of targets) await drive(target, JOINED, warmUp * 1000);
for (const target of targets) await drive(target, SINGLE, seconds * 1000);

const scenarios = [
  { name: 'single subgraph', query: SINGLE, targets: [direct, ...targets] },
  { name: 'three subgraphs joined', query: JOINED, targets },
];
const totals = new Map();
for (let round = 1; round <= rounds; round++) {
  console.log(`Round ${round} of ${rounds} (${clients} clients, ${seconds} s each) ...`);
  for (const scenario of scenarios) {
    for (const target of scenario.targets) {
      const key = `${scenario.name}|${target.name}`;
      const result = await drive(target, scenario.query, seconds * 1000);
      const total = totals.get(key) ?? { requests: 0, ms: 0, latencies: [], cpu: {} };
      total.requests += result.requests;
      total.ms += result.ms;
      total.latencies.push(...result.latencies);
      for (const [k, v] of Object.entries(result.cpu)) total.cpu[k] = (total.cpu[k] ?? 0) + v;
      totals.set(key, total);
    }
  }
}

const rate = key => totals.get(key).requests / (totals.get(key).ms / 1000);
const cpuPerRequest = (key, k) => totals.get(key).cpu[k] / totals.get(key).requests;
console.log(`\n| scenario | through | req/s | p50 ms | p99 ms | gateway CPU ms/req | stand-ins CPU ms/req | client CPU ms/req |`);
console.log('| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const scenario of scenarios) {
  for (const target of scenario.targets) {
    const key = `${scenario.name}|${target.name}`;
    const sorted = totals.get(key).latencies.sort((a, b) => a - b);
    const gatewayCpu = target.process ? cpuPerRequest(key, 'gateway').toFixed(2) : '';
    console.log(`| ${scenario.name} | ${target.name} | ${rate(key).toFixed(1)} | ${percentile(sorted, 0.5).toFixed(1)} | `
      + `${percentile(sorted, 0.99).toFixed(1)} | ${gatewayCpu} | ${cpuPerRequest(key, 'stand-ins').toFixed(2)} | `
      + `${cpuPerRequest(key, 'client').toFixed(2)} |`);
  }
}
const joined = name => `three subgraphs joined|${name}`;
console.log(`\nDevZone, three subgraphs joined: ${(rate(joined('DevZone')) / rate(joined('Apollo Gateway'))).toFixed(2)}x `
  + `Apollo Gateway's throughput, ${(rate(joined('DevZone')) / rate(joined('Hive Gateway'))).toFixed(2)}x Hive Gateway's; `
  + `single subgraph through DevZone at ${(100 * rate('single subgraph|DevZone')
    / rate('single subgraph|direct to the stand-in')).toFixed(0)}% of direct`);
if (baseline) {
  const cpu = name => cpuPerRequest(joined(name), 'gateway');
  console.log(`DevZone's CPU per joined query against the baseline's: ${cpu('DevZone').toFixed(2)} ms against `
    + `${cpu('DevZone (baseline)').toFixed(2)} ms (${(100 * (cpu('DevZone') / cpu('DevZone (baseline)') - 1)).toFixed(0)}%)`);
}
stop();
process.exit(0);
