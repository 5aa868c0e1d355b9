import { Suspense, useMemo } from 'react';
import { useQuery } from '@apollo/client/react';
import { Alert, Card, Col, Row, Skeleton, Table, Tag, Typography } from 'antd';
import type { EChartsOption } from 'echarts';
import { useTranslation } from 'react-i18next';
import { Figure } from '../components/Figure';
import { loadable } from '../loadable';
import { PeriodPicker } from '../components/PeriodPicker';
import { exact, mu, percent, unitFor, usd, yuan, inUnit } from '../format';
import { monthsOf, usePeriod, yearElapsedPercent, zoneToday } from '../period';
import { itemsOf, truncated } from '../lists';
import type { OverviewQuery } from '../gql/graphql';
import { growth, OVERVIEW_QUERY, overviewOptions, sumByMonth, totalsBy } from './overviewData';

// ECharts is not in the page's chunk: its download starts with the page's, beside the page's query, not after it
const chart = loadable(() => import('../components/Chart'));
void chart.load();
const Chart = chart.Component;

function ChartCard({ title, option, height }: { title: string; option: EChartsOption; height?: number }) {
  return (
    <Card title={title} size="small">
      <Suspense fallback={<Skeleton.Node active style={{ width: '100%', height: height ?? 280 }} />}>
        <Chart label={title} option={option} height={height} />
      </Suspense>
    </Card>
  );
}

export default function Overview() {
  const { t } = useTranslation();
  const [period] = usePeriod();
  const { data, error, loading } = useQuery(OVERVIEW_QUERY, overviewOptions(period));

  const view = useMemo(() => (data ? overviewModel(data, period, t) : null), [data, period, t]);

  return (
    <div data-testid="overview">
      <div className="page-head">
        <Typography.Title level={1} style={{ fontSize: 22 }}>{t('overview.title')}</Typography.Title>
        <PeriodPicker />
      </div>
      {error && (
        <Alert type={data ? 'warning' : 'error'} showIcon style={{ marginBottom: 16 }}
          title={t(data ? 'common.partial' : 'common.error', { message: error.message })} />
      )}
      {loading && !data && <Skeleton active paragraph={{ rows: 12 }} />}
      {view && <OverviewBody view={view} />}
    </div>
  );
}

type Model = ReturnType<typeof overviewModel>;

function overviewModel(data: OverviewQuery,
  period: { from: string; to: string }, t: (key: string, options?: Record<string, unknown>) => string) {
  const summary = data.workSummary;
  const inv = summary?.investment;
  const land = summary?.land;
  const party = summary?.partyAffairs;
  const prev = data.previous;
  const months = monthsOf(period).map((m) => m.substring(5, 7));
  const iav = sumByMonth(data.monthly, 'industrialAddedValueCny');
  const iavBefore = sumByMonth(data.monthlyBefore, 'industrialAddedValueCny');
  const tax = sumByMonth(data.monthly, 'taxPaidCny');
  const taxBefore = sumByMonth(data.monthlyBefore, 'taxPaidCny');
  const pipeline = itemsOf(data.pipeline).filter((p) => p.stage !== 'DROPPED');
  const elapsed = yearElapsedPercent(period);
  const completions = [inv?.industrialAddedValueTargetCompletionPercent, inv?.taxPaidTargetCompletionPercent]
    .filter((v) => v !== null && v !== undefined).map(Number);
  const today = zoneToday();
  const reference = period.to < today ? period.to : today;
  const issues = [
    ...itemsOf(data.problems).map((p) => ({
      key: `p-${p.id}`, kind: t('overview.problem'), description: p.description, owner: p.owner, date: p.dueOn,
      overdue: p.dueOn < reference, status: t('overview.open'),
    })),
    ...itemsOf(data.disputes).filter((d) => d.status !== 'RESOLVED').map((d) => ({
      key: `d-${d.id}`, kind: t('overview.dispute'), description: d.subject, owner: d.handling ?? '—', date: d.raisedOn,
      overdue: false, status: t(`enum.DisputeStatus.${d.status}`),
    })),
  ];
  return {
    inv, land, party, prev, months, iav, iavBefore, tax, taxBefore, pipeline, issues, elapsed,
    completion: completions.length ? Math.min(...completions) : null,
    households: totalsBy(itemsOf(data.households), (h) => h.status, () => 1),
    truncated: truncated(data.monthly, data.monthlyBefore, data.pipeline, data.households, data.problems, data.disputes),
  };
}

