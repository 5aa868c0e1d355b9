import { useMemo, useState } from 'react';
import { gql } from '@apollo/client';
import { useApolloClient, useQuery } from '@apollo/client/react';
import { Alert, App, Button, Form, Space, Table, Typography } from 'antd';
import type { TableProps } from 'antd';
import { DownloadOutlined, PlusOutlined, SearchOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { fieldLabel, typeLabel, type RecordType } from '../../i18n/records';
import { FieldInput, valueProps } from '../../workbench/FieldInput';
import { NotFound } from '../../workbench/NotFound';
import { withheldPaths } from '../../workbench/errors';
import { schemaModel } from '../../workbench/schemaModel';
import { typedFilter, useAggregate, type Aggregate } from '../../workbench/useAggregate';
import { MAX_PAGE_SIZE, useListState } from '../../workbench/urlState';
import { FieldValue, valueText } from '../../workbench/values';
import { zoneToday } from '../../period';
import { saveFile } from '../../download';

type Row = Record<string, unknown>;
interface ListData { [field: string]: { totalItems: number; items: (Row | null)[] | null } }

/** Any aggregate's list: the service's filters, sorting and paging, all in the URL; export of the whole list. */
export default function RecordList() {
  const aggregate = useAggregate();
  if (!aggregate) return <NotFound />;
  // Keyed by aggregate: another list starts from its own state
  return <ListOf key={aggregate.aggregate.type} a={aggregate} />;
}

function ListOf({ a }: { a: Aggregate }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const client = useApolloClient();
  const [state, setState] = useListState();
  const [exporting, setExporting] = useState(false);
  const { aggregate: spec, documents } = a;
  const query = useMemo(() => gql(documents.list), [documents]);
  const variables = { filter: typedFilter(spec.type, state.filter), page: state.page - 1, size: state.size, sort: state.sort };
  const { data, error, loading } = useQuery<ListData>(query, { variables, errorPolicy: 'all' });
  const page = data?.[documents.listField];
  const rows = (page?.items ?? []).filter((r): r is Row => r !== null);
  const withheld = withheldPaths(error);
  const type = spec.type as RecordType;
  const columnNames = documents.columns.filter((c) => c !== 'id' && c !== 'version');

  const columns: TableProps<Row>['columns'] = columnNames.map((name, index) => ({
    key: name,
    dataIndex: name,
    title: fieldLabel(type, name),
    sorter: spec.sortable.includes(name),
    sortOrder: state.sort === name ? 'ascend' : state.sort === `-${name}` ? 'descend' : null,
    render: (value: unknown, row: Row) => {
      const rowIndex = rows.indexOf(row);
      const reason = withheld.get(`${documents.listField}.items.${rowIndex}.${name}`);
      const shown = <FieldValue name={name} field={a.fields[name]} value={value} withheld={reason} />;
      // The first column opens the record
      return index === 0 ? <Link to={`${a.listPath}/${row.id as string}`} data-testid="record-link">{shown}</Link> : shown;
    },
  }));

  const onChange: TableProps<Row>['onChange'] = (pagination, _filters, sorter) => {
    const s = Array.isArray(sorter) ? sorter[0] : sorter;
    const sort = s?.order ? `${s.order === 'descend' ? '-' : ''}${String(s.columnKey)}` : undefined;
    const size = pagination.pageSize ?? state.size;
    setState({ ...state, sort, size, page: sort !== state.sort || size !== state.size ? 1 : pagination.current ?? 1 });
  };

  // Every page of the current filter and sort, at the services' largest page size, into one sheet
  const exportList = async () => {
    setExporting(true);
    try {
      const cells: string[][] = [];
      for (let p = 0; ; p += 1) {
        const result = await client.query<ListData>({ query, variables: { ...variables, page: p, size: MAX_PAGE_SIZE }, fetchPolicy: 'network-only', errorPolicy: 'all' });
        const got = result.data?.[documents.listField];
        const hidden = withheldPaths(result.error);
        (got?.items ?? []).forEach((row, i) => {
          if (row) cells.push(columnNames.map((n) => (hidden.has(`${documents.listField}.items.${i}.${n}`) ? t('workbench.withheld') : valueText(n, a.fields[n], row[n], t))));
        });
        if (!got?.items?.length || (p + 1) * MAX_PAGE_SIZE >= got.totalItems) break;
      }
      const { xlsx } = await import('../../workbench/xlsx');
      const bytes = xlsx(typeLabel(type, 'many'), columnNames.map((n) => fieldLabel(type, n)), cells);
      saveFile(new Blob([bytes as BlobPart], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }),
        `${spec.segment}-${zoneToday()}.xlsx`);
    } catch (e) {
      void message.error(t('common.error', { message: (e as Error).message }));
    } finally {
      setExporting(false);
    }
  };

  return (
    <div data-testid="record-list">
      <div className="page-head">
        <Typography.Title level={1} style={{ fontSize: 22 }}>{typeLabel(type, 'many')}</Typography.Title>
        <Space>
          <Button icon={<DownloadOutlined />} loading={exporting} onClick={() => void exportList()}>{t('workbench.export')}</Button>
          {a.canWrite && <Link to={`${a.listPath}/new`}><Button type="primary" icon={<PlusOutlined />}>{t('workbench.new')}</Button></Link>}
        </Space>
      </div>
      <Filters a={a} filter={state.filter} onSearch={(filter) => setState({ ...state, filter, page: 1 })} />
      {error && withheld.size === 0 && <Alert type="error" showIcon style={{ marginBottom: 16 }} title={t('common.error', { message: error.message })} />}
      <Table<Row> rowKey={(row) => row.id as string} size="small" loading={loading} columns={columns} dataSource={rows}
        onChange={onChange} scroll={{ x: true }}
        pagination={{ current: state.page, pageSize: state.size, total: page?.totalItems ?? 0, showSizeChanger: true,
          pageSizeOptions: [10, 20, 50, 100, MAX_PAGE_SIZE], showTotal: (total) => t('workbench.total', { total }) }} />
    </div>
  );
}

/** The spec's <Type>Filter fields, widgets by type; a search writes them to the URL. */
function Filters({ a, filter, onSearch }: { a: Aggregate; filter: Record<string, string>; onSearch: (f: Record<string, string>) => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  const fields = schemaModel.types[`${a.aggregate.type}Filter`]?.fields ?? {};
  const initial = typedFilter(a.aggregate.type, filter);
  const submit = (values: Record<string, unknown>) => onSearch(Object.fromEntries(Object.entries(values)
    .filter(([, v]) => v !== undefined && v !== null && v !== '').map(([k, v]) => [k, String(v)])));
  return (
    <Form form={form} layout="inline" initialValues={initial} onFinish={submit} style={{ marginBottom: 16, rowGap: 8 }} role="search">
      {a.aggregate.filters.filter((name) => a.readsPersonal || !a.aggregate.personal?.includes(name)).map((name) => (
        <Form.Item key={name} name={name} label={fieldLabel(a.aggregate.type as RecordType, name)} {...valueProps(fields[name])}>
          <FieldInput name={name} field={fields[name]} reference={a.aggregate.references?.[name]} />
        </Form.Item>
      ))}
      <Form.Item><Button htmlType="submit" icon={<SearchOutlined />}>{t('workbench.search')}</Button></Form.Item>
    </Form>
  );
}
