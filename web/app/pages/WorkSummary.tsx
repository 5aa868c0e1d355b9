import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { Alert, App, Button, Skeleton, Space } from 'antd';
import { FileWordOutlined, PrinterOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { WorkSummaryReportDocument, type StepStatus, type WorkSummaryReportQuery } from '../gql/graphql';
import { PeriodPicker } from '../components/PeriodPicker';
import { mu, percent, usd, yuan, type Amount } from '../format';
import { type Period, usePeriod, yearElapsedPercent } from '../period';
import { itemsOf } from '../lists';
import { fetchDocument, saveFile } from '../download';
import { useSession } from '../session';

type Report = WorkSummaryReportQuery;

/** A figure in the text: bold, and findable (data-figure) by the e2e. */
function F({ children, id }: { children: React.ReactNode; id?: string }) {
  return <span className="fig" data-figure={id}>{children}</span>;
}

const STEP_WORDS: Record<StepStatus, string> = { APPROVED: '已完成', PENDING: '正在办理', REJECTED: '未获批准' };
const join = (names: string[]) => names.join('、');
const monthDay = (date: string) => `${Number(date.substring(5, 7))}月${Number(date.substring(8, 10))}日`;
const count = (value: number | null | undefined) => String(value ?? 0);

/** How the source names its period: 上半年 and 1─6月 for a first half, else the months. */
function periodWords(period: Period) {
  const year = period.from.substring(0, 4);
  const fromMonth = Number(period.from.substring(5, 7));
  const toMonth = Number(period.to.substring(5, 7));
  const firstHalf = period.from.endsWith('-01-01') && period.to === `${year}-06-30`;
  const wholeYear = period.from.endsWith('-01-01') && period.to === `${year}-12-31`;
  return {
    year,
    name: firstHalf ? '上半年' : wholeYear ? '全年' : `${fromMonth}─${toMonth}月`,
    months: `${fromMonth}─${toMonth}月`,
  };
}

export default function WorkSummary() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const session = useSession();
  const [period] = usePeriod();
  const [downloading, setDownloading] = useState(false);
  const { data, error, loading } = useQuery(WorkSummaryReportDocument, {
    variables: { from: period.from, to: period.to },
    errorPolicy: 'all',
  });
  // The web server writes the same report as a Word document, from its own query with the user's token
  const download = async () => {
    setDownloading(true);
    try {
      const query = new URLSearchParams({ from: period.from, to: period.to });
      const blob = await fetchDocument(`/api/reports/work-summary.docx?${query}`, await session.token());
      saveFile(blob, `work-summary-${period.from}-${period.to}.docx`);
    } catch (e) {
      void message.error(t('workSummary.downloadFailed', { message: (e as Error).message }));
    } finally {
      setDownloading(false);
    }
  };
  return (
    <div data-testid="work-summary">
      <div className="page-head no-print">
        <h1 className="ant-typography" style={{ fontSize: 22 }}>{t('workSummary.title')}</h1>
        <PeriodPicker />
        <Space>
          <Button icon={<FileWordOutlined />} loading={downloading} onClick={() => void download()} data-testid="download-docx">
            {t('workSummary.download')}
          </Button>
          <Button icon={<PrinterOutlined />} onClick={() => window.print()}>{t('common.print')}</Button>
        </Space>
      </div>
      {error && (
        <Alert className="no-print" type={data ? 'warning' : 'error'} showIcon style={{ marginBottom: 16 }}
          title={t(data ? 'common.partial' : 'common.error', { message: error.message })} />
      )}
      {loading && !data && <Skeleton active paragraph={{ rows: 16 }} />}
      {data?.workSummary && <ReportText data={data} period={period} />}
    </div>
  );
}

