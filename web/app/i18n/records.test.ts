import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  buildSchema, getNamedType, isEnumType, isInputObjectType, isObjectType,
  type GraphQLField, type GraphQLInputObjectType, type GraphQLObjectType, type GraphQLSchema,
} from 'graphql';
import i18n from './index';
import recordsZh from './records.zh.json';
import recordsEn from './records.en.json';
import { enumLabel, fieldLabel, typeLabel } from './records';

const schema = buildSchema(readFileSync(resolve(__dirname, '../../schema.graphql'), 'utf8'));

/** The records the departments keep (the items of the Query's pages) and every object type they show, nested */
function recordTypes(schema: GraphQLSchema): Map<string, GraphQLObjectType> {
  const found = new Map<string, GraphQLObjectType>();
  const queue: GraphQLObjectType[] = [];
  for (const field of Object.values(schema.getQueryType()!.getFields())) {
    const page = getNamedType(field.type);
    const items = isObjectType(page) ? page.getFields().items : undefined;
    const item = items && getNamedType(items.type);
    if (isObjectType(item)) queue.push(item);
  }
  for (let type = queue.shift(); type; type = queue.shift()) {
    if (found.has(type.name)) continue;
    found.set(type.name, type);
    for (const field of Object.values(type.getFields())) {
      const named = getNamedType(field.type);
      if (isObjectType(named)) queue.push(named);
    }
  }
  return found;
}

/** Every input object the Query and Mutation take, nested ones included, with the mutations that take it directly */
function inputTypes(schema: GraphQLSchema): Map<GraphQLInputObjectType, GraphQLField<unknown, unknown>[]> {
  const found = new Map<GraphQLInputObjectType, GraphQLField<unknown, unknown>[]>();
  const visit = (type: GraphQLInputObjectType, mutation?: GraphQLField<unknown, unknown>) => {
    const known = found.has(type);
    const takenBy = found.get(type) ?? [];
    if (mutation) takenBy.push(mutation);
    found.set(type, takenBy);
    if (known) return;
    for (const field of Object.values(type.getFields())) {
      const named = getNamedType(field.type);
      if (isInputObjectType(named)) visit(named);
    }
  };
  for (const root of [schema.getQueryType()!, schema.getMutationType()!]) {
    for (const field of Object.values(root.getFields())) {
      for (const arg of field.args) {
        const named = getNamedType(arg.type);
        if (isInputObjectType(named)) visit(named, root === schema.getMutationType() ? field : undefined);
      }
    }
  }
  return found;
}

/**
 * The fields each record type's labels must cover: its own, those of `<Type>Input` and `<Type>Filter`, and those of
 * any other input of a mutation that returns it (PlotAssignment → RelocationHousehold); an input that fits neither
 * rule is reported, so that a new one gets a home.
 */
function expectedLabels(schema: GraphQLSchema) {
  const types = recordTypes(schema);
  const fields = new Map([...types].map(([name, type]) => [name, new Set(Object.keys(type.getFields()))]));
  const homeless: string[] = [];
  for (const [input, mutations] of inputTypes(schema)) {
    const byName = /^(.+?)(Input|Filter)$/.exec(input.name)?.[1];
    const returned = new Set(mutations.map((m) => getNamedType(m.type).name).filter((name) => types.has(name)));
    const owner = byName && types.has(byName) ? byName : returned.size === 1 ? [...returned][0] : undefined;
    if (!owner) homeless.push(input.name);
    else Object.keys(input.getFields()).forEach((field) => fields.get(owner)!.add(field));
  }
  const enums = new Map(Object.values(schema.getTypeMap())
    .filter(isEnumType)
    .filter((type) => !type.name.startsWith('__'))
    .map((type) => [type.name, type.getValues().map((value) => value.name)]));
  return { fields, enums, homeless };
}

type Labels = typeof recordsZh;
const blank = (label: unknown) => typeof label !== 'string' || label.trim() === '';

