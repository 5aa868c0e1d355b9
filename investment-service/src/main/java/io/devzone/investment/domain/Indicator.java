package io.devzone.investment.domain;

/** What an annual target (年度目标任务) is set for; each is computed from the records, never typed. */
public enum Indicator {
    /** 实缴税金: the enterprises' monthly tax paid */
    TAX_PAID_CNY,
    /** 工业增加值: the enterprises' monthly industrial added value */
    INDUSTRIAL_ADDED_VALUE_CNY,
    /** 固定资产投资: the enterprises' monthly fixed-asset investment */
    FIXED_ASSET_INVESTMENT_CNY,
    /** 到位内资: domestic capital arrivals */
    CAPITAL_IN_PLACE_DOMESTIC_CNY,
    /** 落户项目总投资: agreed investment of the projects landed */
    LANDED_INVESTMENT_CNY
}
