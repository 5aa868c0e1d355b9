package io.devzone.investment.domain;

/** The kind of money arranged (融资). */
public enum FinancingKind {
    /** 贷款 */
    LOAN,
    /** 财政奖补贴息: grants and interest subsidies */
    SUBSIDY
}
