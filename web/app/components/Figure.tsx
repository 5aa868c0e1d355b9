import { Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { percent, type Amount } from '../format';

export interface FigureProps {
  label: string;
  /** As the zone writes it (12.85亿元). */
  value: string;
  /** The exact value, shown on hover and focus. */
  exactValue?: string;
  yoyPercent?: Amount;
  targetPercent?: Amount;
  testId?: string;
}

/** One headline figure: the value as written, its exact value on hover, year-on-year change and target completion. */
export function Figure({ label, value, exactValue, yoyPercent, targetPercent, testId }: FigureProps) {
  const { t } = useTranslation();
  const yoy = yoyPercent === null || yoyPercent === undefined ? null : Number(yoyPercent);
  return (
    <div className="figure" data-testid={testId}>
      <div className="figure-sub">{label}</div>
      <Tooltip title={exactValue ? `${t('common.yuanExact')}: ${exactValue}` : undefined}>
        <span className="figure-value" tabIndex={exactValue ? 0 : undefined}>{value}</span>
      </Tooltip>
      <div className="figure-sub">
        {yoyPercent !== undefined && (
          <span className={yoy === null ? undefined : yoy >= 0 ? 'up' : 'down'}>
            {t('common.yoy')} {yoy === null ? '—' : `${yoy >= 0 ? '▲' : '▼'} ${percent(Math.abs(yoy))}`}
          </span>
        )}
        {targetPercent !== undefined && targetPercent !== null && (
          <span> · {t('common.target')} {percent(targetPercent)}</span>
        )}
      </div>
    </div>
  );
}