/** What a language lacks (`missing`) and what it labels that the schema no longer has (`stale`) */
function check(labels: Labels, expected: ReturnType<typeof expectedLabels>) {
  const missing: string[] = [];
  const stale: string[] = [];
  const types = labels.types as Record<string, { one: string; many: string; fields: Record<string, string> }>;
  for (const [type, fields] of expected.fields) {
    const t = types[type];
    if (!t) { missing.push(`types.${type}`); continue; }
    for (const number of ['one', 'many'] as const) if (blank(t[number])) missing.push(`types.${type}.${number}`);
    for (const field of fields) if (blank(t.fields?.[field])) missing.push(`types.${type}.fields.${field}`);
    for (const field of Object.keys(t.fields ?? {})) if (!fields.has(field)) stale.push(`types.${type}.fields.${field}`);
  }
  for (const type of Object.keys(types)) if (!expected.fields.has(type)) stale.push(`types.${type}`);
  const enums = labels.enums as Record<string, Record<string, string>>;
  for (const [name, values] of expected.enums) {
    for (const value of values) if (blank(enums[name]?.[value])) missing.push(`enums.${name}.${value}`);
    for (const value of Object.keys(enums[name] ?? {})) if (!values.includes(value)) stale.push(`enums.${name}.${value}`);
  }
  for (const name of Object.keys(enums)) if (!expected.enums.has(name)) stale.push(`enums.${name}`);
  return { missing, stale };
}

/** Paths present in one object and not in the other */
function shapeDifference(a: object, b: object, path = ''): string[] {
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  return [...new Set([...Object.keys(left), ...Object.keys(right)])].flatMap((key) => {
    const [x, y] = [left[key], right[key]];
    if (typeof x === 'object' && typeof y === 'object' && x && y) return shapeDifference(x, y, `${path}${key}.`);
    return typeof x === typeof y ? [] : [`${path}${key}`];
  });
}

describe('record labels', () => {
  const expected = expectedLabels(schema);

  it('derives the record types from the schema', () => {
    // A sanity floor, so that a broken derivation cannot pass by expecting nothing
    expect([...expected.fields.keys()]).toEqual(expect.arrayContaining([
      'Enterprise', 'InvestmentProject', 'StageChange', 'LandParcel', 'ParcelStatusChange', 'RelocationHousehold',
      'HouseholdMember', 'ExpansionApplication', 'ApprovalStep', 'PartyMember', 'Audit', 'Change',
    ]));
    expect([...expected.fields.get('LandParcel')!]).toEqual(expect.arrayContaining(['areaMu', 'statusOn', 'minAreaMu']));
    expect([...expected.fields.get('RelocationHousehold')!]).toEqual(expect.arrayContaining(['on', 'plotId']));
    expect(expected.fields.has('WorkSummary')).toBe(false);
  });

  it('places every input the schema takes under a record type', () => {
    expect(expected.homeless).toEqual([]);
  });

  it.each([['zh', recordsZh], ['en', recordsEn]] as const)('%s labels every field, input, filter and enum value', (_, labels) => {
    expect(check(labels, expected)).toEqual({ missing: [], stale: [] });
  });

  it('has the same keys in Chinese and English', () => {
    expect(shapeDifference(recordsZh, recordsEn)).toEqual([]);
  });
});

describe('record label accessors', () => {
  afterEach(() => i18n.changeLanguage('zh'));

  it('follow the current language', async () => {
    expect(typeLabel('LandParcel')).toBe('地块');
    expect(fieldLabel('InvestmentProject', 'agreedInvestmentCny')).toBe('协议投资（元）');
    expect(enumLabel('MemberStage', 'ACTIVIST')).toBe('入党积极分子');
    await i18n.changeLanguage('en');
    expect(typeLabel('LandParcel', 'many')).toBe('Land parcels');
    expect(fieldLabel('LandParcel', 'areaMu')).toBe('Area (mu)');
    expect(enumLabel('ParcelStatus', 'ACQUIRING')).toBe('Acquiring');
  });

  it('fall back to Chinese, then to the name itself', async () => {
    // A language without labels stands for a label English lacks (the labels themselves are not altered here)
    await i18n.changeLanguage('fr');
    expect(fieldLabel('LandParcel', 'areaMu')).toBe('面积（亩）');
    await i18n.changeLanguage('en');
    expect(fieldLabel('LandParcel', 'notInTheSchema')).toBe('notInTheSchema');
    expect(enumLabel('Park', 'ATLANTIS')).toBe('ATLANTIS');
  });
});