const monthlyOption = (m: Model, current: Map<string, number>, before: Map<string, number>,
  t: (key: string) => string): EChartsOption => {
  const unit = unitFor(Math.max(...current.values(), 0));
  const unitLabel = unit === 'yi' ? '亿元' : '万元';
  return {
    tooltip: { trigger: 'axis', valueFormatter: (v) => `${v}${unitLabel}` },
    legend: { top: 0 },
    grid: { left: 48, right: 16, top: 36, bottom: 28 },
    xAxis: { type: 'category', data: m.months.map((mm) => `${Number(mm)}月`) },
    yAxis: { type: 'value', name: unitLabel },
    series: [
      { name: t('overview.thisYear'), type: 'bar', data: m.months.map((mm) => Number(inUnit(current.get(mm) ?? 0, unit))) },
      { name: t('overview.yearBefore'), type: 'bar', data: m.months.map((mm) => Number(inUnit(before.get(mm) ?? 0, unit))) },
    ],
  };
};

const barOption = (entries: [string, number][], unitLabel: string, horizontal = false): EChartsOption => ({
  tooltip: { trigger: 'axis', valueFormatter: (v) => `${v}${unitLabel}` },
  grid: { left: horizontal ? 120 : 40, right: 24, top: 16, bottom: 28 },
  [horizontal ? 'yAxis' : 'xAxis']: { type: 'category', data: entries.map(([k]) => k), axisLabel: { interval: 0 } },
  [horizontal ? 'xAxis' : 'yAxis']: { type: 'value' },
  series: [{ type: 'bar', data: entries.map(([, v]) => v), label: { show: true, position: horizontal ? 'right' : 'top' } }],
});

const pieOption = (entries: [string, number][], unitLabel = ''): EChartsOption => {
  const values = new Map(entries);
  return {
    tooltip: { trigger: 'item', valueFormatter: (v) => `${v}${unitLabel}` },
    // Names and values in the legend: labels around a small pie would be cut
    legend: { bottom: 0, formatter: (name: string) => `${name} ${values.get(name) ?? ''}${unitLabel}` },
    series: [{ type: 'pie', radius: ['30%', '52%'], center: ['50%', '36%'], label: { show: false },
      data: entries.map(([name, value]) => ({ name, value })) }],
  };
};

