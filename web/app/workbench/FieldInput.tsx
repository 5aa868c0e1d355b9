import { useMemo } from 'react';
import { useQuery } from '@apollo/client/react';
import { gql } from '@apollo/client';
import { DatePicker, Input, InputNumber, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { enumLabel, type EnumName } from '../i18n/records';
import { optionsDocument } from './documents';
import { enumValues, isMoney, type FieldModel } from './model';
import { specOf } from './registry';
import { schemaModel } from './schemaModel';
import { MAX_PAGE_SIZE } from './urlState';

/** How a form item holds a field: dates as ISO text in the form, a dayjs in the picker. */
export function valueProps(field: FieldModel) {
  if (field.type !== 'Date') return {};
  return {
    getValueProps: (value: string | null) => ({ value: value ? dayjs(value) : undefined }),
    normalize: (value: Dayjs | null) => (value ? value.format('YYYY-MM-DD') : null),
  };
}

/** The widget for one input or filter field, chosen by its type in the schema model. */
export function FieldInput({ name, field, reference, id, ...rest }: {
  name: string; field: FieldModel; reference?: string; id?: string; value?: unknown; onChange?: (value: unknown) => void;
  'aria-label'?: string;
}) {
  const { t } = useTranslation();
  const common = { id, 'aria-label': rest['aria-label'], value: rest.value as never, onChange: rest.onChange as never };
  if (reference) return <RecordSelect type={reference} multiple={field.list} {...common} />;
  if (field.kind === 'ENUM') {
    return <Select allowClear {...common} style={{ minWidth: 160 }}
      options={enumValues(schemaModel, field.type).map((v) => ({ value: v, label: enumLabel(field.type as EnumName, v) }))} />;
  }
  if (field.type === 'Boolean') {
    return <Select allowClear {...common} style={{ minWidth: 100 }}
      options={[{ value: true, label: t('workbench.yes') }, { value: false, label: t('workbench.no') }]} />;
  }
  if (field.type === 'Date') return <DatePicker {...common} />;
  if (field.type === 'Int') return <InputNumber {...common} precision={0} />;
  // Decimal amounts stay text: a float would round what the user typed (money in 元, up to two decimals)
  if (field.type === 'BigDecimal') return <Input {...common} inputMode="decimal" suffix={isMoney(name, field) ? '元' : undefined} />;
  return <Input {...common} />;
}

/** One record (or several) of another aggregate, by its title; its id is what the form sends. */
function RecordSelect({ type, multiple, ...rest }: { type: string; multiple: boolean; id?: string; value?: never; onChange?: never; 'aria-label'?: string }) {
  // Every reference names an aggregate with a spec (documents.test.ts holds the specs to it)
  const spec = specOf(type)!;
  const query = useMemo(() => gql(optionsDocument(schemaModel, spec)), [spec]);
  // Personal titles withheld from this user (FORBIDDEN at each) leave the id as the option's label
  const { data, loading } = useQuery<Record<string, { items: Record<string, unknown>[] }>>(query,
    { variables: { size: MAX_PAGE_SIZE }, errorPolicy: 'all' });
  const items = data ? data[Object.keys(data)[0]]?.items ?? [] : [];
  const options = items.map((item) => ({ value: item.id as string, label: String(item[spec.title] ?? item.id) }));
  return <Select allowClear showSearch optionFilterProp="label" loading={loading} mode={multiple ? 'multiple' : undefined}
    style={{ minWidth: 200 }} options={options} {...rest} />;
}
