// Composes DevZone's three pinned subgraph schemas with Apollo's composition into a supergraph SDL, as
// `rover supergraph compose` would from the live subgraphs (gateway/src/test/resources/supergraph/README.md).
import { composeServices } from '@apollo/composition';
import { SUBGRAPHS, printedSchema, subgraphSdl } from './subgraph-sdl.mjs';

/** Apollo's supergraph of the three, each at `url(subgraph)`. */
export function compose(url, repository) {
  const result = composeServices(SUBGRAPHS.map(s => ({
    name: s.name, url: url(s), typeDefs: subgraphSdl(printedSchema(s.module, repository)),
  })));
  if (result.errors) throw new Error(result.errors.map(String).join('\n'));
  for (const hint of result.hints ?? []) console.error('hint: ' + hint.toString());
  return result.supergraphSdl;
}

if (process.argv[1] === new URL(import.meta.url).pathname) {
  process.stdout.write(compose(s => `http://localhost:${s.port}/graphql`, process.argv[2]));
}
