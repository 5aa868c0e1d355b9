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
import { PAGES } from './routes';

const Overview = PAGES.overview.page.Component;
const WorkSummary = PAGES.workSummary.page.Component;

function ToOverview() {
  const { search } = useLocation();
  return <Navigate to={`/overview${search}`} replace />;
}

export function App({ session, client }: { session: Session; client: ApolloClient }) {
  const { i18n } = useTranslation();
  const zh = i18n.language !== 'en';
  dayjs.locale(zh ? 'zh-cn' : 'en');
  return (
    <ConfigProvider locale={zh ? zhCN : enUS} theme={{ token: { colorPrimary: '#1d4ed8' } }}>
      <AntApp>
        <ApolloProvider client={client}>
          <BrowserRouter>
            <Routes>
              <Route element={<AppLayout session={session} />}>
                <Route index element={<ToOverview />} />
                <Route path={PAGES.overview.path} element={<Page><Overview /></Page>} />
                <Route path={PAGES.workSummary.path} element={<Page><WorkSummary /></Page>} />
                <Route path="*" element={<ToOverview />} />
              </Route>
            </Routes>
          </BrowserRouter>
        </ApolloProvider>
      </AntApp>
    </ConfigProvider>
  );
}

function Page({ children }: { children: React.ReactNode }) {
  return <Suspense fallback={<Spin size="large" className="page-loading" />}>{children}</Suspense>;
}
