import { useEffect, useMemo, useState } from 'react';
import { gql } from '@apollo/client';
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Card, Form, Skeleton, Space, Typography } from 'antd';
import type { FormInstance } from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { fieldLabel, typeLabel, type RecordType } from '../../i18n/records';
import { yuan } from '../../format';
import { conflictMessage, reapply, type LastChange } from '../../workbench/conflict';
import { fieldErrors, hasCode } from '../../workbench/errors';
import { FieldInput, valueProps } from '../../workbench/FieldInput';
import { rulesFor } from '../../workbench/formRules';
import { fieldsOf, isMoney, type FieldModel } from '../../workbench/model';
import { schemaModel } from '../../workbench/schemaModel';
import { useAggregate, type Aggregate } from '../../workbench/useAggregate';
import { NotFound } from '../../workbench/NotFound';

type Row = Record<string, unknown>;

/** Create or edit any aggregate's record: its <Type>Input's fields, the server's rules and refusals at their fields. */
export default function RecordForm() {
  const { t } = useTranslation();
  const aggregate = useAggregate();
  if (!aggregate) return <NotFound />;
  // The services refuse anyway; the form is not offered to those who may not write
  if (!aggregate.canWrite) return <Alert type="warning" showIcon title={t('workbench.readOnly')} />;
  return <FormOf key={aggregate.id ?? 'new'} a={aggregate} />;
}

/** The form's fields: the input type's, less the version (the record's) and, on edit, what only creation sets. */
function inputFieldsOf(a: Aggregate, editing: boolean): [string, FieldModel][] {
  const input = fieldsOf(schemaModel, `${a.aggregate.type}Input`);
  const extra = editing ? [] : (a.aggregate.create?.args ?? []).map((name) =>
    [name, fieldsOf(schemaModel, schemaModel.mutation!)[a.documents.createField].args![name] as FieldModel] as [string, FieldModel]);
  // The fields people know the record by first (title, then the list's columns), then the rest as the schema has them
  const known = [a.aggregate.title, ...a.documents.columns];
  const rank = (name: string) => (known.includes(name) ? known.indexOf(name) : known.length);
  const own = Object.entries(input).filter(([name]) => name !== 'version' && !(editing && a.aggregate.createOnly?.includes(name)));
  return [...extra, ...own.sort(([x], [y]) => rank(x) - rank(y))];
}

/** The form's values as the input takes them: blanks left out, amounts as the text typed (exact decimals). */
function inputOf(values: Row, names: string[]): Row {
  return Object.fromEntries(names.map((n) => [n, values[n] === '' || values[n] === undefined ? null : values[n]]));
}

