// DevZone's pinned subgraph schemas (<service>/src/test/resources/api/schema.graphql.snap, the schema each service
// prints) as a subgraph's `_service { sdl }` reads: the federation @link, no protocol types, every scalar declared.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse, print, visit, Kind } from 'graphql';

export const REPOSITORY = fileURLToPath(new URL('../..', import.meta.url));
/** The three subgraphs: their names in the supergraph, their modules, and their ports as ./devzone up runs them. */
export const SUBGRAPHS = [
  { name: 'investment', module: 'investment-service', port: 8081 },
  { name: 'land', module: 'land-service', port: 8082 },
  { name: 'party-affairs', module: 'party-affairs-service', port: 8083 },
];
const BUILT_IN = new Set(['String', 'Int', 'Float', 'Boolean', 'ID']);

/** The schema a service prints, as pinned in the repository at `repository` (default: this checkout). */
export function printedSchema(module, repository = REPOSITORY) {
  return readFileSync(`${repository}/${module}/src/test/resources/api/schema.graphql.snap`, 'utf8');
}

/** The printed schema as its `_service { sdl }` document. */
export function subgraphSdl(printed) {
  const definitions = parse(printed).definitions
    .filter(d => d.kind !== Kind.DIRECTIVE_DEFINITION || d.name.value === 'constraint')
    .filter(d => !d.name || !/^(_|link__|federation__)/.test(d.name.value))
    .map(d => d.name?.value === 'Query'
      ? { ...d, fields: d.fields.filter(f => !f.name.value.startsWith('_')) } : d);
  const head = parse('extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key", "@shareable"])');
  return { kind: Kind.DOCUMENT, definitions: [...head.definitions, ...undeclaredScalars(definitions), ...definitions] };
}

/** The printed schema leaves its custom scalars (Date, BigDecimal, …) undeclared: their declarations. */
export function undeclaredScalars(definitions) {
  const defined = new Set(definitions.filter(d => d.name).map(d => d.name.value));
  const used = new Set();
  definitions.forEach(d => visit(d, { NamedType: t => { used.add(t.name.value); } }));
  const scalars = [...used].filter(n => !defined.has(n) && !BUILT_IN.has(n));
  return scalars.length ? parse(scalars.map(s => `scalar ${s}`).join('\n')).definitions : [];
}

export const subgraphSdlText = printed => print(subgraphSdl(printed));
