import type { ReactNode } from 'react';
import { Alert, Form, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { fieldLabel, type RecordType } from '../i18n/records';
import { FieldInput, valueProps } from './FieldInput';
import { rulesFor } from './formRules';
import { fieldsOf, type FieldModel, type SchemaModel } from './model';
import type { AggregateSpec } from './spec';

/** A mutation's input as a dialog asks it: its type, the fields asked (all but `given` and the version), their labels' type. */
export function inputOf(model: SchemaModel, spec: AggregateSpec, mutation: string, input: string, given: string[] = []) {
  const inputType = fieldsOf(model, model.mutation!)[mutation].args![input].type;
  const fields = fieldsOf(model, inputType);
  // The version is always the record's, never asked
  const asked = Object.entries(fields).filter(([name]) => name !== 'version' && !given.includes(name));
  // An input is labelled under the type it is named after when there is one (StageChangeInput: StageChange), else
  // under the record's (records.ts: PlotAssignment.plotId is RelocationHousehold's plotId)
  const named = inputType.replace(/Input$/, '');
  const labelType = (named !== inputType && model.types[named] ? named : spec.type) as RecordType;
  return { inputType, fields, asked, labelType };
}

interface Props {
  open: boolean;
  title: ReactNode;
  asked: [string, FieldModel][];
  labelType: RecordType;
  references?: Record<string, string>;
  loading: boolean;
  /** The server's refusal, shown in its words. */
  error?: Error | null;
  refusedTestId: string;
  onSubmit: (values: Record<string, unknown>) => Promise<unknown>;
  onCancel: () => void;
}

/** A dialog asking a mutation's input fields (widgets and rules from the schema model), the server's refusal on top. */
export function InputDialog({ open, title, asked, labelType, references, loading, error, refusedTestId, onSubmit, onCancel }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  return (
    <Modal open={open} title={title} okText={t('workbench.confirm')} cancelText={t('workbench.cancel')} confirmLoading={loading}
      onOk={() => form.submit()} onCancel={onCancel} destroyOnHidden>
      {error && <Alert type="error" showIcon style={{ marginBottom: 16 }} title={error.message} data-testid={refusedTestId} />}
      <Form form={form} layout="vertical" preserve={false} onFinish={(v) => void onSubmit(v).catch(() => undefined)}>
        {asked.map(([name, field]) => (
          <Form.Item key={name} name={name} label={fieldLabel(labelType, name)} rules={rulesFor(name, field, t)} {...valueProps(field)}>
            <FieldInput name={name} field={field} reference={references?.[name]} />
          </Form.Item>
        ))}
      </Form>
    </Modal>
  );
}
