import { useMemo, useState } from 'react';
import { gql } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { Button, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { enumLabel, type EnumName } from '../i18n/records';
import { InputDialog, inputOf } from './InputDialog';
import type { SchemaModel } from './model';
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
  // What the user is asked: everything but where to (the button) and the version (the record's)
  const { fields, asked, labelType } = inputOf(model, spec, pipeline.mutation, pipeline.input, [pipeline.move]);
  const moveType = fields[pipeline.move].type as EnumName;
  const [move, setMove] = useState<string | null>(null);
  const mutation = useMemo(() => gql(document), [document]);
  const [run, { loading, error, reset }] = useMutation(mutation);

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
          <Button key={m} onClick={() => { reset(); setMove(m); }} data-move={m}>
            {t('workbench.moveTo', { to: enumLabel(moveType, m) })}
          </Button>
        ))}
      </Space>
      <InputDialog open={move !== null} title={move && t('workbench.moveTo', { to: enumLabel(moveType, move) })} asked={asked}
        labelType={labelType} references={spec.references} loading={loading} error={error} refusedTestId="move-refused"
        onSubmit={submit} onCancel={() => setMove(null)} />
    </>
  );
}
