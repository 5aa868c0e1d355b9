import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { DEPARTMENTS } from './departments';
import { documentsFor, optionsDocument } from './documents';
import { inputOf } from './InputDialog';
import { schemaModel } from './schemaModel';
import { specOf } from './registry';

// Every workbench's operations against the committed schema snapshot: a schema change that breaks one fails the build
const schema = buildSchema(readFileSync(path.join(__dirname, '..', '..', 'schema.graphql'), 'utf8'));

describe.each(DEPARTMENTS.flatMap((d) => d.aggregates.map((a) => [`${d.segment}/${a.segment}`, a] as const)))('%s', (_, spec) => {
  const documents = documentsFor(schemaModel, spec, specOf);
  const operations = Object.entries(documents).filter(([key, value]) =>
    ['list', 'get', 'create', 'update', 'delete', 'pipeline'].includes(key) && typeof value === 'string')
    .concat(Object.entries(documents.actions));

  it.each(operations)('%s is valid against schema.graphql', (_kind, text) => {
    expect(validate(schema, parse(text as string)).map((e) => e.message)).toEqual([]);
  });

  it('names only filters, sort fields and references the schema has', () => {
    const filter = schemaModel.types[`${spec.type}Filter`]?.fields ?? {};
    expect(spec.filters.filter((f) => !filter[f])).toEqual([]);
    const fields = schemaModel.types[spec.type].fields!;
    expect(spec.sortable.filter((f) => !fields[f] && f !== 'createdAt')).toEqual([]);
    const input = schemaModel.types[`${spec.type}Input`]?.fields ?? {};
    expect(Object.keys(spec.references ?? {}).filter((f) => !fields[f] && !input[f] && !filter[f] && !spec.create?.args.includes(f))).toEqual([]);
    // A reference is chosen from, and linked to, the records of an aggregate a workbench holds
    expect(Object.values(spec.references ?? {}).filter((type) => !specOf(type))).toEqual([]);
    expect(validate(schema, parse(optionsDocument(schemaModel, spec))).map((e) => e.message)).toEqual([]);
  });

  it.each((spec.actions ?? []).map((action) => [action.mutation, action] as const))('action %s chooses every id it asks from records', (_, action) => {
    const references = { ...spec.references, ...action.references };
    const { asked } = inputOf(schemaModel, spec, action.mutation, action.input);
    expect(asked.filter(([name, field]) => field.type === 'ID' && !specOf(references[name] ?? '')).map(([name]) => name)).toEqual([]);
  });

  if (spec.pipeline) {
    it('reads where the record stands and which moves it allows', () => {
      expect(documents.get).toMatch(new RegExp(`\\b${spec.pipeline!.state}\\b`));
      expect(documents.get).toMatch(/\ballowedMoves\b/);
    });
  }
});
