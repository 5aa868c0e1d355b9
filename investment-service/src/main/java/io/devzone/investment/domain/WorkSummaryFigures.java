package io.devzone.investment.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

/**
 * The figures of the work summary (and the targets' actual values), each computed by one query over the records of a
 * period (both dates inclusive).
 * A project's stage "as of" a date is the stage of its last transition dated on or before it.
 */
@ApplicationScoped
public class WorkSummaryFigures {

    /** 投资上亿 */
    public static final BigDecimal HUNDRED_MILLION = new BigDecimal("100000000");
    /** 投资2000万元以上 */
    public static final BigDecimal TWENTY_MILLION = new BigDecimal("20000000");
    /** 纳税过100万元 */
    public static final BigDecimal ONE_MILLION = new BigDecimal("1000000");

    private static final String STAGE_AS_OF = """
            with stage_as_of as (
                select distinct on (investment_project_id) investment_project_id, to_stage
                from stage_change where changed_on <= :to
                order by investment_project_id, sequence desc)
            """;

    private final EntityManager em;

    WorkSummaryFigures(EntityManager em) {
        this.em = em;
    }

    public record Landed(long projects, BigDecimal investmentCny, long over100Million, long from20To100Million) {
    }

    public record CountAndSum(long count, BigDecimal sumCny) {
    }

    public record TaxPayers(long count, List<String> growingOver50Percent) {
    }

    public record Infrastructure(long completed, BigDecimal completedInvestmentCny, long underConstruction,
            BigDecimal underConstructionBudgetCny, BigDecimal underConstructionCompletedCny, BigDecimal earthworkM3,
            BigDecimal landLevelledMu) {
    }

    /** Projects with a LANDED transition dated in the period. */
    public Landed landed(LocalDate from, LocalDate to) {
        Object[] row = single(em.createNativeQuery("""
                select count(*), coalesce(sum(p.agreed_investment_cny), 0),
                       count(*) filter (where p.agreed_investment_cny >= :hundred),
                       count(*) filter (where p.agreed_investment_cny >= :twenty and p.agreed_investment_cny < :hundred)
                from investment_project p
                where exists (select 1 from stage_change s where s.investment_project_id = p.id
                              and s.to_stage = 'LANDED' and s.changed_on between :from and :to)
                """).setParameter("hundred", HUNDRED_MILLION).setParameter("twenty", TWENTY_MILLION)
                .setParameter("from", from).setParameter("to", to));
        return new Landed(count(row[0]), money(row[1]), count(row[2]), count(row[3]));
    }

    /** Projects standing at this stage on the date, and their agreed investment. */
    public CountAndSum atStage(PipelineStage stage, LocalDate to) {
        Object[] row = single(em.createNativeQuery(STAGE_AS_OF + """
                select count(*), coalesce(sum(p.agreed_investment_cny), 0)
                from stage_as_of s join investment_project p on p.id = s.investment_project_id
                where s.to_stage = :stage
                """).setParameter("to", to).setParameter("stage", stage.name()));
        return new CountAndSum(count(row[0]), money(row[1]));
    }

    /** Strategic investors (distinct enterprises) with a project in the pipeline, not dropped, on the date. */
    public CountAndSum strategicInvestors(LocalDate to) {
        Object[] row = single(em.createNativeQuery(STAGE_AS_OF + """
                select count(distinct p.enterprise_id), coalesce(sum(p.agreed_investment_cny), 0)
                from stage_as_of s join investment_project p on p.id = s.investment_project_id
                where p.strategic_investor and s.to_stage <> 'DROPPED'
                """).setParameter("to", to));
        return new CountAndSum(count(row[0]), money(row[1]));
    }

    /** Capital arrived in the period: [domestic yuan, foreign US dollars]. */
    public BigDecimal[] capitalInPlace(LocalDate from, LocalDate to) {
        Object[] row = single(em.createNativeQuery("""
                select coalesce(sum(amount_cny), 0), coalesce(sum(amount_usd), 0)
                from capital_arrival where arrived_on between :from and :to
                """).setParameter("from", from).setParameter("to", to));
        return new BigDecimal[] { money(row[0]), money(row[1]) };
    }

    /** Financing arranged in the period: [arranged, received, received for infrastructure, subsidies received by enterprises]. */
    public BigDecimal[] financing(LocalDate from, LocalDate to) {
        Object[] row = single(em.createNativeQuery("""
                select coalesce(sum(arranged_cny), 0), coalesce(sum(received_cny), 0),
                       coalesce(sum(received_cny) filter (where beneficiary = 'ZONE_INFRASTRUCTURE'), 0),
                       coalesce(sum(received_cny) filter (where kind = 'SUBSIDY' and beneficiary = 'ENTERPRISE'), 0)
                from financing where arranged_on between :from and :to
                """).setParameter("from", from).setParameter("to", to));
        return new BigDecimal[] { money(row[0]), money(row[1]), money(row[2]), money(row[3]) };
    }

    /**
     * Infrastructure completed in the period, and under construction at its end (started, not completed by then);
     * earthwork and land levelled by both.
     */
    public Infrastructure infrastructure(LocalDate from, LocalDate to) {
        Object[] row = single(em.createNativeQuery("""
                with counted as (
                    select *, completed_on between :from and :to as done,
                           started_on <= :to and (completed_on is null or completed_on > :to) as building
                    from infrastructure_project)
                select count(*) filter (where done), coalesce(sum(investment_completed_cny) filter (where done), 0),
                       count(*) filter (where building), coalesce(sum(budget_cny) filter (where building), 0),
                       coalesce(sum(investment_completed_cny) filter (where building), 0),
                       coalesce(sum(earthwork_m3) filter (where done or building), 0),
                       coalesce(sum(land_levelled_mu) filter (where done or building), 0)
                from counted
                """).setParameter("from", from).setParameter("to", to));
        return new Infrastructure(count(row[0]), money(row[1]), count(row[2]), money(row[3]), money(row[4]),
                money(row[5]), money(row[6]));
    }

