import { useMemo, useState } from 'react';
import { gql } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { Button, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { InputDialog, inputOf } from './InputDialog';
import type { SchemaModel } from './model';
import type { ActionSpec, AggregateSpec } from './spec';

interface Props {
  model: SchemaModel;
  spec: AggregateSpec;
  /** The actions' mutation texts by mutation (documents.actions). */
  documents: Record<string, string>;
  record: { id: string; version: number };
  onDone: () => void;
}

/** A button for each further action of the aggregate (spec.actions); each asks its input in a dialog. */
export function RecordActions({ model, spec, documents, record, onDone }: Props) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<string | null>(null);
  return (
    <Space wrap data-testid="record-actions">
      {(spec.actions ?? []).map((action) => (
        <span key={action.mutation}>
          <Button onClick={() => setOpen(action.mutation)} data-action={action.mutation}>{t(`workbench.actions.${action.mutation}`)}</Button>
          {open === action.mutation && (
            <ActionDialog model={model} spec={spec} action={action} document={documents[action.mutation]} record={record}
              onClose={() => setOpen(null)} onDone={() => { setOpen(null); onDone(); }} />
          )}
        </span>
      ))}
    </Space>
  );
}

function ActionDialog({ model, spec, action, document, record, onClose, onDone }: {
  model: SchemaModel; spec: AggregateSpec; action: ActionSpec; document: string; record: { id: string; version: number };
  onClose: () => void; onDone: () => void;
}) {
  const { t } = useTranslation();
  const { asked, labelType } = inputOf(model, spec, action.mutation, action.input);
  const [run, { loading, error }] = useMutation(useMemo(() => gql(document), [document]));
  const submit = async (values: Record<string, unknown>) => {
    await run({ variables: { id: record.id, [action.input]: { ...values, version: record.version } } });
    onDone();
  };
  return (
    <InputDialog open title={t(`workbench.actions.${action.mutation}`)} asked={asked} labelType={labelType}
      references={{ ...spec.references, ...action.references }} loading={loading} error={error} refusedTestId="action-refused"
      onSubmit={submit} onCancel={onClose} />
  );
}
