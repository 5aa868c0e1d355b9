import { useState } from 'react';
import { Button, Layout, Menu, Segmented, Space, Tag, Typography } from 'antd';
import { DashboardOutlined, FileTextOutlined, FolderOpenOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { Link, Outlet, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Session } from '../auth';
import { chooseLanguage, type Language } from '../i18n';
import { departmentLabel, typeLabel, type Department, type RecordType } from '../i18n/records';
import { DEPARTMENTS } from '../workbench/departments';

/** The admin frame every page sits in: side menu, and a header with the user, their role, language and logout. */
export function AppLayout({ session }: { session: Session }) {
  const { t, i18n } = useTranslation();
  const { pathname, search } = useLocation();
  const [collapsed, setCollapsed] = useState(false);
  // The period travels with the user from page to page
  const items = [
    { key: '/overview', icon: <DashboardOutlined />, label: <Link to={`/overview${search}`}>{t('menu.overview')}</Link> },
    { key: '/work-summary', icon: <FileTextOutlined />, label: <Link to={`/work-summary${search}`}>{t('menu.workSummary')}</Link> },
    // The departments' workbenches, each with its aggregates
    ...DEPARTMENTS.map((d) => ({
      key: `/${d.segment}`, icon: <FolderOpenOutlined />, label: departmentLabel(d.segment as Department),
      children: d.aggregates.map((a) => ({
        key: `/${d.segment}/${a.segment}`, label: <Link to={`/${d.segment}/${a.segment}`}>{typeLabel(a.type as RecordType, 'many')}</Link>,
      })),
    })),
  ];
  // A record's pages light up their aggregate's entry
  const selected = pathname.split('/').slice(0, 3).join('/');
  return (
    <Layout className="app">
      <Layout.Sider collapsible collapsed={collapsed} onCollapse={setCollapsed} className="app-sider" breakpoint="lg"
        trigger={<span aria-label={t(collapsed ? 'menu.expand' : 'menu.collapse')}>{collapsed ? '»' : '«'}</span>}>
        <div className="app-logo">{collapsed ? 'DZ' : t('app.name')}</div>
        <nav aria-label={t('menu.label')}>
          <Menu theme="dark" mode="inline" selectedKeys={[selected]} defaultOpenKeys={[`/${pathname.split('/')[1]}`]} items={items} />
        </nav>
      </Layout.Sider>
      <Layout>
        <Layout.Header className="app-header">
          <Typography.Text className="app-title">{t('app.zone')}</Typography.Text>
          <Space size="middle" wrap>
            <Segmented<Language>
              aria-label={t('header.language')}
              size="small"
              value={i18n.language === 'en' ? 'en' : 'zh'}
              options={[{ label: '中文', value: 'zh' }, { label: 'English', value: 'en' }]}
              onChange={chooseLanguage}
            />
            <Space size={4} data-testid="user">
              <UserOutlined aria-hidden />
              <span>{session.name}</span>
              {session.roles.map((role) => <Tag key={role} color="blue">{t(`role.${role}`)}</Tag>)}
            </Space>
            <Button icon={<LogoutOutlined />} onClick={() => void session.logout()}>{t('header.logout')}</Button>
          </Space>
        </Layout.Header>
        {/* Ant Design's Content is the page's <main> */}
        <Layout.Content className="app-content">
          <Outlet />
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