function ReportText({ data, period }: { data: Report; period: Period }) {
  const w = periodWords(period);
  const inv = data.workSummary!.investment;
  const land = data.workSummary!.land;
  const party = data.workSummary!.partyAffairs;
  const completedNames = itemsOf(data.infrastructure)
    .filter((p) => p.status === 'COMPLETED' && p.completedOn && p.completedOn >= period.from && p.completedOn <= period.to)
    .map((p) => p.name);
  const buildingNames = itemsOf(data.infrastructure).filter((p) => p.status === 'UNDER_CONSTRUCTION').map((p) => p.name);
  const strategicNames = [...new Set(itemsOf(data.strategic).filter((p) => p.stage !== 'DROPPED')
    .map((p) => p.enterprise?.name).filter((name): name is string => Boolean(name)))];
  const byCategory = new Map((party?.membersDevelopedByCategory ?? []).map((c) => [c.category, c.count]));
  const activities = (party?.activitiesByType ?? []).filter((a) => a.count > 0);
  const completions = [inv.industrialAddedValueTargetCompletionPercent, inv.taxPaidTargetCompletionPercent]
    .filter((v) => v !== null && v !== undefined).map(Number);
  const doubleHalf = completions.length > 0 && yearElapsedPercent(period) >= 50 - 1e-9 && Math.min(...completions) >= 50;
  const foreignGrowth = inv.capitalInPlaceForeignYoyGrowthPercent;
  const openDisputes = itemsOf(data.disputes).filter((d) => d.status !== 'RESOLVED');
  const problems = itemsOf(data.problems);
  const circled = ['⑴', '⑵', '⑶', '⑷', '⑸', '⑹', '⑺', '⑻', '⑼', '⑽'];
  const pct = (v: Amount) => percent(v);
  const activityNames: Record<string, string> = {
    PARTY_LECTURE: '党课辅导', DEMOCRATIC_LIFE_MEETING: '民主生活会', THEMED_ACTIVITY: '主题活动', TRAINING: '培训班',
    JOB_FAIR: '企业用工招聘会', SPORTS_MEET: '趣味运动会', KNOWLEDGE_QUIZ: '知识抢答赛', OTHER: '其他活动',
  };

  return (
    <article className="report" lang="zh-CN">
      <h1>资兴经济开发区 {w.year}年{w.name}工作总结</h1>
      <p>
        {w.name}，开发区坚持以项目建设为主线，攻坚克难抓项目，加快建设提形象，集中精力建园区，各项工作目标
        {doubleHalf ? <>实现了<F id="double-half">“双过半”</F></> : <>尚未实现<F id="double-half">“双过半”</F></>}
        （时间进度<F>{pct(yearElapsedPercent(period))}</F>，年度目标完成<F>{pct(completions.length ? Math.min(...completions) : null)}</F>）。
        现就开发区{w.name}工作情况总结如下：
      </p>

      <h2>一、{w.name}经济指标完成及主要工作推进情况</h2>
      <h3>（一）主要经济指标完成情况</h3>
      <p>
        {w.months}，开发区园区规模工业累计实现增加值<F id="2">{yuan(inv.industrialAddedValueCny, 'yi')}</F>，
        同比增长<F id="3">{pct(inv.industrialAddedValueYoyGrowthPercent)}</F>，
        完成年度目标任务的<F id="6">{pct(inv.industrialAddedValueTargetCompletionPercent)}</F>。
        完成固定资产投资<F id="7">{yuan(inv.fixedAssetInvestmentCny, 'yi')}</F>，
        同比增长<F id="8">{pct(inv.fixedAssetInvestmentYoyGrowthPercent)}</F>。
        园区企业实缴税金<F id="9">{yuan(inv.taxPaidCny, 'wan')}</F>，
        完成全年目标任务的<F id="10">{pct(inv.taxPaidTargetCompletionPercent)}</F>，
        同比增长<F id="11">{pct(inv.taxPaidYoyGrowthPercent)}</F>。
        纳税过100万元的企业共<F id="15">{count(inv.enterprisesPayingTaxOver1Million)}家</F>，
        其中<F id="16">{count(inv.enterprisesPayingTaxOver1MillionGrowingOver50Percent)}家</F>税收增幅超过50%。
      </p>

      <h3>（二）主要工作推进情况</h3>
      <p>
        1、狠抓基础建设，投资环境得到新改善。{w.name}已完成的项目有<F id="19">{count(inv.infrastructureCompleted)}项</F>
        {completedNames.length > 0 && <>：{join(completedNames)}</>}。
        竣工工程累计完成投资达<F id="21">{yuan(inv.infrastructureCompletedInvestmentCny, 'wan')}</F>。
        目前，正在按计划组织施工的项目有<F id="22">{count(inv.infrastructureUnderConstruction)}项</F>
        {buildingNames.length > 0 && <>：{join(buildingNames)}</>}，
        项目总投资<F id="23">{yuan(inv.infrastructureUnderConstructionBudgetCny, 'wan')}</F>，
        其已完成投资<F id="24">{yuan(inv.infrastructureUnderConstructionCompletedCny, 'wan')}</F>，
        完成任务的<F id="25">{pct(inv.infrastructureUnderConstructionCompletionPercent)}</F>。
        {w.name}，竣工项目和在建项目共完成土石方<F id="26">{Number(inv.earthworkM3) / 10000}万立方米</F>，
        平整土地<F id="27">{mu(inv.landLevelledMu)}亩</F>。
      </p>
      <p>
        2、创新招商模式，招商引资获得新突破。{w.name}，园区成功落户项目<F id="31">{count(inv.landedProjects)}个</F>，
        其中投资上亿的项目<F id="32">{count(inv.landedProjectsOver100Million)}个</F>，
        投资2000万元以上的项目<F id="33">{count(inv.landedProjects20To100Million)}个</F>，
        项目累计总投资<F id="34">{yuan(inv.landedInvestmentCny)}</F>；
        完成招商引资到位内资<F id="35">{yuan(inv.capitalInPlaceDomesticCny)}</F>，
        实际利用外资<F id="36">{usd(inv.capitalInPlaceForeignUsd)}</F>
        {foreignGrowth !== null && foreignGrowth !== undefined && <>，增幅达<F id="37">{pct(foreignGrowth)}</F></>}。
        {w.name}，已达成投资意向的招商项目有<F id="39">{count(inv.intentProjects)}个</F>，
        总投资<F id="40">{yuan(inv.intentInvestmentCny)}</F>；
        正在跟踪洽谈的招商项目有<F id="41">{count(inv.negotiatingProjects)}个</F>，
        还有战略投资者{strategicNames.length > 0 && join(strategicNames)}等<F id="42">{count(inv.strategicInvestors)}家</F>，
        总投资<F id="43">{yuan(inv.strategicInvestmentCny)}</F>。
      </p>
      <p>
        3、拓宽筹资渠道，企业融资取得新进展。{w.name}，共为园区企业融资<F id="44">{yuan(inv.financingArrangedCny)}</F>，
        已到位资金<F id="45">{yuan(inv.financingReceivedCny)}</F>，
        其中为园区基础设施建设争取资金<F id="46">{yuan(inv.financingForInfrastructureCny, 'wan')}</F>，
        为园区内企业争取省、市财政奖补贴息资金<F id="47">{yuan(inv.enterpriseSubsidiesReceivedCny, 'wan')}</F>。
      </p>
      <p>
        4、拓展发展空间，扩园提质形成新局面。
        {(land?.expansion ?? []).map((application) => (
          <span key={application.applicationId}>
            {application.title}：
            {application.steps.map((step, i) => (
              <span key={step.name}>{i > 0 && '，'}{step.name}<F>{STEP_WORDS[step.status]}</F></span>
            ))}。
          </span>
        ))}
        {w.name}，已完成征地<F id="52-53">{mu(land?.acquiredMu)}亩</F>
        {(land?.acquiredByParcel.length ?? 0) > 0 && <>（{(land?.acquiredByParcel ?? []).map((parcel, i) => (
          <span key={parcel.parcelId}>{i > 0 && '，'}{parcel.name}征地<F>{mu(parcel.acquiredMu)}亩</F></span>
        ))}）</>}，与拆迁户签订拆迁合同<F id="54">{count(land?.relocationContractsSigned)}户</F>。
        已办理园区常规用地<F id="55">{count(land?.landUseCasesHandled)}宗</F>。
      </p>
      <p>
        5、致力创先争优，党建工作获得新发展。{w.name}，开展党建活动<F>{count(party?.activitiesHeld)}次</F>
        {activities.length > 0 && <>（{activities.map((a) => `${activityNames[a.type] ?? a.type}${a.count}次`).join('、')}）</>}，
        召开民主生活会<F id="59">{count(party?.democraticLifeMeetingsHeld)}次</F>。
        共发展党员<F id="56">{count(party?.membersDeveloped)}名</F>，
        其中干部<F id="57">{count(byCategory.get('CADRE'))}名</F>、
        非公企业员工<F id="58">{count(byCategory.get('NON_PUBLIC_ENTERPRISE_EMPLOYEE'))}名</F>。
      </p>
      <p>
        6、强化目标考核，项目建设赢得新推进。开发区领导小组下设<F id="60">{count(inv.liaisonGroups)}个</F>项目联络工作组，
        狠抓项目建设的周调度与月调度。{w.name}，我区
        {itemsOf(data.meetings).length > 0 && <>分别于<F id="61">{join(itemsOf(data.meetings).map((m) => monthDay(m.heldOn)))}</F></>}
        召开了项目建设调度会<F>{count(inv.schedulingMeetings)}次</F>，全面开展项目管理跟踪调度。
      </p>

      <h2>二、存在的主要困难和问题</h2>
      <p>
        1、征地扫尾难，拆迁安置具体问题多。尚未解决的征地纠纷<F>{openDisputes.length}起</F>
        {openDisputes.length > 0 && <>：{openDisputes.map((d) => d.subject).join('；')}</>}。
      </p>
      <p>
        2、园区项目建设上存在的主要问题{problems.length > 0 ? '为：' : '：无。'}
        {problems.map((p, i) => (
          <span key={p.id}>{circled[i] ?? `(${i + 1})`}{p.description}（责任人：{p.owner}，时限：{p.dueOn}）{i < problems.length - 1 ? '；' : '。'}</span>
        ))}
      </p>
      <p className="signature">资兴经济开发区</p>
    </article>
  );
}
