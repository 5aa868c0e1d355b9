package io.devzone.investment.domain;

/** The zone's industry chains (产业链) that projects and enterprises belong to. */
public enum IndustryChain {
    /** 有色金属精深加工 */
    NON_FERROUS_DEEP_PROCESSING,
    /** 新能源新材料 */
    NEW_ENERGY_MATERIALS,
    /** 食品医药 */
    FOOD_PHARMA,
    /** 电子信息 */
    ELECTRONICS,
    /** 先进制造 */
    ADVANCED_MANUFACTURING,
    /** 仓储物流 */
    LOGISTICS,
    /** anything outside the six chains the zone promotes */
    OTHER
}
