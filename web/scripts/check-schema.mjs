// Does the committed schema snapshot (web/schema.graphql, which the pages' operations are typed against) still
// match the gateway's composed schema? Exit 0 if so; else print a diff and exit 1.
//   DEVZONE_GATEWAY_URL=http://localhost:8080 DEVZONE_TOKEN=… node web/scripts/check-schema.mjs
// Refresh the snapshot with --write (then `npm run build` tells what no longer compiles).
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, print, visit } from 'graphql';

const snapshot = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'schema.graphql');
const gateway = (process.env.DEVZONE_GATEWAY_URL ?? 'http://localhost:8080').replace(/\/+$/, '');
const token = process.env.DEVZONE_TOKEN;
if (!token) {
  console.error('check-schema: set DEVZONE_TOKEN to a bearer token for the gateway');
  process.exit(2);
}

const response = await fetch(`${gateway}/graphql/schema.graphql`, { headers: { Authorization: `Bearer ${token}` } });
if (!response.ok) {
  console.error(`check-schema: ${gateway}/graphql/schema.graphql answered HTTP ${response.status}`);
  process.exit(2);
}
const live = await response.text();
// Compared as printed by graphql-js with every list of named things sorted: order and formatting are not changes,
// while descriptions and applied directives (the @constraint input limits the forms mirror) are
const byName = (a, b) => (a.name?.value ?? '').localeCompare(b.name?.value ?? '');
const SORTED = ['definitions', 'fields', 'values', 'arguments', 'directives', 'interfaces', 'types'];
const normal = (sdl) => print(visit(parse(sdl, { noLocation: true }), {
  leave: (node) => {
    const sorted = { ...node };
    for (const key of SORTED) if (Array.isArray(node[key])) sorted[key] = [...node[key]].sort(byName);
    return sorted;
  },
}));

if (process.argv.includes('--write')) {
  await writeFile(snapshot, live.endsWith('\n') ? live : `${live}\n`);
  console.log(`check-schema: wrote ${snapshot}`);
  process.exit(0);
}

const expected = normal(await readFile(snapshot, 'utf8')).split('\n');
const actual = normal(live).split('\n');
if (expected.join('\n') === actual.join('\n')) {
  console.log('check-schema: the committed snapshot matches the gateway\'s schema');
  process.exit(0);
}
// A line diff (longest common subsequence): what the snapshot lacks (+) and what the gateway no longer has (-)
const n = expected.length;
const m = actual.length;
const lcs = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
for (let i = n - 1; i >= 0; i -= 1) {
  for (let j = m - 1; j >= 0; j -= 1) {
    lcs[i][j] = expected[i] === actual[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
  }
}
console.log('check-schema: web/schema.graphql differs from the gateway\'s schema (- snapshot, + gateway):');
let i = 0;
let j = 0;
while (i < n || j < m) {
  if (i < n && j < m && expected[i] === actual[j]) { i += 1; j += 1; }
  else if (j < m && (i === n || lcs[i][j + 1] >= lcs[i + 1][j])) console.log(`+ ${actual[j++]}`);
  else console.log(`- ${expected[i++]}`);
}
console.log('Refresh it: node web/scripts/check-schema.mjs --write, then ./mvnw package -pl web');
process.exit(1);