function FormOf({ a }: { a: Aggregate }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const client = useApolloClient();
  const [form] = Form.useForm();
  const editing = Boolean(a.id);
  const { aggregate: spec, documents } = a;
  const type = spec.type as RecordType;
  const fields = inputFieldsOf(a, editing);
  const names = fields.map(([n]) => n);
  const extraArgs = editing ? [] : spec.create?.args ?? [];
  const getQuery = useMemo(() => gql(documents.get), [documents]);
  const loaded = useQuery<Record<string, Row | null>>(getQuery, { variables: { id: a.id }, skip: !editing, fetchPolicy: 'network-only', errorPolicy: 'all' });
  // The record as the user opened it: its version is what the update sends
  const [opened, setOpened] = useState<Row | null>(null);
  const [conflict, setConflict] = useState<Row | null>(null);
  const [general, setGeneral] = useState<string[]>([]);
  const [save, saving] = useMutation(useMemo(() => gql(editing ? documents.update : documents.create), [documents, editing]));

  const record = loaded.data?.[documents.getField] ?? null;
  useEffect(() => {
    if (record && !opened) {
      setOpened(record);
      form.setFieldsValue(Object.fromEntries(names.map((n) => [n, record[n] ?? undefined])));
    }
  }, [record, opened, form, names]);

  const submit = async (values: Row) => {
    setGeneral([]);
    setConflict(null);
    const input = inputOf(values, names.filter((n) => !extraArgs.includes(n)));
    try {
      if (editing) {
        await save({ variables: { id: a.id, input: { ...input, version: opened?.version } } });
        navigate(`${a.listPath}/${a.id}`);
      } else {
        const args = Object.fromEntries(extraArgs.map((n) => [n, values[n]]));
        const result = await save({ variables: { input, ...args } });
        const created = (result.data as Record<string, { id: string }> | undefined)?.[documents.createField];
        navigate(created ? `${a.listPath}/${created.id}` : a.listPath);
      }
    } catch (e) {
      const stale = editing && hasCode(e, 'CONFLICT');
      if (stale) {
        // Someone saved since the user opened the record: read it as it is now and say who and when
        const now = await client.query<Record<string, Row | null>>({ query: getQuery, variables: { id: a.id }, fetchPolicy: 'network-only', errorPolicy: 'all' });
        const current = now.data?.[documents.getField];
        if (current && current.version !== opened?.version) {
          setConflict(current);
          return;
        }
      }
      const { fields: byField, rest } = fieldErrors(e, names);
      form.setFields(Object.entries(byField).map(([name, message]) => ({ name, errors: [message] })));
      setGeneral(rest.length || Object.keys(byField).length ? rest : [(e as Error).message]);
    }
  };

  const reload = () => {
    if (!conflict || !opened) return;
    form.setFieldsValue(reapply(conflict, form.getFieldsValue(), opened));
    setOpened(conflict);
    setConflict(null);
  };

  if (editing && loaded.loading && !record) return <Skeleton active paragraph={{ rows: 10 }} />;
  return (
    <div data-testid="record-form">
      <div className="page-head">
        <Typography.Title level={1} style={{ fontSize: 22 }}>
          {t(editing ? 'workbench.editTitle' : 'workbench.newTitle', { type: typeLabel(type) })}
        </Typography.Title>
        <Link to={editing ? `${a.listPath}/${a.id}` : a.listPath}>{t('workbench.cancel')}</Link>
      </div>
      {conflict && (
        <Alert type="warning" showIcon style={{ marginBottom: 16 }} data-testid="conflict"
          title={conflictMessage(conflict.audit as LastChange, t)}
          action={<Button onClick={reload} data-testid="conflict-reload">{t('workbench.reloadReapply')}</Button>} />
      )}
      {general.map((message) => <Alert key={message} type="error" showIcon style={{ marginBottom: 16 }} title={message} data-testid="form-error" />)}
      <Card size="small">
        <Form form={form} layout="vertical" onFinish={(v) => void submit(v)} style={{ maxWidth: 720 }} scrollToFirstError>
          {fields.map(([name, field]) => <InputItem key={name} form={form} a={a} name={name} field={field} />)}
          <Space>
            <Button type="primary" htmlType="submit" loading={saving.loading} data-testid="save">{t('workbench.save')}</Button>
          </Space>
        </Form>
      </Card>
    </div>
  );
}

/** One input field: its widget, rules, label; money with its amount in 万元 below; a list of input objects as rows. */
function InputItem({ form, a, name, field }: { form: FormInstance; a: Aggregate; name: string; field: FieldModel }) {
  const { t } = useTranslation();
  const type = a.aggregate.type as RecordType;
  const value = Form.useWatch(name, form);
  if (field.kind === 'INPUT') return <NestedList a={a} name={name} field={field} />;
  const help = isMoney(name, field) ? t('workbench.moneyHelp', { amount: value && !Number.isNaN(Number(value)) ? yuan(value as string, 'wan', true) : '—' }) : undefined;
  return (
    <Form.Item name={name} label={fieldLabel(type, name)} rules={rulesFor(name, field, t)} extra={help} {...valueProps(field)}>
      <FieldInput name={name} field={field} reference={a.aggregate.references?.[name]} />
    </Form.Item>
  );
}

/** A list of input objects (a household's members, an application's steps): a row of their fields each. */
function NestedList({ a, name, field }: { a: Aggregate; name: string; field: FieldModel }) {
  const { t } = useTranslation();
  const type = a.aggregate.type as RecordType;
  const inner = Object.entries(fieldsOf(schemaModel, field.type));
  return (
    <Form.Item label={fieldLabel(type, name)} required={field.nonNull}>
      <Form.List name={name}>
        {(items, { add, remove }) => (
          <>
            {items.map((item) => (
              <Space key={item.key} align="baseline" wrap>
                {inner.map(([sub, subField]) => (
                  <Form.Item key={sub} name={[item.name, sub]} rules={rulesFor(sub, subField, t)} {...valueProps(subField)}>
                    <FieldInput name={sub} field={subField} aria-label={`${fieldLabel(type, name)} ${item.name + 1} ${sub}`} />
                  </Form.Item>
                ))}
                <MinusCircleOutlined aria-label={t('workbench.removeRow')} onClick={() => remove(item.name)} />
              </Space>
            ))}
            <Button type="dashed" onClick={() => add()} icon={<PlusOutlined />}>{t('workbench.addRow')}</Button>
          </>
        )}
      </Form.List>
    </Form.Item>
  );
}
