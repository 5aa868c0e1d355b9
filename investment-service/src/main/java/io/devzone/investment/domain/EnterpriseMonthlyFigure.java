package io.devzone.investment.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Entity;

import io.devzone.commons.audit.AuditedEntity;

/** An enterprise's figures for one month: one record per enterprise per month. */
@Entity
public class EnterpriseMonthlyFigure extends AuditedEntity {

    public UUID enterpriseId;

    /** The month, as its first day (2011-06-01). */
    public LocalDate month;

    /** 实缴税金 */
    public BigDecimal taxPaidCny;

    /** 工业增加值 */
    public BigDecimal industrialAddedValueCny;

    /** 固定资产投资 */
    public BigDecimal fixedAssetInvestmentCny;
}
