import { useMemo, useState } from 'react';
import { gql } from '@apollo/client';
import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Card, Col, Descriptions, Popconfirm, Row, Skeleton, Space, Table, Tag, Typography } from 'antd';
import { DeleteOutlined, EditOutlined } from '@ant-design/icons';
import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { fieldLabel, typeLabel, type RecordType } from '../../i18n/records';
import { locateType } from '../../workbench/departments';
import { hasCode, withheldPaths } from '../../workbench/errors';
import { HistoryTimeline, type Change } from '../../workbench/HistoryTimeline';
import { fieldsOf, isPlain, type FieldModel } from '../../workbench/model';
import { PipelineActions } from '../../workbench/PipelineActions';
import { RecordActions } from '../../workbench/RecordActions';
import { specOf } from '../../workbench/registry';
import { schemaModel } from '../../workbench/schemaModel';
import { useAggregate, type Aggregate } from '../../workbench/useAggregate';
import { FieldValue, valueText } from '../../workbench/values';
import { NotFound } from '../../workbench/NotFound';

type Row = Record<string, unknown>;

/** Any aggregate's record: every field, its pipeline and moves, its links across departments, its history. */
export default function RecordDetail() {
  const aggregate = useAggregate();
  if (!aggregate?.id) return <NotFound />;
  return <DetailOf key={aggregate.id} a={aggregate} id={aggregate.id} />;
}

