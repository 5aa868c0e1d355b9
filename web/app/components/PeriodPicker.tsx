import { DatePicker, Space } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { usePeriod } from '../period';

/** The period of the page, kept in the URL; quick picks for the half-years and the year of the period shown. */
export function PeriodPicker() {
  const { t } = useTranslation();
  const [period, setPeriod] = usePeriod();
  const year = period.to.substring(0, 4);
  const presets: { label: string; value: [Dayjs, Dayjs] }[] = [
    { label: `${year} ${t('period.h1')}`, value: [dayjs(`${year}-01-01`), dayjs(`${year}-06-30`)] },
    { label: `${year} ${t('period.year')}`, value: [dayjs(`${year}-01-01`), dayjs(`${year}-12-31`)] },
    ...[1, 2, 3, 4].map((n) => ({
      label: `${year} ${t('period.q', { n })}`,
      value: [dayjs(`${year}-01-01`).add((n - 1) * 3, 'month'), dayjs(`${year}-01-01`).add(n * 3, 'month').subtract(1, 'day')] as [Dayjs, Dayjs],
    })),
  ];
  return (
    <Space className="no-print">
      <span id="period-label">{t('period.label')}</span>
      <DatePicker.RangePicker
        aria-labelledby="period-label"
        allowClear={false}
        value={[dayjs(period.from), dayjs(period.to)]}
        presets={presets}
        placeholder={[t('period.from'), t('period.to')]}
        onChange={(range) => {
          if (range?.[0] && range[1]) {
            setPeriod({ from: range[0].format('YYYY-MM-DD'), to: range[1].format('YYYY-MM-DD') });
          }
        }}
      />
    </Space>
  );
}
