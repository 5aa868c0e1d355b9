package io.devzone.party.domain;

/** Who the person developed is, as the reports count them. */
public enum MemberCategory {
    /** 干部 */
    CADRE,
    /** 非公企业员工 */
    NON_PUBLIC_ENTERPRISE_EMPLOYEE,
    /** anyone else */
    OTHER
}
