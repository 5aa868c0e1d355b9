import { zh } from './zh';

/**
 * The departments' records in Chinese, the default, in the zone's own words: every type the workbenches show, with
 * the fields of the type, of its inputs and of its filters; every enum; the departments. Amounts are labelled in
 * the unit they are recorded in (元, 美元, 亩, 平方米). English twin: records.en.ts; accessor: records.ts.
 */
const record = { id: 'ID', version: '版本', audit: '记录信息' };
/** A record whose changes are kept (`history`) */
const tracked = { ...record, history: '修改记录' };

export const recordsZh = {
  departments: { investment: '招商引资与项目建设', land: '征地拆迁', 'party-affairs': '党建工作' },
  types: {
    // Shared by the records of every department
    Audit: {
      one: '记录信息', many: '记录信息',
      fields: { createdAt: '创建时间', createdBy: '创建人', updatedAt: '最后修改时间', updatedBy: '最后修改人' },
    },
    Change: {
      one: '修改记录', many: '修改记录',
      fields: { changedAt: '修改时间', changedBy: '修改人', field: '修改项', oldValue: '原值', newValue: '新值' },
    },

    // 招商引资、项目建设
    Enterprise: {
      one: '企业', many: '企业',
      fields: {
        ...record, name: '企业名称', park: '园区', industryChain: '产业链', aboveDesignatedSize: '规模以上企业',
        investmentProjects: '招商项目', monthlyFigures: '月度经济指标', partyActivities: '党建活动',
        partyBranch: '非公企业党支部',
      },
    },
    EnterpriseMonthlyFigure: {
      one: '企业月度经济指标', many: '企业月度经济指标',
      fields: {
        ...tracked, enterpriseId: '企业', month: '月份', taxPaidCny: '实缴税金（元）',
        industrialAddedValueCny: '工业增加值（元）', fixedAssetInvestmentCny: '固定资产投资（元）',
        monthFrom: '起始月份', monthTo: '截止月份', minTaxPaidCny: '实缴税金不少于（元）',
      },
    },
    InvestmentProject: {
      one: '招商项目', many: '招商项目',
      fields: {
        allowedMoves: '可转入的阶段',
        ...tracked, name: '项目名称', enterprise: '投资企业', enterpriseId: '投资企业', park: '园区',
        industryChain: '产业链', agreedInvestmentCny: '协议投资（元）', strategicInvestor: '战略投资者',
        stage: '项目阶段', stageOn: '进入该阶段日期', stageChanges: '阶段变更记录', liaisonGroup: '项目联络工作组',
        responsibleLeader: '责任领导', capitalArrivals: '到位资金', landParcels: '供地地块',
        relocationProgress: '征地拆迁进度',
        minAgreedInvestmentCny: '协议投资不少于（元）', maxAgreedInvestmentCny: '协议投资不超过（元）',
      },
    },
    StageChange: {
      one: '阶段变更', many: '阶段变更记录',
      fields: {
        sequence: '序号', fromStage: '原阶段', toStage: '新阶段', stage: '新阶段', on: '变更日期', recordedAt: '登记时间',
        recordedBy: '登记人', version: '版本',
      },
    },
    RelocationProgress: {
      one: '征地拆迁进度', many: '征地拆迁进度',
      fields: {
        households: '拆迁户（户）', contractsSigned: '已签订拆迁合同（户）', resettled: '已安置（户）',
        householdsByStatus: '拆迁户按状态', openDisputes: '未解决纠纷（宗）',
      },
    },
    HouseholdStatusCount: {
      one: '拆迁户按状态', many: '拆迁户按状态',
      fields: { status: '状态', households: '户数' },
    },
    CapitalArrival: {
      one: '到位资金', many: '到位资金',
      fields: {
        ...tracked, investmentProjectId: '招商项目', origin: '资金类别', arrivedOn: '到位日期',
        amountCny: '到位内资（元）', amountUsd: '实际利用外资（美元）', note: '备注',
        arrivedFrom: '到位日期起', arrivedTo: '到位日期止',
      },
    },
    InfrastructureProject: {
      one: '基础设施项目', many: '基础设施项目',
      fields: {
        ...tracked, name: '项目名称', kind: '项目类别', park: '园区', status: '建设状态', startedOn: '开工日期',
        completedOn: '竣工日期', budgetCny: '项目总投资（元）', investmentCompletedCny: '已完成投资（元）',
        spentCny: '已支付（元）', earthworkM3: '土石方（立方米）', landLevelledMu: '平整土地（亩）',
        minBudgetCny: '总投资不少于（元）', maxBudgetCny: '总投资不超过（元）',
      },
    },
    Financing: {
      one: '融资', many: '融资',
      fields: {
        ...tracked, beneficiary: '融资对象', enterpriseId: '企业', kind: '融资类别', source: '资金来源',
        arrangedOn: '融资日期', arrangedCny: '融资金额（元）', receivedCny: '已到位（元）',
        arrangedFrom: '融资日期起', arrangedTo: '融资日期止',
      },
    },
    SchedulingMeeting: {
      one: '调度会', many: '调度会',
      fields: {
        ...record, title: '会议名称', kind: '调度类别', heldOn: '召开日期', investmentProjectIds: '调度项目',
        summary: '会议纪要', problems: '存在的问题',
        heldFrom: '召开日期起', heldTo: '召开日期止', investmentProjectId: '调度项目',
      },
    },
    MeetingProblem: {
      one: '问题', many: '存在的问题',
      fields: {
        ...record, schedulingMeetingId: '调度会', description: '问题内容', owner: '责任人', dueOn: '完成时限',
        open: '未解决', resolution: '解决情况', resolvedOn: '解决日期',
        dueFrom: '完成时限起', dueTo: '完成时限止', overdueOn: '截至该日逾期',
      },
    },
    Target: {
      one: '年度目标任务', many: '年度目标任务',
      fields: {
        ...tracked, year: '年度', indicator: '指标', targetValue: '目标值（元）', progress: '完成情况',
      },
    },
    TargetProgress: {
      one: '目标完成情况', many: '目标完成情况',
      fields: {
        indicator: '指标', from: '起始日期', to: '截止日期', actual: '累计完成（元）', targetValue: '年度目标（元）',
        targetCompletionPercent: '完成年度目标任务（%）', previousYearActual: '上年同期（元）',
        yoyGrowthPercent: '同比增长（%）',
      },
    },

    // 征地拆迁
    LandParcel: {
      one: '地块', many: '地块',
      fields: {
        allowedMoves: '可转入的状态',
        ...tracked, code: '地块编号', name: '名称或位置', park: '园区', areaMu: '面积（亩）', plannedUse: '规划用途',
        status: '状态', statusOn: '达到该状态日期', statusChanges: '状态变更记录', investmentProjectId: '供地项目',
        investmentProject: '供地项目', minAreaMu: '面积不少于（亩）', maxAreaMu: '面积不超过（亩）',
      },
    },
    ParcelStatusChange: {
      one: '状态变更', many: '状态变更记录',
      fields: {
        from: '原状态', to: '新状态', status: '新状态', on: '变更日期', investmentProjectId: '供地项目',
        audit: '记录信息', version: '版本',
      },
    },
    Acquisition: {
      one: '征地', many: '征地',
      fields: {
        ...tracked, parcelId: '地块', parcel: '地块', acquiredOn: '征地日期', areaMu: '征地面积（亩）',
        compensationCny: '征地补偿（元）', forestQuotaMu: '林地占用指标（亩）', note: '备注',
        from: '征地日期起', to: '征地日期止',
      },
    },
    LandDispute: {
      one: '征地纠纷', many: '征地纠纷',
      fields: {
        ...tracked, parcelId: '地块', acquisitionId: '征地', subject: '纠纷事由', raisedOn: '提出日期', status: '状态',
        handling: '调处情况', resolvedOn: '解决日期',
      },
    },
    RelocationHousehold: {
      one: '拆迁户', many: '拆迁户',
      fields: {
        allowedMoves: '可转入的状态',
        ...tracked, parcelId: '地块', headName: '户主', idNumber: '户主身份证号码', phone: '联系电话',
        members: '家庭成员', memberCount: '家庭人口（人）', houseAreaM2: '房屋面积（平方米）',
        compensationCny: '拆迁补偿（元）', status: '状态', contractSignedOn: '签订拆迁合同日期',
        demolishedOn: '拆除日期', resettledOn: '安置日期', plotId: '安置地块', plot: '安置地块', on: '变更日期',
        redactedFields: '未显示的个人信息', redactionNote: '未显示原因',
      },
    },
    HouseholdMember: {
      one: '家庭成员', many: '家庭成员',
      fields: { name: '姓名', relation: '与户主关系', idNumber: '身份证号码' },
    },
    ResettlementArea: {
      one: '安置区', many: '安置区',
      fields: { ...record, name: '安置区名称', park: '园区', description: '配套建设' },
    },
    ResettlementPlot: {
      one: '安置地块', many: '安置地块',
      fields: {
        ...record, areaId: '安置区', area: '安置区', code: '地块编号', areaM2: '面积（平方米）', householdId: '安置户',
        assigned: '已分配',
      },
    },
    LandUseCase: {
      one: '用地报批', many: '用地报批',
      fields: {
        ...tracked, caseNumber: '报批编号', type: '用地类型', subject: '报批事项', parcelId: '地块', areaMu: '面积（亩）',
        submittedOn: '报批日期', approvedOn: '批准日期', approved: '已办结', approvedFrom: '批准日期起',
        approvedTo: '批准日期止',
      },
    },
    ExpansionApplication: {
      one: '扩园申报', many: '扩园申报',
      fields: { ...tracked, title: '申报名称', submittedOn: '申报日期', steps: '审批环节' },
    },
    ApprovalStep: {
      one: '审批环节', many: '审批环节',
      fields: { name: '审批环节', status: '审批状态', decidedOn: '审批日期' },
    },

    // 党建
    PartyOrganisation: {
      one: '党组织', many: '党组织',
      fields: {
        ...record, name: '名称', kind: '组织类别', parentId: '上级党组织', branches: '下属党支部',
        enterpriseId: '所在非公企业', establishedOn: '成立日期',
      },
    },
    PartyMember: {
      one: '发展党员', many: '发展党员',
      fields: {
        allowedMoves: '可进行的发展步骤',
        ...tracked, name: '姓名', identityNumber: '身份证号码', phone: '联系电话', category: '人员类别',
        organisationId: '所在党组织', enterpriseId: '所在企业', stage: '发展阶段', appliedOn: '递交入党申请日期',
        activistOn: '确定为入党积极分子日期', developmentTargetOn: '确定为发展对象日期',
        probationaryOn: '接收为预备党员日期', fullOn: '转为正式党员日期', step: '发展步骤', on: '日期',
        probationaryFrom: '接收为预备党员日期起', probationaryTo: '接收为预备党员日期止',
        redactedFields: '未显示的个人信息',
      },
    },
    PartyActivity: {
      one: '党建活动', many: '党建活动',
      fields: {
        ...record, title: '活动名称', type: '活动类型', heldOn: '活动日期', organiser: '组织单位',
        participantsCount: '参加人数（人）', summary: '活动情况', enterpriseIds: '参与企业', enterpriseId: '参与企业',
        heldFrom: '活动日期起', heldTo: '活动日期止',
      },
    },
    PartyHonour: {
      one: '表彰', many: '表彰',
      fields: {
        ...record, title: '荣誉名称', kind: '表彰类别', awardedOn: '表彰日期', awardedBy: '表彰单位',
        memberId: '受表彰党员', organisationId: '受表彰党组织', awardedFrom: '表彰日期起', awardedTo: '表彰日期止',
      },
    },
  },
  enums: {
    ...zh.enum,
    CapitalOrigin: { DOMESTIC: '内资', FOREIGN: '外资' },
    FinancingBeneficiary: { ENTERPRISE: '园区企业', ZONE_INFRASTRUCTURE: '园区基础设施建设' },
    FinancingKind: { LOAN: '贷款', SUBSIDY: '财政奖补贴息' },
    Indicator: {
      INDUSTRIAL_ADDED_VALUE_CNY: '规模工业增加值', FIXED_ASSET_INVESTMENT_CNY: '固定资产投资',
      TAX_PAID_CNY: '园区企业实缴税金', CAPITAL_IN_PLACE_DOMESTIC_CNY: '到位内资', LANDED_INVESTMENT_CNY: '落户项目总投资',
    },
    InfrastructureKind: {
      ROAD: '道路工程', STANDARD_FACTORY: '标准厂房', UTILITY: '供电供水配套', DRAINAGE: '排洪排污管道',
      LANDSCAPING: '绿化亮化', RESETTLEMENT_WORKS: '安置区配套', OTHER: '其他',
    },
    InfrastructureStatus: { PLANNED: '计划', UNDER_CONSTRUCTION: '在建', COMPLETED: '已竣工' },
    MeetingKind: { WEEKLY: '周调度', MONTHLY: '月调度', SPECIAL: '专题调度' },
    ParcelStatus: { PLANNED: '规划', ACQUIRING: '征收中', ACQUIRED: '已征收', LEVELLED: '已平整', SUPPLIED: '已供地' },
    PlannedUse: {
      INDUSTRIAL: '工业用地', LOGISTICS: '仓储物流用地', PUBLIC_FACILITY: '公共设施用地', ROAD: '道路用地',
      RESETTLEMENT: '安置用地', OTHER: '其他',
    },
    LandUseCaseType: { ROUTINE: '常规用地', BATCH: '批次用地', SEPARATE_SITE: '单独选址', OTHER: '其他' },
    StepStatus: { PENDING: '待审批', APPROVED: '已批复', REJECTED: '未通过' },
    MemberStage: {
      APPLICANT: '入党申请人', ACTIVIST: '入党积极分子', DEVELOPMENT_TARGET: '发展对象', PROBATIONARY: '预备党员',
      FULL: '正式党员',
    },
    OrganisationKind: { ZONE_PARTY_COMMITTEE: '区党委', BRANCH: '党支部' },
    HonourKind: {
      ADVANCED_GRASSROOTS_ORGANISATION: '先进基层党组织', OUTSTANDING_MEMBER: '优秀共产党员',
      OUTSTANDING_PARTY_WORKER: '优秀党务工作者',
    },
  },
};