    /** The sum of one monthly enterprise figure over the months that overlap the period. */
    public BigDecimal enterpriseTotal(Indicator indicator, LocalDate from, LocalDate to) {
        String column = switch (indicator) {
            case TAX_PAID_CNY -> "tax_paid_cny";
            case INDUSTRIAL_ADDED_VALUE_CNY -> "industrial_added_value_cny";
            case FIXED_ASSET_INVESTMENT_CNY -> "fixed_asset_investment_cny";
            default -> throw new IllegalArgumentException(indicator + " is not a monthly enterprise figure");
        };
        return money(em.createNativeQuery("select coalesce(sum(" + column + "), 0) from enterprise_monthly_figure"
                + " where month between cast(date_trunc('month', cast(:from as date)) as date) and :to")
                .setParameter("from", from).setParameter("to", to).getSingleResult());
    }

    /** An indicator's actual value for the period, computed from the records. */
    public BigDecimal actual(Indicator indicator, LocalDate from, LocalDate to) {
        return switch (indicator) {
            case CAPITAL_IN_PLACE_DOMESTIC_CNY -> capitalInPlace(from, to)[0];
            case LANDED_INVESTMENT_CNY -> landed(from, to).investmentCny();
            default -> enterpriseTotal(indicator, from, to);
        };
    }

    /**
     * Enterprises that paid more than {@code threshold} yuan of tax in the period: how many, and the names of those
     * that paid over 50% more than in the same period a year before, the largest taxpayer first.
     */
    public TaxPayers taxPayersAbove(BigDecimal threshold, LocalDate from, LocalDate to) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                with now as (
                    select enterprise_id, sum(tax_paid_cny) as tax from enterprise_monthly_figure
                    where month between cast(date_trunc('month', cast(:from as date)) as date) and :to
                    group by enterprise_id having sum(tax_paid_cny) > :threshold),
                before as (
                    select enterprise_id, sum(tax_paid_cny) as tax from enterprise_monthly_figure
                    where month between cast(date_trunc('month', cast(:fromBefore as date)) as date) and :toBefore
                    group by enterprise_id)
                select e.name, coalesce(b.tax > 0 and n.tax > b.tax * 1.5, false)
                from now n join enterprise e on e.id = n.enterprise_id
                left join before b on b.enterprise_id = n.enterprise_id
                order by n.tax desc, e.name
                """).setParameter("from", from).setParameter("to", to).setParameter("threshold", threshold)
                .setParameter("fromBefore", from.minusYears(1)).setParameter("toBefore", to.minusYears(1))
                .getResultList();
        return new TaxPayers(rows.size(),
                rows.stream().filter(row -> (Boolean) row[1]).map(row -> (String) row[0]).toList());
    }

    /**
     * Tax paid in the months of the period by the industrial enterprises (利废企业 included): [all of them, those
     * above designated size (规模以上工业企业)].
     */
    public BigDecimal[] industrialTaxPaid(LocalDate from, LocalDate to) {
        Object[] row = single(em.createNativeQuery("""
                select coalesce(sum(f.tax_paid_cny) filter (where e.industrial), 0),
                       coalesce(sum(f.tax_paid_cny) filter (where e.industrial and e.above_designated_size), 0)
                from enterprise_monthly_figure f join enterprise e on e.id = f.enterprise_id
                where f.month between cast(date_trunc('month', cast(:from as date)) as date) and :to
                """).setParameter("from", from).setParameter("to", to));
        return new BigDecimal[] { money(row[0]), money(row[1]) };
    }

    /**
     * The enterprises that received subsidies (财政奖补贴息) arranged in the period, by name: in the order their
     * first subsidy was arranged, the larger first on the same day.
     */
    @SuppressWarnings("unchecked")
    public List<String> subsidisedEnterprises(LocalDate from, LocalDate to) {
        return em.createNativeQuery("""
                select e.name from financing f join enterprise e on e.id = f.enterprise_id
                where f.kind = 'SUBSIDY' and f.beneficiary = 'ENTERPRISE' and f.received_cny > 0
                  and f.arranged_on between :from and :to
                group by e.id, e.name
                order by min(f.arranged_on), max(f.received_cny) desc, e.name
                """).setParameter("from", from).setParameter("to", to).getResultList();
    }

    /** Scheduling meetings held in the period. */
    public long meetingsHeld(LocalDate from, LocalDate to) {
        return count(em.createNativeQuery("select count(*) from scheduling_meeting where held_on between :from and :to")
                .setParameter("from", from).setParameter("to", to).getSingleResult());
    }

    /** Liaison groups following at least one project in the pipeline, not dropped, on the date. */
    public long liaisonGroups(LocalDate to) {
        return count(em.createNativeQuery(STAGE_AS_OF + """
                select count(distinct p.liaison_group)
                from stage_as_of s join investment_project p on p.id = s.investment_project_id
                where s.to_stage <> 'DROPPED'
                """).setParameter("to", to).getSingleResult());
    }

    private static Object[] single(Query query) {
        return (Object[]) query.getSingleResult();
    }

    private static long count(Object value) {
        return ((Number) value).longValue();
    }

    private static BigDecimal money(Object value) {
        return value instanceof BigDecimal decimal ? decimal.setScale(2) : new BigDecimal(value.toString()).setScale(2);
    }
}
