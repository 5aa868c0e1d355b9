// Apollo Gateway or Hive Gateway over the stand-ins, with their default settings and Apollo's composition of the
// pinned subgraphs: node other-gateway.mjs apollo|hive PORT STAND_IN_BASE_PORT
import { createServer } from 'node:http';
import { compose } from './compose.mjs';
import { SUBGRAPHS } from './subgraph-sdl.mjs';

const [kind, port, base] = process.argv.slice(2);
const supergraphSdl = compose(s => `http://127.0.0.1:${Number(base) + SUBGRAPHS.indexOf(s)}/graphql`);

if (kind === 'apollo') {
  const { ApolloServer } = await import('@apollo/server');
  const { startStandaloneServer } = await import('@apollo/server/standalone');
  const { ApolloGateway } = await import('@apollo/gateway');
  await startStandaloneServer(new ApolloServer({ gateway: new ApolloGateway({ supergraphSdl }) }),
    { listen: { port: Number(port), host: '127.0.0.1' } });
} else if (kind === 'hive') {
  const { createGatewayRuntime } = await import('@graphql-hive/gateway');
  createServer(createGatewayRuntime({ supergraph: supergraphSdl, logging: false }))
    .listen(Number(port), '127.0.0.1');
} else {
  throw new Error('usage: node other-gateway.mjs apollo|hive PORT STAND_IN_BASE_PORT');
}
console.log(`${kind} gateway on ${port}`);
