import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';

/** A URL naming no aggregate or record. */
export function NotFound() {
  const { t } = useTranslation();
  return <Alert type="warning" showIcon title={t('workbench.notFound')} />;
}
