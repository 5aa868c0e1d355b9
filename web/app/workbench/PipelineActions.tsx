import { useMemo, useState } from 'react';
import { gql } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { Alert, Button, Form, Modal, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { enumLabel, fieldLabel, type EnumName, type RecordType } from '../i18n/records';
import { FieldInput, valueProps } from './FieldInput';
import { rulesFor } from './formRules';
import { fieldsOf, type SchemaModel } from './model';
import type { AggregateSpec } from './spec';

interface Props {
  model: SchemaModel;
  spec: AggregateSpec;
  /** The pipeline mutation's text (documents.pipeline). */
  document: string;
  record: { id: string; version: number; allowedMoves?: readonly string[] | null };
  onMoved: () => void;
}

/**
 * A button for each move the service allows from where the record stands (its allowedMoves), never another; each
 * asks the move's date and whatever else its input takes. A refusal that comes anyway is shown in the server's words.
 */
export function PipelineActions({ model, spec, document, record, onMoved }: Props) {
  const { t } = useTranslation();
  const pipeline = spec.pipeline!;
  const mutationArgs = fieldsOf(model, model.mutation!)[pipeline.mutation].args!;
  const inputType = mutationArgs[pipeline.input].type;
  const inputFields = fieldsOf(model, inputType);
  const moveType = inputFields[pipeline.move].type as EnumName;
  // What the user is asked: everything but where to (the button) and the version (the record's)
  const asked = Object.entries(inputFields).filter(([name]) => name !== pipeline.move && name !== 'version');
  const [move, setMove] = useState<string | null>(null);
  const [form] = Form.useForm();
  const mutation = useMemo(() => gql(document), [document]);
  const [run, { loading, error, reset }] = useMutation(mutation);
  // A move's input is labelled under the type it is named after when there is one (StageChangeInput: StageChange),
  // else under the record's (records.ts)
  const named = inputType.replace(/Input$/, '');
  const type = (named !== inputType && model.types[named] ? named : spec.type) as RecordType;

  const submit = async (values: Record<string, unknown>) => {
    const input = { ...values, [pipeline.move]: move, version: record.version };
    await run({ variables: { id: record.id, [pipeline.input]: input } });
    setMove(null);
    onMoved();
  };
  const moves = record.allowedMoves ?? [];
  return (
    <>
      <Space wrap data-testid="pipeline-actions">
        {moves.map((m) => (
          <Button key={m} onClick={() => { reset(); form.resetFields(); setMove(m); }} data-move={m}>
            {t('workbench.moveTo', { to: enumLabel(moveType, m) })}
          </Button>
        ))}
      </Space>
      <Modal open={move !== null} title={move && t('workbench.moveTo', { to: enumLabel(moveType, move) })}
        okText={t('workbench.confirm')} cancelText={t('workbench.cancel')} confirmLoading={loading}
        onOk={() => form.submit()} onCancel={() => setMove(null)} destroyOnHidden>
        {error && <Alert type="error" showIcon style={{ marginBottom: 16 }} title={error.message} data-testid="move-refused" />}
        <Form form={form} layout="vertical" onFinish={(v) => void submit(v).catch(() => undefined)}>
          {asked.map(([name, field]) => (
            <Form.Item key={name} name={name} label={fieldLabel(type, name)} rules={rulesFor(name, field, t)} {...valueProps(field)}>
              <FieldInput name={name} field={field} reference={spec.references?.[name]} />
            </Form.Item>
          ))}
        </Form>
      </Modal>
    </>
  );
}