function OverviewBody({ view: m }: { view: Model }) {
  const { t } = useTranslation();
  const inv = m.inv;
  const wan = (v: number) => Number(inUnit(v, 'wan'));
  const funnel: EChartsOption = {
    tooltip: { trigger: 'item' },
    series: [{
      type: 'funnel', sort: 'none', left: 24, right: 24, top: 8, bottom: 8,
      label: { position: 'inside', formatter: '{b}: {c}', color: '#fff', fontWeight: 'bold' },
      data: [
        { name: t('enum.PipelineStage.NEGOTIATING'), value: inv?.negotiatingProjects ?? 0 },
        { name: t('enum.PipelineStage.INTENT'), value: inv?.intentProjects ?? 0 },
        { name: t('enum.PipelineStage.LANDED'), value: inv?.landedProjects ?? 0 },
      ],
    }],
  };
  const byChain = totalsBy(m.pipeline, (p) => t(`enum.IndustryChain.${p.industryChain}`), (p) => wan(Number(p.agreedInvestmentCny)));
  const byPark = totalsBy(m.pipeline, (p) => t(`enum.Park.${p.park}`), (p) => wan(Number(p.agreedInvestmentCny)));
  const infrastructure: EChartsOption = {
    tooltip: { trigger: 'axis', valueFormatter: (v) => `${v}万元` },
    legend: { top: 0 },
    grid: { left: 56, right: 16, top: 36, bottom: 28 },
    xAxis: { type: 'category', data: [
      `${t('overview.completed')} (${t('overview.projectsCount', { count: inv?.infrastructureCompleted ?? 0 })})`,
      `${t('overview.underConstruction')} (${t('overview.projectsCount', { count: inv?.infrastructureUnderConstruction ?? 0 })})`,
    ] },
    yAxis: { type: 'value', name: '万元' },
    series: [
      { name: t('overview.budget'), type: 'bar', label: { show: true, position: 'top' },
        data: ['-', wan(Number(inv?.infrastructureUnderConstructionBudgetCny ?? 0))] },
      { name: t('overview.done'), type: 'bar', label: { show: true, position: 'top' },
        data: [wan(Number(inv?.infrastructureCompletedInvestmentCny ?? 0)), wan(Number(inv?.infrastructureUnderConstructionCompletedCny ?? 0))] },
    ],
  };
  const doubleHalf = m.completion !== null && m.elapsed >= 50 - 1e-9 && m.completion >= 50;
  const issueColumns = [
    { title: t('overview.kind'), dataIndex: 'kind', width: 120 },
    { title: t('overview.description'), dataIndex: 'description' },
    { title: t('overview.owner'), dataIndex: 'owner', width: 160 },
    { title: `${t('overview.dueOn')} / ${t('overview.raisedOn')}`, dataIndex: 'date', width: 150,
      render: (date: string, row: Model['issues'][number]) => (
        <span className={row.overdue ? 'overdue' : undefined}>{date}{row.overdue ? ` · ${t('overview.overdue')}` : ''}</span>
      ) },
    { title: t('overview.status'), dataIndex: 'status', width: 100, render: (s: string) => <Tag>{s}</Tag> },
  ];
  return (
    <>
      {m.truncated && <Alert type="warning" showIcon style={{ marginBottom: 16 }} title={t('common.partial', { message: '> 200' })} />}
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={18}>
          <Card title={t('overview.indicators')} size="small">
            <Row gutter={[16, 16]}>
              <Col xs={24} md={8}>
                <Figure testId="industrial-added-value" label={t('overview.industrialAddedValue')} value={yuan(inv?.industrialAddedValueCny, 'yi')}
                  exactValue={exact(inv?.industrialAddedValueCny)} yoyPercent={inv?.industrialAddedValueYoyGrowthPercent}
                  targetPercent={inv?.industrialAddedValueTargetCompletionPercent} />
              </Col>
              <Col xs={24} md={8}>
                <Figure testId="tax-paid" label={t('overview.taxPaid')} value={yuan(inv?.taxPaidCny, 'wan', true)}
                  exactValue={exact(inv?.taxPaidCny)} yoyPercent={inv?.taxPaidYoyGrowthPercent}
                  targetPercent={inv?.taxPaidTargetCompletionPercent} />
              </Col>
              <Col xs={24} md={8}>
                <Figure testId="fixed-asset-investment" label={t('overview.fixedAssetInvestment')} value={yuan(inv?.fixedAssetInvestmentCny, 'yi')}
                  exactValue={exact(inv?.fixedAssetInvestmentCny)} yoyPercent={inv?.fixedAssetInvestmentYoyGrowthPercent} />
              </Col>
            </Row>
          </Card>
        </Col>
        <Col xs={24} xl={6}>
          <Card title={t('overview.doubleHalf')} size="small" data-testid="double-half">
            <Typography.Text strong className={doubleHalf ? 'up' : 'down'}>
              {t(doubleHalf ? 'overview.doubleHalfMet' : 'overview.doubleHalfNotMet')}
            </Typography.Text>
            <div className="figure-sub">{t('overview.timeElapsed')} {percent(m.elapsed)}</div>
            <div className="figure-sub">{t('overview.targetCompletion')} {percent(m.completion)}</div>
          </Card>
        </Col>
        <Col xs={24} lg={12}><ChartCard title={t('overview.monthlyIav')} option={monthlyOption(m, m.iav, m.iavBefore, t)} /></Col>
        <Col xs={24} lg={12}><ChartCard title={t('overview.monthlyTax')} option={monthlyOption(m, m.tax, m.taxBefore, t)} /></Col>

        <Col xs={24} lg={8}>
          <Card title={t('overview.pipeline')} size="small">
            <Row gutter={16}>
              <Col span={12}><Figure testId="landed-projects" label={t('overview.landed')} value={`${inv?.landedProjects ?? 0}个`}
                yoyPercent={growth(inv?.landedProjects, m.prev?.investment?.landedProjects)} /></Col>
              <Col span={12}><Figure testId="landed-investment" label={t('overview.landedInvestment')} value={yuan(inv?.landedInvestmentCny)}
                exactValue={exact(inv?.landedInvestmentCny)} yoyPercent={growth(inv?.landedInvestmentCny, m.prev?.investment?.landedInvestmentCny)} /></Col>
            </Row>
            <Row gutter={16} style={{ marginTop: 16 }}>
              <Col span={12}><Figure testId="capital-domestic" label={`${t('overview.capital')} · ${t('overview.domestic')}`}
                value={yuan(inv?.capitalInPlaceDomesticCny)} exactValue={exact(inv?.capitalInPlaceDomesticCny)}
                yoyPercent={growth(inv?.capitalInPlaceDomesticCny, m.prev?.investment?.capitalInPlaceDomesticCny)} /></Col>
              <Col span={12}><Figure testId="capital-foreign" label={`${t('overview.capital')} · ${t('overview.foreign')}`}
                value={usd(inv?.capitalInPlaceForeignUsd, true)} exactValue={exact(inv?.capitalInPlaceForeignUsd, '美元')}
                yoyPercent={growth(inv?.capitalInPlaceForeignUsd, m.prev?.investment?.capitalInPlaceForeignUsd)} /></Col>
            </Row>
          </Card>
        </Col>
        <Col xs={24} lg={8}><ChartCard title={t('overview.funnel')} option={funnel} /></Col>
        <Col xs={24} lg={8}><ChartCard title={t('overview.byPark')} option={pieOption(byPark, '万元')} /></Col>
        <Col xs={24} lg={12}><ChartCard title={t('overview.byChain')} option={barOption(byChain, '万元', true)} /></Col>
        <Col xs={24} lg={12}><ChartCard title={t('overview.infrastructure')} option={infrastructure} /></Col>

        <Col xs={24} lg={6}>
          <Card title={t('overview.land')} size="small">
            <Figure testId="acquired" label={t('overview.acquired')} value={`${mu(m.land?.acquiredMu)}亩`}
              yoyPercent={growth(m.land?.acquiredMu, m.prev?.land?.acquiredMu)} />
            <div style={{ marginTop: 16 }}>
              <Figure testId="relocation-contracts" label={t('overview.contracts')} value={`${m.land?.relocationContractsSigned ?? 0}户`}
                yoyPercent={growth(m.land?.relocationContractsSigned, m.prev?.land?.relocationContractsSigned)} />
            </div>
          </Card>
        </Col>
        <Col xs={24} lg={9}><ChartCard title={t('overview.acquiredByPark')}
          option={barOption((m.land?.acquiredByPark ?? []).map((p) => [t(`enum.Park.${p.park}`), Number(p.acquiredMu)]), '亩')} /></Col>
        <Col xs={24} lg={9}><ChartCard title={t('overview.relocation')}
          option={barOption(m.households.map(([s, n]) => [t(`enum.HouseholdStatus.${s}`), n]), '户')} /></Col>

        <Col xs={24} lg={6}>
          <Card title={t('overview.party')} size="small">
            <Figure testId="members-developed" label={t('overview.membersDeveloped')} value={`${m.party?.membersDeveloped ?? 0}名`}
              yoyPercent={growth(m.party?.membersDeveloped, m.prev?.partyAffairs?.membersDeveloped)} />
          </Card>
        </Col>
        <Col xs={24} lg={9}><ChartCard title={`${t('overview.membersDeveloped')} · ${t('overview.byCategory')}`}
          option={pieOption((m.party?.membersDevelopedByCategory ?? []).filter((c) => c.count > 0)
            .map((c) => [t(`enum.MemberCategory.${c.category}`), c.count]), '名')} /></Col>
        <Col xs={24} lg={9}><ChartCard title={t('overview.activitiesByType')}
          option={barOption((m.party?.activitiesByType ?? []).filter((a) => a.count > 0)
            .map((a) => [t(`enum.ActivityType.${a.type}`), a.count]), '', true)} /></Col>

        <Col span={24}>
          <Card title={t('overview.issues')} size="small">
            <Table size="small" rowKey="key" pagination={false} columns={issueColumns} dataSource={m.issues}
              locale={{ emptyText: t('overview.noIssues') }} />
          </Card>
        </Col>
      </Row>
    </>
  );
}
