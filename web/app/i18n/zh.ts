/** Chinese, the default. Every key here has its English twin in en.ts (the type makes sure of it). */
export const zh = {
  app: { name: 'DevZone 开发区', zone: '资兴经济开发区' },
  menu: { label: '主菜单', overview: '驾驶舱', workSummary: '工作总结', expand: '展开菜单', collapse: '收起菜单' },
  header: { language: '语言', logout: '退出登录' },
  role: { leader: '领导', investment: '招商部门', land: '征地部门', 'party-affairs': '党建部门' },
  period: { label: '统计期间', from: '开始日期', to: '结束日期', h1: '上半年', year: '全年', q: '第{{n}}季度' },
  common: {
    loading: '正在加载…', error: '数据加载失败：{{message}}', partial: '部分数据暂不可用：{{message}}',
    yoy: '同比', target: '完成年度目标', none: '无', yuanExact: '精确值', print: '打印 / 导出 PDF',
  },
  overview: {
    title: '驾驶舱',
    indicators: '主要经济指标',
    industrialAddedValue: '规模工业增加值', taxPaid: '园区企业实缴税金', fixedAssetInvestment: '固定资产投资',
    doubleHalf: '双过半', doubleHalfMet: '已实现“双过半”', doubleHalfNotMet: '未实现“双过半”',
    timeElapsed: '时间进度', targetCompletion: '目标完成',
    monthlyIav: '月度规模工业增加值（与上年同期）', monthlyTax: '月度实缴税金（与上年同期）', month: '月份', thisYear: '本期', yearBefore: '上年同期',
    pipeline: '招商项目', landed: '落户项目', landedInvestment: '落户项目总投资', funnel: '项目漏斗（期末）',
    byChain: '在谈及落户项目按产业链（协议投资）', byPark: '按园区（协议投资）',
    capital: '到位资金', domestic: '到位内资', foreign: '实际利用外资',
    infrastructure: '基础设施', completed: '已竣工', underConstruction: '在建',
    budget: '预算', done: '已完成投资', projectsCount: '{{count}}项',
    land: '征地拆迁', acquired: '征地', acquiredByPark: '按园区征地（亩）', relocation: '拆迁户按状态',
    contracts: '签订拆迁合同', households: '户',
    party: '党建', membersDeveloped: '发展党员', byCategory: '按类别', activitiesByType: '党建活动按类型',
    issues: '待解决的问题与纠纷', problem: '调度会问题', dispute: '征地纠纷', owner: '责任人', dueOn: '完成时限',
    raisedOn: '提出日期', kind: '类别', description: '内容', status: '状态', overdue: '已逾期', open: '未解决',
    noIssues: '没有待解决的问题',
  },
  workSummary: { title: '工作总结', subtitle: '由实时数据生成' },
  unit: { mu: '亩', items: '个', people: '名', households: '户' },
  enum: {
    Park: { JIANGBEI: '江北工业园', ZIWU: '资五产业园', LUOWEI: '罗围食品工业园', STANDARD_FACTORY: '标准厂房' },
    IndustryChain: {
      NON_FERROUS_DEEP_PROCESSING: '有色金属精深加工', NEW_ENERGY_MATERIALS: '新能源新材料', FOOD_PHARMA: '食品医药',
      ELECTRONICS: '电子信息', ADVANCED_MANUFACTURING: '先进制造', LOGISTICS: '仓储物流', OTHER: '其他',
    },
    PipelineStage: {
      LEAD: '线索', NEGOTIATING: '跟踪洽谈', INTENT: '达成意向', SIGNED: '签约', LANDED: '落户',
      UNDER_CONSTRUCTION: '在建', IN_PRODUCTION: '投产', DROPPED: '放弃',
    },
    MemberCategory: { CADRE: '干部', NON_PUBLIC_ENTERPRISE_EMPLOYEE: '非公企业员工', OTHER: '其他' },
    ActivityType: {
      PARTY_LECTURE: '党课辅导', DEMOCRATIC_LIFE_MEETING: '民主生活会', THEMED_ACTIVITY: '主题活动', TRAINING: '培训',
      JOB_FAIR: '招聘会', SPORTS_MEET: '运动会', KNOWLEDGE_QUIZ: '知识竞赛', OTHER: '其他',
    },
    HouseholdStatus: {
      SURVEYED: '已调查', NEGOTIATING: '协商中', CONTRACT_SIGNED: '已签合同', DEMOLISHED: '已拆除', RESETTLED: '已安置',
    },
    DisputeStatus: { OPEN: '未处理', MEDIATING: '调处中', RESOLVED: '已解决' },
  },
};
