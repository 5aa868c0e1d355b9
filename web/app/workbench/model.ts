/**
 * The compact model of the gateway's schema (app/gql/schema-model.json, written by scripts/schema-model.mjs from
 * schema.graphql at build time): what the workbenches derive their columns, forms, filters and documents from.
 */
export type Kind = 'SCALAR' | 'ENUM' | 'OBJECT' | 'INPUT';

export interface TypeRef {
  type: string;
  kind: Kind;
  nonNull: boolean;
  list: boolean;
}

/** @constraint's arguments as the schema gives them (min, max, minLength, maxLength, pattern: the whole value, …). */
export interface Constraint {
  min?: number | string;
  max?: number | string;
  /** Decimal bounds (BigDecimal fields). */
  minFloat?: number | string;
  maxFloat?: number | string;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  [other: string]: unknown;
}

export interface FieldModel extends TypeRef {
  description?: string;
  constraint?: Constraint;
  args?: Record<string, TypeRef>;
}

export interface TypeModel {
  kind: 'OBJECT' | 'INPUT' | 'ENUM';
  fields?: Record<string, FieldModel>;
  values?: string[];
}

export interface SchemaModel {
  query: string;
  mutation?: string;
  types: Record<string, TypeModel>;
}

/** The fields of an object or input type; an unknown type is a spec's mistake, said at once. */
export function fieldsOf(model: SchemaModel, type: string): Record<string, FieldModel> {
  const fields = model.types[type]?.fields;
  if (!fields) throw new Error(`The schema has no object or input type ${type}`);
  return fields;
}

export function enumValues(model: SchemaModel, type: string): string[] {
  return model.types[type]?.values ?? [];
}

/** A value a cell or a form field holds by itself: scalars and enums, not lists of them. */
export const isPlain = (field: TypeRef) => (field.kind === 'SCALAR' || field.kind === 'ENUM') && !field.list;

/** Money is BigDecimal named …Cny or …Usd (CONVENTIONS: amounts in yuan and dollars). */
export const isMoney = (name: string, field: TypeRef) => field.type === 'BigDecimal' && /(Cny|Usd)$/.test(name);

/** The GraphQL type as written in a variable definition: `[X!]!`, `ID!`, `Int`. */
export function typeText(ref: TypeRef): string {
  const named = ref.list ? `[${ref.type}!]` : ref.type;
  return ref.nonNull ? `${named}!` : named;
}

export const lcfirst = (name: string) => name.charAt(0).toLowerCase() + name.substring(1);
