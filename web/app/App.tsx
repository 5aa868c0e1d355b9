import { Suspense } from 'react';
import { ApolloProvider } from '@apollo/client/react';
import type { ApolloClient } from '@apollo/client';
import { App as AntApp, ConfigProvider, Spin } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import enUS from 'antd/locale/en_US';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { BrowserRouter, Navigate, Route, Routes, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Session } from './auth';
import { AppLayout } from './components/AppLayout';
import { PAGES, WORKBENCH_PAGES } from './routes';
import { SessionContext } from './session';

const Overview = PAGES.overview.page.Component;
const WorkSummary = PAGES.workSummary.page.Component;
const RecordList = WORKBENCH_PAGES.list.page.Component;
const RecordDetail = WORKBENCH_PAGES.detail.page.Component;
const RecordForm = WORKBENCH_PAGES.create.page.Component;

// Links and danger buttons dark enough on white for WCAG AA (antd's defaults, #1677ff and #ff4d4f, are not)
const THEME = { colorPrimary: '#1d4ed8', colorLink: '#1d4ed8', colorInfo: '#1d4ed8', colorError: '#cf1322' };

function ToOverview() {
  const { search } = useLocation();
  return <Navigate to={`/overview${search}`} replace />;
}

export function App({ session, client }: { session: Session; client: ApolloClient }) {
  const { i18n } = useTranslation();
  const zh = i18n.language !== 'en';
  dayjs.locale(zh ? 'zh-cn' : 'en');
  return (
    <ConfigProvider locale={zh ? zhCN : enUS} theme={{ token: THEME }}>
      <AntApp>
        <ApolloProvider client={client}>
          <SessionContext value={session}>
          <BrowserRouter>
            <Routes>
              <Route element={<AppLayout session={session} />}>
                <Route index element={<ToOverview />} />
                <Route path={PAGES.overview.path} element={<Page><Overview /></Page>} />
                <Route path={PAGES.workSummary.path} element={<Page><WorkSummary /></Page>} />
                <Route path={WORKBENCH_PAGES.list.path} element={<Page><RecordList /></Page>} />
                <Route path={WORKBENCH_PAGES.create.path} element={<Page><RecordForm /></Page>} />
                <Route path={WORKBENCH_PAGES.detail.path} element={<Page><RecordDetail /></Page>} />
                <Route path={WORKBENCH_PAGES.edit.path} element={<Page><RecordForm /></Page>} />
                <Route path="*" element={<ToOverview />} />
              </Route>
            </Routes>
          </BrowserRouter>
          </SessionContext>
        </ApolloProvider>
      </AntApp>
    </ConfigProvider>
  );
}

function Page({ children }: { children: React.ReactNode }) {
  return <Suspense fallback={<Spin size="large" className="page-loading" />}>{children}</Suspense>;
}
