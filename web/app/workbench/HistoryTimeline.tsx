import { Empty, Timeline, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { fieldLabel, type RecordType } from '../i18n/records';
import type { FieldModel } from './model';
import { valueText } from './values';

/** One entry of a record's `history` (type Change in the schema). */
export interface Change {
  changedAt: string;
  changedBy: string;
  field: string;
  oldValue?: string | null;
  newValue?: string | null;
}

/** A record's change history (who, when, which field, from, to), newest first; values as the record shows them. */
export function HistoryTimeline({ type, fields, history }: { type: string; fields: Record<string, FieldModel>; history: readonly Change[] }) {
  const { t } = useTranslation();
  // The history holds values as text: an enum's name, an amount in yuan, "true"
  const shown = (name: string, value: string | null | undefined) => {
    const field = fields[name];
    if (!field || value === null || value === undefined) return value ?? '—';
    return valueText(name, field, field.type === 'Boolean' ? value === 'true' : value, t);
  };
  if (!history.length) return <Empty description={t('workbench.noHistory')} />;
  const entries = [...history].sort((a, b) => b.changedAt.localeCompare(a.changedAt));
  return (
    <Timeline data-testid="history" items={entries.map((change, i) => ({
      key: i,
      content: (
        <div data-testid="history-entry">
          <Typography.Text strong>{fieldLabel(type as RecordType, change.field)}</Typography.Text>{' '}
          <span>{shown(change.field, change.oldValue)} → {shown(change.field, change.newValue)}</span>
          <div className="figure-sub">{change.changedBy} · {dayjs(change.changedAt).format('YYYY-MM-DD HH:mm:ss')}</div>
        </div>
      ),
    }))} />
  );
}