function DetailOf({ a, id }: { a: Aggregate; id: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { aggregate: spec, documents, fields } = a;
  const type = spec.type as RecordType;
  const query = useMemo(() => gql(documents.get), [documents]);
  const { data, error, loading, refetch } = useQuery<Record<string, Row | null>>(query, { variables: { id }, errorPolicy: 'all', fetchPolicy: 'network-only' });
  // network-only: a record just saved or moved is shown as the service now holds it, never from the cache
  const [remove, removal] = useMutation(useMemo(() => gql(documents.delete), [documents]));
  const [deleteError, setDeleteError] = useState<string | null>(null);
  const record = data?.[documents.getField];
  const withheld = withheldPaths(error);
  const reason = (name: string) => withheld.get(`${documents.getField}.${name}`);

  if (loading && !record) return <Skeleton active paragraph={{ rows: 10 }} />;
  if (!record) return <Alert type="error" showIcon title={error ? t('common.error', { message: error.message }) : t('workbench.notFound')} />;

  const onDelete = async () => {
    setDeleteError(null);
    try {
      await remove({ variables: { id } });
      navigate(a.listPath);
    } catch (e) {
      // A record still in use is refused with CONFLICT and the service's words for why
      const conflict = hasCode(e, 'CONFLICT');
      setDeleteError(conflict ? t('workbench.deleteRefused', { message: conflict.message }) : t('common.error', { message: (e as Error).message }));
    }
  };

  const plain = Object.entries(fields).filter(([name, f]) => isPlain(f) || (f.list && f.kind !== 'OBJECT' && name !== 'allowedMoves' && name !== 'redactedFields'));
  const linkFields = new Set((spec.links ?? []).map((l) => l.field));
  const values = Object.entries(fields).filter(([name, f]) => f.kind === 'OBJECT' && !linkFields.has(name)
    && name !== 'history' && name !== 'audit' && name !== spec.pipeline?.records && record[name] !== undefined);
  // Further actions (spec.actions) stand beside the pipeline's moves, or beside edit where there is no pipeline
  const actions = a.canWrite && spec.actions?.length ? <RecordActions model={schemaModel} spec={spec} documents={documents.actions}
    record={record as { id: string; version: number }} onDone={() => void refetch()} /> : null;
  const history = record.history as Change[] | null | undefined;
  const audit = record.audit as Row | undefined;
  return (
    <div data-testid="record-detail">
      <div className="page-head">
        <Typography.Title level={1} style={{ fontSize: 22 }}>
          {typeLabel(type)} · <span data-testid="record-title">{reason(spec.title) ? t('workbench.withheld') : valueText(spec.title, fields[spec.title], record[spec.title], t)}</span>
        </Typography.Title>
        <Space wrap>
          <Link to={a.listPath}>{t('workbench.backToList')}</Link>
          {!spec.pipeline && actions}
          {a.canWrite && <Link to={`${a.listPath}/${id}/edit`}><Button icon={<EditOutlined />}>{t('workbench.edit')}</Button></Link>}
          {a.canWrite && (
            <Popconfirm title={t('workbench.deleteConfirm')} okText={t('workbench.delete')} cancelText={t('workbench.cancel')} onConfirm={() => void onDelete()}>
              <Button danger icon={<DeleteOutlined />} loading={removal.loading}>{t('workbench.delete')}</Button>
            </Popconfirm>
          )}
        </Space>
      </div>
      {deleteError && <Alert type="error" showIcon style={{ marginBottom: 16 }} title={deleteError} data-testid="delete-refused" />}
      {withheld.size > 0 && <Alert type="info" showIcon style={{ marginBottom: 16 }} data-testid="withheld-note"
        title={t('workbench.withheldNote', { message: [...new Set(withheld.values())][0] })} />}
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={16}>
          <Card size="small" title={t('workbench.fields')}>
            <Descriptions size="small" column={{ xs: 1, md: 2 }} bordered items={plain.map(([name, field]) => ({
              key: name, label: fieldLabel(type, name),
              children: <span data-field={name}><Reference a={a} name={name} field={field} value={record[name]} withheld={reason(name)} /></span>,
            }))} />
            {audit && <div className="figure-sub" style={{ marginTop: 8 }}>
              {t('workbench.audit', { createdBy: audit.createdBy, createdAt: valueText('createdAt', fieldsOf(schemaModel, 'Audit').createdAt, audit.createdAt, t),
                updatedBy: audit.updatedBy, updatedAt: valueText('updatedAt', fieldsOf(schemaModel, 'Audit').updatedAt, audit.updatedAt, t) })}
            </div>}
          </Card>
          {spec.pipeline && (
            <Card size="small" title={fieldLabel(type, spec.pipeline.records ?? spec.pipeline.state)} style={{ marginTop: 16 }}>
              {a.canWrite && documents.pipeline && (
                <Space wrap style={{ marginBottom: 12 }}>
                  <PipelineActions model={schemaModel} spec={spec} document={documents.pipeline}
                    record={record as { id: string; version: number; allowedMoves?: string[] }} onMoved={() => void refetch()} />
                  {actions}
                </Space>
              )}
              {spec.pipeline.records && <ValueTable type={fields[spec.pipeline.records].type} rows={record[spec.pipeline.records] as Row[] | null} testId="pipeline-records" />}
            </Card>
          )}
          {(spec.links ?? []).map((link) => (
            <Card key={link.field} size="small" title={fieldLabel(type, link.field)} style={{ marginTop: 16 }} data-testid={`link-${link.field}`}>
              <Linked field={fields[link.field]} value={record[link.field]} withheld={reason(link.field)} />
            </Card>
          ))}
          {values.map(([name, field]) => (
            <Card key={name} size="small" title={fieldLabel(type, name)} style={{ marginTop: 16 }}>
              {reason(name) ? <FieldValue name={name} field={field} value={null} withheld={reason(name)} />
                : <ValueTable type={field.type} rows={field.list ? record[name] as Row[] : record[name] ? [record[name] as Row] : []} />}
            </Card>
          ))}
        </Col>
        <Col xs={24} xl={8}>
          {fields.history && (
            <Card size="small" title={fieldLabel(type, 'history')}>
              {reason('history') ? <FieldValue name="history" field={fields.history} value={null} withheld={reason('history')} />
                : <HistoryTimeline type={spec.type} fields={fields} history={history ?? []} />}
            </Card>
          )}
        </Col>
      </Row>
    </div>
  );
}

/** A field's value; an id pointing at another aggregate's record links to its page. */
function Reference({ a, name, field, value, withheld }: { a: Aggregate; name: string; field: FieldModel; value: unknown; withheld?: string }) {
  const target = a.aggregate.references?.[name];
  const place = target ? locateType(target) : null;
  if (!place || value === null || value === undefined || withheld) return <FieldValue name={name} field={field} value={value} withheld={withheld} />;
  const ids = Array.isArray(value) ? value as string[] : [value as string];
  return <Space wrap>{ids.map((id) => <Link key={id} to={`${place.path}/${id}`}>{typeLabel(target as RecordType)} {id.substring(0, 8)}</Link>)}</Space>;
}

/** Records of another aggregate (a project's parcels, an enterprise's Party branch), each linked to its page. */
function Linked({ field, value, withheld }: { field: FieldModel; value: unknown; withheld?: string }) {
  const { t } = useTranslation();
  if (withheld) return <FieldValue name="" field={field} value={null} withheld={withheld} />;
  const place = locateType(field.type);
  const spec = specOf(field.type);
  const rows = (field.list ? (value as Row[] | null) ?? [] : value ? [value as Row] : []).filter(Boolean);
  if (!place || !spec) return <ValueTable type={field.type} rows={rows} />;
  if (!rows.length) return <Typography.Text type="secondary">{t('common.none')}</Typography.Text>;
  const state = spec.pipeline?.state;
  const model = fieldsOf(schemaModel, field.type);
  return (
    <ul className="record-links">
      {rows.map((row) => (
        <li key={row.id as string}>
          <Link to={`${place.path}/${row.id as string}`}>{valueText(spec.title, model[spec.title], row[spec.title], t)}</Link>
          {state && row[state] != null && <Tag style={{ marginInlineStart: 8 }}>{valueText(state, model[state], row[state], t)}</Tag>}
        </li>
      ))}
    </ul>
  );
}

/** Value objects of a record (status changes, steps, members, progress) as a small table of their plain fields. */
function ValueTable({ type, rows, testId }: { type: string; rows: Row[] | null | undefined; testId?: string }) {
  const { t } = useTranslation();
  const model = fieldsOf(schemaModel, type);
  const names = Object.entries(model).filter(([, f]) => isPlain(f) || (f.list && f.kind !== 'OBJECT')).map(([n]) => n);
  const withAudit = Boolean(model.audit);
  const columns = [
    ...names.map((name) => ({ key: name, dataIndex: name, title: fieldLabel(type as RecordType, name),
      render: (v: unknown) => valueText(name, model[name], v, t) })),
    ...(withAudit ? [{ key: 'audit', title: t('workbench.recordedBy'), render: (_: unknown, row: Row) => String((row.audit as Row | null)?.createdBy ?? '—') }] : []),
  ];
  return <Table size="small" pagination={false} rowKey={(_, i) => String(i)} columns={columns} dataSource={rows ?? []} data-testid={testId}
    scroll={{ x: true }} />;
}
