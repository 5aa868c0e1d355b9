// Apollo's own gateway (Node, @apollo/gateway) over the same three subgraphs, for `./devzone bench`'s comparison
// only: it composes the subgraphs' SDL (read with a leader's token) and forwards each caller's token, as
// DevZone's gateway does; unlike it, it checks no token itself. Usage, with the suite up:
//   npm ci && node apollo-over-suite.mjs       # listens on http://localhost:4000/
//   ./devzone bench 20 4 http://localhost:4000/
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { ApolloGateway, IntrospectAndCompose, RemoteGraphQLDataSource } from '@apollo/gateway';
import { SUBGRAPHS } from './subgraph-sdl.mjs';

const keycloak = process.env.DEVZONE_TOKEN_URL || 'http://localhost:8180/realms/devzone/protocol/openid-connect/token';
const response = await fetch(keycloak, { method: 'POST', body: new URLSearchParams({
  client_id: 'devzone-web', grant_type: 'password', username: 'chen.jie', password: 'devzone' }) });
const serviceToken = 'Bearer ' + (await response.json()).access_token;

class ForwardingDataSource extends RemoteGraphQLDataSource {
  willSendRequest({ request, context }) {
    request.http.headers.set('authorization', context.authorization || serviceToken);
  }
}

const gateway = new ApolloGateway({
  supergraphSdl: new IntrospectAndCompose({
    subgraphs: SUBGRAPHS.map(s => ({ name: s.name, url: `http://localhost:${s.port}/graphql` })) }),
  buildService: ({ url }) => new ForwardingDataSource({ url }),
});
const { url } = await startStandaloneServer(new ApolloServer({ gateway }), { listen: { port: 4000 },
  context: async ({ req }) => ({ authorization: req.headers.authorization }) });
console.log('Apollo gateway at ' + url);
