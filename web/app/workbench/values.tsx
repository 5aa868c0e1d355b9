import { Tag, Tooltip } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { exact, usd, yuan } from '../format';
import { enumLabel, type EnumName } from '../i18n/records';
import { isMoney, type FieldModel } from './model';

type T = (key: string) => string;

/** A value as text, the way the zone writes it (money in 万元/亿元, enums by label): cells, export, detail. */
export function valueText(name: string, field: FieldModel, value: unknown, t: T): string {
  if (value === null || value === undefined || value === '') return '—';
  if (Array.isArray(value)) return value.map((v) => valueText(name, { ...field, list: false }, v, t)).join('、');
  if (isMoney(name, field)) return name.endsWith('Usd') ? usd(value as string) : yuan(value as string);
  if (field.kind === 'ENUM') return enumLabel(field.type as EnumName, String(value));
  if (field.type === 'Boolean') return t(value ? 'workbench.yes' : 'workbench.no');
  // Instants in the user's own time zone, to the minute
  if (field.type === 'DateTime') return dayjs(String(value)).format('YYYY-MM-DD HH:mm');
  return String(value);
}

/** The exact value behind a rounded one (money), for a tooltip; null when the text is already exact. */
export function exactText(name: string, field: FieldModel, value: unknown): string | null {
  if (value === null || value === undefined || !isMoney(name, field)) return null;
  return exact(value as string, name.endsWith('Usd') ? '美元' : '元');
}

/** One field of a record: its value, the exact amount on hover, or "withheld" with the service's reason. */
export function FieldValue({ name, field, value, withheld }: { name: string; field: FieldModel; value: unknown; withheld?: string }) {
  const { t } = useTranslation();
  if (withheld !== undefined) {
    return <Tooltip title={withheld}><Tag color="default" data-withheld={name}>{t('workbench.withheld')}</Tag></Tooltip>;
  }
  const text = valueText(name, field, value, t);
  const exactValue = exactText(name, field, value);
  return exactValue ? <Tooltip title={exactValue}><span tabIndex={0}>{text}</span></Tooltip> : <>{text}</>;
}
