package io.devzone.investment.domain;

/** What an infrastructure project (基础设施项目) builds. */
public enum InfrastructureKind {
    /** 道路 */
    ROAD,
    /** 标准厂房 and its dormitories, canteens */
    STANDARD_FACTORY,
    /** 水电: transformers, water mains */
    UTILITY,
    /** 排洪、排污管道 */
    DRAINAGE,
    /** 绿化、亮化、标志 */
    LANDSCAPING,
    /** 安置区配套 */
    RESETTLEMENT_WORKS,
    OTHER
}
