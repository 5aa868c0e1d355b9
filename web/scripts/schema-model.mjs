// Writes app/gql/schema-model.json, the compact model of schema.graphql the workbenches are built from (types and
// their fields, input types with their @constraint limits, enums, the root fields' arguments): run by `npm run codegen`.
import { readFileSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  buildSchema, getNamedType, isEnumType, isInputObjectType, isListType, isNonNullType, isObjectType, isScalarType, valueFromASTUntyped,
} from 'graphql';

const web = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const schema = buildSchema(readFileSync(path.join(web, 'schema.graphql'), 'utf8'));

const kindOf = (type) => (isScalarType(type) ? 'SCALAR' : isEnumType(type) ? 'ENUM' : isInputObjectType(type) ? 'INPUT' : 'OBJECT');

/** `[X!]!` → { type: 'X', kind, nonNull: true, list: true }; the list's items are never null in what we read. */
function typeRef(type) {
  const nonNull = isNonNullType(type);
  const inner = nonNull ? type.ofType : type;
  const named = getNamedType(type);
  return { type: named.name, kind: kindOf(named), nonNull, list: isListType(inner) };
}

/** The arguments of @constraint on a field (min, max, minLength, maxLength, pattern, …): it is repeatable, so merged. */
function constraintOf(field) {
  const directives = field.astNode?.directives?.filter((d) => d.name.value === 'constraint') ?? [];
  if (!directives.length) return undefined;
  return Object.fromEntries(directives.flatMap((d) => d.arguments.map((a) => [a.name.value, valueFromASTUntyped(a.value)])));
}

function fieldsOf(type) {
  return Object.fromEntries(Object.values(type.getFields()).map((field) => {
    const model = { ...typeRef(field.type) };
    if (field.description) model.description = field.description;
    const constraint = constraintOf(field);
    if (constraint) model.constraint = constraint;
    if (field.args?.length) model.args = Object.fromEntries(field.args.map((a) => [a.name, typeRef(a.type)]));
    return [field.name, model];
  }));
}

const types = {};
for (const type of Object.values(schema.getTypeMap())) {
  if (type.name.startsWith('_') || type.name.startsWith('__') || isScalarType(type)) continue;
  if (isEnumType(type)) types[type.name] = { kind: 'ENUM', values: type.getValues().map((v) => v.name) };
  else if (isObjectType(type) || isInputObjectType(type)) {
    types[type.name] = { kind: kindOf(type), fields: fieldsOf(type) };
  }
}
// The root types by their role, whatever the schema calls them
const model = { query: schema.getQueryType().name, mutation: schema.getMutationType()?.name, types };

mkdirSync(path.join(web, 'app', 'gql'), { recursive: true });
writeFileSync(path.join(web, 'app', 'gql', 'schema-model.json'), JSON.stringify(model));
console.log(`schema model: ${Object.keys(types).length} types → app/gql/schema-model.json`);
