import { Empty, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { fieldLabel, type RecordType } from '../i18n/records';

/** One entry of a record's `history` (type Change in the schema). */
export interface Change {
  changedAt: string;
  changedBy: string;
  field: string;
  oldValue?: string | null;
  newValue?: string | null;
}

/** A record's change history (who, when, which field, from, to), newest first. */
export function HistoryTimeline({ type, history }: { type: string; history: readonly Change[] }) {
  const { t } = useTranslation();
  if (!history.length) return <Empty description={t('workbench.noHistory')} />;
  const entries = [...history].sort((a, b) => b.changedAt.localeCompare(a.changedAt));
  return (
    <Timeline data-testid="history" items={entries.map((change, i) => ({
      key: i,
      content: (
        <div data-testid="history-entry">
          <Typography.Text strong>{fieldLabel(type as RecordType, change.field)}</Typography.Text>{' '}
          <span>{change.oldValue ?? '—'} → {change.newValue ?? '—'}</span>
          <div className="figure-sub">{change.changedBy} · {change.changedAt.replace('T', ' ').substring(0, 19)}</div>
        </div>
      ),
    }))} />
  );
}
