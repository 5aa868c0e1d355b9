// In-memory stand-ins of DevZone's three subgraphs: the same schema as each service (its pinned snapshot), answers
// made up from the types alone, so that a gateway in front of them is measured by its own cost. Lists have
// PAGE items where they are a page's items (Page_…) and 2 elsewhere; ids and names are numbered by their place in the answer,
// an entity keeps the key it was asked for; the same query always gets the same answer, as from a database at rest.
import { createServer } from 'node:http';
import { buildASTSchema, execute, getNullableType, isEnumType, isListType, isScalarType, parse, validate } from 'graphql';
import { SUBGRAPHS, printedSchema, subgraphSdlText, undeclaredScalars } from './subgraph-sdl.mjs';

const PAGE = 20;
const SCALARS = {
  ID: path => `id-${path}`, String: path => `text ${path}`, Int: () => 1, Float: () => 1.5, Boolean: () => true,
  BigDecimal: () => '1250.50', BigInteger: () => '12', Date: () => '2011-06-30', DateTime: () => '2011-06-30T08:00:00',
  Long: () => 12,
};

function pathKey(path) {
  const keys = [];
  for (let p = path; p; p = p.prev) if (typeof p.key === 'number') keys.push(p.key);
  return keys.reverse().join('.') || '0';
}

function made(type, info) {
  const nullable = getNullableType(type);
  if (isListType(nullable)) {
    const length = info.fieldName === 'items' && info.parentType.name.startsWith('Page_') ? PAGE : 2;
    return Array.from({ length }, (_, i) => made(nullable.ofType, { ...info, path: { prev: info.path, key: i } }));
  }
  if (isScalarType(nullable)) return (SCALARS[nullable.name] ?? SCALARS.String)(pathKey(info.path));
  if (isEnumType(nullable)) return nullable.getValues()[0].value;
  return {};
}

/** One subgraph's request handler over its printed schema. */
function standIn(printed) {
  const printedDocument = parse(printed);
  const schema = buildASTSchema({ ...printedDocument,
    definitions: [...undeclaredScalars(printedDocument.definitions), ...printedDocument.definitions] });
  const service = { sdl: subgraphSdlText(printed) };
  const documents = new Map();
  const fieldResolver = (source, args, context, info) => {
    if (info.fieldName === '_service') return service;
    if (info.fieldName === '_entities') return args.representations;
    // a key the gateway sent in a representation
    return source && info.fieldName in source ? source[info.fieldName] : made(info.returnType, info);
  };
  const typeResolver = (value, context, info, abstractType) =>
    value?.__typename ?? info.schema.getPossibleTypes(abstractType)[0].name;
  return body => {
    let document = documents.get(body.query);
    if (!document) {
      document = parse(body.query);
      const errors = validate(schema, document);
      if (errors.length) return { errors: errors.map(e => ({ message: e.message })) };
      documents.set(body.query, document);
    }
    return execute({
      schema, document, variableValues: body.variables, operationName: body.operationName, fieldResolver,
      typeResolver,
    });
  };
}

/** Starts the three stand-ins on `port(subgraph)`; resolves to the servers once all listen. */
export function startStandIns(port) {
  return Promise.all(SUBGRAPHS.map(subgraph => new Promise(resolve => {
    const answer = standIn(printedSchema(subgraph.module));
    const server = createServer((request, response) => {
      const chunks = [];
      request.on('data', chunk => chunks.push(chunk));
      request.on('end', async () => {
        const result = await answer(JSON.parse(Buffer.concat(chunks).toString('utf8')));
        response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(result));
      });
    });
    server.keepAliveTimeout = 60_000;
    server.listen(port(subgraph), '127.0.0.1', () => resolve(server));
  })));
}

if (process.argv[1] === new URL(import.meta.url).pathname) {
  const base = Number(process.argv[2] ?? 9081);
  await startStandIns(s => base + SUBGRAPHS.indexOf(s));
  console.log(`stand-ins of ${SUBGRAPHS.map(s => s.name).join(', ')} on ports ${base}-${base + SUBGRAPHS.length - 1}`);
}
