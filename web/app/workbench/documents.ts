import { fieldsOf, isPlain, lcfirst, typeText, type FieldModel, type SchemaModel } from './model';
import type { AggregateSpec, LinkSpec } from './spec';

/** The operations of one aggregate, as text (parsed where they are sent) and the root fields they call. */
export interface AggregateDocuments {
  listField: string;
  getField: string;
  createField: string;
  updateField: string;
  deleteField: string;
  list: string;
  get: string;
  create: string;
  update: string;
  delete: string;
  pipeline?: string;
  /** The further actions' mutations (spec.actions), by mutation. */
  actions: Record<string, string>;
  /** The fields a list row carries (id and version included), in column order. */
  columns: string[];
}

const rootFields = (model: SchemaModel, root: string | undefined) => {
  if (!root) throw new Error('The schema has no mutations');
  return fieldsOf(model, root);
};

/** The root field, checked to exist: a spec naming one the schema lacks fails the documents test, not a user. */
function rootField(model: SchemaModel, root: string | undefined, name: string): FieldModel {
  const field = rootFields(model, root)[name];
  if (!field) throw new Error(`The schema has no ${root}.${name}`);
  return field;
}

/** `$a: T!, $b: U` and `a: $a, b: $b` for a root field's arguments. */
function argumentsOf(field: FieldModel, names = Object.keys(field.args ?? {})) {
  const args = field.args ?? {};
  return {
    variables: names.map((n) => `$${n}: ${typeText(args[n])}`).join(', '),
    passed: names.map((n) => `${n}: $${n}`).join(', '),
  };
}

/** An object without an id is a value of its record (audit, history entries, steps), selected whole. */
const isValueObject = (model: SchemaModel, type: string) => !fieldsOf(model, type).id;

/** Plain fields and the value objects inside, a few levels down (audit inside a status change). */
function valueSelection(model: SchemaModel, type: string, depth = 2, skip: string[] = []): string {
  const parts = Object.entries(fieldsOf(model, type)).flatMap(([name, field]) => {
    if (skip.includes(name) || field.args) return [];
    if (isPlain(field) || (field.list && field.kind !== 'OBJECT')) return [name];
    if (field.kind === 'OBJECT' && depth > 0 && isValueObject(model, field.type)) {
      return [`${name} { ${valueSelection(model, field.type, depth - 1)} }`];
    }
    return [];
  });
  return parts.join(' ');
}

/** A linked record: its plain fields (the personal ones of its aggregate left out) and its own links. */
function linkSelection(model: SchemaModel, type: string, link: LinkSpec, specOf: (type: string) => AggregateSpec | undefined): string {
  const field = fieldsOf(model, type)[link.field];
  if (!field || field.kind !== 'OBJECT') throw new Error(`${type}.${link.field} is no object field of the schema`);
  const personal = specOf(field.type)?.personal ?? [];
  const inner = isValueObject(model, field.type) ? valueSelection(model, field.type) : [
    ...Object.entries(fieldsOf(model, field.type)).filter(([n, f]) => isPlain(f) && !f.args && !personal.includes(n)).map(([n]) => n),
    ...(link.links ?? []).map((l) => linkSelection(model, field.type, l, specOf)),
  ].join(' ');
  return `${link.field} { ${inner} }`;
}

/** The list columns: the spec's, or every plain field but id, version and personal data. */
export function columnsOf(model: SchemaModel, spec: AggregateSpec): string[] {
  const fields = fieldsOf(model, spec.type);
  const chosen = spec.columns ?? Object.entries(fields)
    .filter(([name, field]) => isPlain(field) && !['id', 'version', 'redactionNote'].includes(name) && !spec.personal?.includes(name))
    .map(([name]) => name);
  for (const name of chosen) if (!fields[name]) throw new Error(`${spec.type} has no field ${name}`);
  return chosen;
}

/** The Query field answering Page_<Type>: the list (its name is the service's, e.g. partyActivities). */
export function listFieldOf(model: SchemaModel, type: string): string {
  const entry = Object.entries(fieldsOf(model, model.query)).find(([, f]) => f.type === `Page_${type}`);
  if (!entry) throw new Error(`No query returns Page_${type}`);
  return entry[0];
}

export function documentsFor(model: SchemaModel, spec: AggregateSpec, specOf: (type: string) => AggregateSpec | undefined): AggregateDocuments {
  const type = spec.type;
  const listField = listFieldOf(model, type);
  const getField = lcfirst(type);
  const createField = spec.create?.mutation ?? `create${type}`;
  const updateField = `update${type}`;
  const deleteField = `delete${type}`;
  const columns = ['id', 'version', ...columnsOf(model, spec)];

  const list = rootField(model, model.query, listField);
  const get = rootField(model, model.query, getField);
  const create = rootField(model, model.mutation, createField);
  const update = rootField(model, model.mutation, updateField);
  const remove = rootField(model, model.mutation, deleteField);
  // Operation names carry the root field, so the gateway's logs and persisted queries tell them apart
  const op = (kind: string, field: FieldModel, root: string, selection: string) => {
    const { variables, passed } = argumentsOf(field);
    return `${kind} Workbench_${root}(${variables}) { ${root}(${passed})${selection ? ` { ${selection} }` : ''} }`;
  };
  const detail = [
    valueSelection(model, type, 2, (spec.links ?? []).map((l) => l.field)),
    ...(spec.links ?? []).map((l) => linkSelection(model, type, l, specOf)),
  ].join(' ');
  const documents: AggregateDocuments = {
    listField, getField, createField, updateField, deleteField, columns,
    actions: Object.fromEntries((spec.actions ?? []).map(({ mutation }) =>
      [mutation, op('mutation', rootField(model, model.mutation, mutation), mutation, 'id version')])),
    list: op('query', list, listField, `totalItems page size totalPages items { ${columns.join(' ')} }`),
    get: op('query', get, getField, detail),
    create: op('mutation', create, createField, 'id'),
    update: op('mutation', update, updateField, 'id version'),
    delete: op('mutation', remove, deleteField, ''),
  };
  if (spec.pipeline) {
    documents.pipeline = op('mutation', rootField(model, model.mutation, spec.pipeline.mutation), spec.pipeline.mutation, 'id version');
  }
  return documents;
}

/** The records of an aggregate to choose one from (a select's options): id and title, one page of the most. */
export function optionsDocument(model: SchemaModel, spec: AggregateSpec): string {
  const listField = listFieldOf(model, spec.type);
  return `query Workbench_options_${listField}($size: Int) { ${listField}(size: $size) { items { id ${spec.title} } } }`;
}
