// Composes DevZone's three pinned subgraph SDLs (*/src/test/resources/api/schema.graphql.snap, the printed schema) with
// Apollo's composition into a supergraph SDL, as `rover supergraph compose` would from the live subgraphs.
import { readFileSync } from 'node:fs';
import { parse, visit, Kind } from 'graphql';
import { composeServices } from '@apollo/composition';
const repo = process.argv[2];
const BUILT_IN = new Set(['String', 'Int', 'Float', 'Boolean', 'ID']);
// The printed schema as the subgraph's _service { sdl }: the federation @link, no protocol types, every scalar declared.
function subgraphSdl(printed) {
  const doc = parse(printed);
  const definitions = doc.definitions
    .filter(d => d.kind !== Kind.DIRECTIVE_DEFINITION || d.name.value === 'constraint')
    .filter(d => !d.name || !/^(_|link__|federation__)/.test(d.name.value))
    .map(d => d.name?.value === 'Query'
      ? { ...d, fields: d.fields.filter(f => !f.name.value.startsWith('_')) } : d);
  const defined = new Set(definitions.filter(d => d.name).map(d => d.name.value));
  const used = new Set();
  definitions.forEach(d => visit(d, { NamedType: t => { used.add(t.name.value); } }));
  const scalars = [...used].filter(n => !defined.has(n) && !BUILT_IN.has(n));
  const head = parse('extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key", "@shareable"])\n'
    + scalars.map(s => `scalar ${s}`).join('\n'));
  return { kind: Kind.DOCUMENT, definitions: [...head.definitions, ...definitions] };
}
const services = [
  ['investment', 'investment-service', 8081],
  ['land', 'land-service', 8082],
  ['party-affairs', 'party-affairs-service', 8083],
].map(([name, module, port]) => ({
  name, url: `http://localhost:${port}/graphql`,
  typeDefs: subgraphSdl(readFileSync(`${repo}/${module}/src/test/resources/api/schema.graphql.snap`, 'utf8')),
}));
const result = composeServices(services);
if (result.errors) { console.error(result.errors.map(String).join('\n')); process.exit(1); }
for (const hint of result.hints ?? []) console.error('hint: ' + hint.toString());
process.stdout.write(result.supergraphSdl);
