package io.devzone.investment.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import io.devzone.commons.audit.AuditedEntity;

/** An enterprise's figures for one month: one record per enterprise per month. */
@Entity
@Table(name = "enterprise_monthly_figure")
public class EnterpriseMonthlyFigure extends AuditedEntity {

    @Column(name = "enterprise_id", nullable = false)
    public UUID enterpriseId;

    /** The month, as its first day (2011-06-01). */
    @Column(nullable = false)
    public LocalDate month;

    /** 实缴税金 */
    @Column(name = "tax_paid_cny", nullable = false, precision = 18, scale = 2)
    public BigDecimal taxPaidCny;

    /** 工业增加值 */
    @Column(name = "industrial_added_value_cny", nullable = false, precision = 18, scale = 2)
    public BigDecimal industrialAddedValueCny;

    /** 固定资产投资 */
    @Column(name = "fixed_asset_investment_cny", nullable = false, precision = 18, scale = 2)
    public BigDecimal fixedAssetInvestmentCny;
}
