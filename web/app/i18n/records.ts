/**
 * Labels of the departments' records, for the workbenches: the one interface to them. The labels are in
 * records.zh.json, in the zone's own words (amounts labelled in the unit they are recorded in: 元, 美元, 亩, 平方米), and
 * records.en.json, units in parentheses: every type the workbenches show, with the fields of the type, of its inputs
 * and of its filters; every enum; the departments.
 *
 *   typeLabel('LandParcel', 'one' | 'many')     地块 / Land parcel(s)
 *   fieldLabel('LandParcel', 'areaMu')           面积（亩） / Area (mu)
 *   enumLabel('ParcelStatus', 'ACQUIRING')       征收中 / Acquiring
 *   departmentLabel('land')                      征地拆迁 / Land acquisition and relocation
 *
 * A type's fields include those of its `<Type>Input` and `<Type>Filter` (`StageChangeInput.stage` is
 * `fieldLabel('StageChange', 'stage')`) and of any other input of a mutation that returns it (`PlotAssignment.plotId`
 * is `fieldLabel('RelocationHousehold', 'plotId')`). Labels follow i18next's current language (call them while
 * rendering, under useTranslation, to follow a switch); a missing label falls back to Chinese, then to the name
 * itself. records.test.ts keeps the labels complete against web/schema.graphql.
 *
 * Importing this module registers the `records` namespace: only the workbench pages import it, so the labels
 * come with their chunk, not with the first page.
 */
import i18n, { type Shape } from './index';
import recordsZh from './records.zh.json';
import recordsEnLabels from './records.en.json';

const recordsEn: Shape<typeof recordsZh> = recordsEnLabels;

export type RecordType = keyof typeof recordsZh.types;
export type EnumName = keyof typeof recordsZh.enums;
export type Department = keyof typeof recordsZh.departments;

const NS = 'records';
i18n.addResourceBundle('zh', NS, recordsZh);
i18n.addResourceBundle('en', NS, recordsEn);

function label(key: string, fallback: string): string {
  return i18n.t(key, { ns: NS, defaultValue: fallback });
}

export function typeLabel(type: RecordType, number: 'one' | 'many' = 'one'): string {
  return label(`types.${type}.${number}`, type);
}

export function fieldLabel(type: RecordType, field: string): string {
  return label(`types.${type}.fields.${field}`, field);
}

export function enumLabel(enumName: EnumName, value: string): string {
  return label(`enums.${enumName}.${value}`, value);
}

export function departmentLabel(department: Department): string {
  return label(`departments.${department}`, department);
}
