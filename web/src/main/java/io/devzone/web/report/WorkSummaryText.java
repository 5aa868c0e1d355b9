package io.devzone.web.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import io.vertx.core.json.JsonObject;

import io.devzone.web.report.Report.Block;
import io.devzone.web.report.Report.Heading;
import io.devzone.web.report.Report.Paragraph;
import io.devzone.web.report.Report.Run;
import io.devzone.web.report.ZoneNumbers.Unit;

/**
 * The work summary's text in the source document's structure (docs/source-report.md): the opening, 一 with the
 * economic indicators and the six work areas, 二 the difficulties, 三 the plan, every figure from {@link #QUERY}
 * (one request through the gateway with the caller's token) and a figure the caller may not read said so in its
 * place. It tells what the web app's work summary page tells, in the same words.
 */
public final class WorkSummaryText {

    /**
     * The report's figures and the records it names, the query the web app's work summary page asks too (so both tell
     * the same report, and the app's build types it against the composed schema); the paths below read its answer.
     */
    public static final String QUERY = resource("WorkSummaryReport.graphql");

    private static final String INV = "workSummary.investment.";
    private static final String LAND = "workSummary.land.";
    private static final String PARTY = "workSummary.partyAffairs.";
    private static final Map<String, String> STEP_WORDS = Map.of(
            "APPROVED", "已完成", "PENDING", "正在办理", "REJECTED", "未获批准");
    private static final Map<String, String> ACTIVITY_WORDS = Map.of(
            "PARTY_LECTURE", "党课辅导", "DEMOCRATIC_LIFE_MEETING", "民主生活会", "THEMED_ACTIVITY", "主题活动",
            "TRAINING", "培训班", "JOB_FAIR", "企业用工招聘会", "SPORTS_MEET", "趣味运动会",
            "KNOWLEDGE_QUIZ", "知识抢答赛", "OTHER", "其他活动");
    private static final String CIRCLED = "⑴⑵⑶⑷⑸⑹⑺⑻⑼⑽";

    private final ReportPeriod period;
    private final GatewayAnswer answer;
    private final LocalDate today;
    private final String name;
    private final List<Block> blocks = new ArrayList<>();

    private static String resource(String name) {
        try (InputStream in = WorkSummaryText.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + name, e);
        }
    }

    private WorkSummaryText(ReportPeriod period, JsonObject answer, LocalDate today) {
        this.period = period;
        this.answer = new GatewayAnswer(answer);
        this.today = today;
        this.name = period.name();
    }

    /** The variables of {@link #QUERY} for a period. */
    public static JsonObject variables(ReportPeriod period) {
        return new JsonObject().put("from", period.from().toString()).put("to", period.to().toString());
    }

    /**
     * The report from the gateway's answer to {@link #QUERY}; {@code today} in the zone's calendar decides which open
     * problems are overdue (by the period's end when that is earlier).
     */
    public static Report of(ReportPeriod period, JsonObject answer, LocalDate today) {
        return new WorkSummaryText(period, answer, today).write();
    }

    private Report write() {
        opening();
        blocks.add(new Heading(1, "一、" + name + "经济指标完成及主要工作推进情况"));
        blocks.add(new Heading(2, "（一）主要经济指标完成情况"));
        indicators();
        blocks.add(new Heading(2, "（二）主要工作推进情况"));
        infrastructure();
        investment();
        financing();
        land();
        partyBuilding();
        scheduling();
        blocks.add(new Heading(1, "二、存在的主要困难和问题"));
        difficulties();
        blocks.add(new Heading(1, "三、下半年工作计划"));
        // No record holds a plan yet: the section says so rather than inventing one
        blocks.add(para().t("下半年工作计划尚未录入系统，本节待相关部门录入计划后自动生成。").done());
        blocks.add(new Paragraph(List.of(new Run("资兴经济开发区", false)), true));
        return new Report("资兴经济开发区" + period.from().getYear() + "年" + name + "工作总结", List.copyOf(blocks));
    }

    private void opening() {
        BigDecimal iav = answer.decimal(INV + "industrialAddedValueTargetCompletionPercent");
        BigDecimal tax = answer.decimal(INV + "taxPaidTargetCompletionPercent");
        BigDecimal lower = iav == null ? tax : tax == null ? iav : iav.min(tax);
        double elapsed = period.yearElapsedPercent();
        boolean doubleHalf = lower != null && elapsed >= 50 - 1e-9 && lower.doubleValue() >= 50;
        blocks.add(para().t(name + "，开发区坚持以项目建设为主线，攻坚克难抓项目，加快建设提形象，集中精力建园区，各项工作目标")
                .t(doubleHalf ? "实现了" : "尚未实现").fig("“双过半”")
                .t("（时间进度").fig(ZoneNumbers.percent(BigDecimal.valueOf(elapsed)))
                .t("，年度目标完成")
                .fig(lower == null ? answer.missing(INV + "taxPaidTargetCompletionPercent") : ZoneNumbers.percent(lower))
                .t("）。现就开发区" + name + "工作情况总结如下：").done());
    }

    private void indicators() {
        blocks.add(para().t(period.months() + "，开发区园区规模工业累计实现增加值")
                .f(INV + "industrialAddedValueCny", v -> ZoneNumbers.yuan(v, Unit.YI))
                .t("，同比增长").f(INV + "industrialAddedValueYoyGrowthPercent", ZoneNumbers::percent)
                .t("，完成年度目标任务的").f(INV + "industrialAddedValueTargetCompletionPercent", ZoneNumbers::percent)
                .t("。完成固定资产投资").f(INV + "fixedAssetInvestmentCny", v -> ZoneNumbers.yuan(v, Unit.YI))
                .t("，同比增长").f(INV + "fixedAssetInvestmentYoyGrowthPercent", ZoneNumbers::percent)
                .t("。园区企业实缴税金").f(INV + "taxPaidCny", v -> ZoneNumbers.yuan(v, Unit.WAN))
                .t("，完成全年目标任务的").f(INV + "taxPaidTargetCompletionPercent", ZoneNumbers::percent)
                .t("，同比增长").f(INV + "taxPaidYoyGrowthPercent", ZoneNumbers::percent)
                .t("。纳税过100万元的企业共").count(INV + "enterprisesPayingTaxOver1Million", "家")
                .t("，其中").count(INV + "enterprisesPayingTaxOver1MillionGrowingOver50Percent", "家")
                .t("税收增幅超过50%。").done());
    }

    private void infrastructure() {
        List<String> completed = new ArrayList<>();
        List<String> building = new ArrayList<>();
        for (JsonObject project : answer.objects("infrastructure.items")) {
            String completedOn = project.getString("completedOn");
            if ("COMPLETED".equals(project.getString("status")) && completedOn != null
                    && !LocalDate.parse(completedOn).isBefore(period.from())
                    && !LocalDate.parse(completedOn).isAfter(period.to())) {
                completed.add(project.getString("name"));
            } else if ("UNDER_CONSTRUCTION".equals(project.getString("status"))) {
                building.add(project.getString("name"));
            }
        }
        BigDecimal completion = answer.decimal(INV + "infrastructureUnderConstructionCompletionPercent");
        Para text = para().t("1、狠抓基础建设，投资环境得到新改善。" + name + "已完成的项目有")
                .count(INV + "infrastructureCompleted", "项").names(completed)
                .t("。竣工工程累计完成投资达").f(INV + "infrastructureCompletedInvestmentCny", v -> ZoneNumbers.yuan(v, Unit.WAN))
                .t("。目前，正在按计划组织施工的项目有").count(INV + "infrastructureUnderConstruction", "项").names(building)
                .t("，项目总投资").f(INV + "infrastructureUnderConstructionBudgetCny", v -> ZoneNumbers.yuan(v, Unit.WAN))
                .t("，其已完成投资").f(INV + "infrastructureUnderConstructionCompletedCny", v -> ZoneNumbers.yuan(v, Unit.WAN));
        if (completion != null) {
            text.t("，完成任务的").fig(ZoneNumbers.percent(completion));
        }
        blocks.add(text.t("。" + name + "，竣工项目和在建项目共完成土石方")
                .f(INV + "earthworkM3", v -> ZoneNumbers.number(v.movePointLeft(4)) + "万立方米")
                .t("，平整土地").f(INV + "landLevelledMu", v -> ZoneNumbers.number(v) + "亩").t("。").done());
    }

    private void investment() {
        BigDecimal foreignGrowth = answer.decimal(INV + "capitalInPlaceForeignYoyGrowthPercent");
        Set<String> strategic = new LinkedHashSet<>();
        for (JsonObject project : answer.objects("strategic.items")) {
            JsonObject enterprise = project.getJsonObject("enterprise");
            if (!"DROPPED".equals(project.getString("stage")) && enterprise != null && enterprise.getString("name") != null) {
                strategic.add(enterprise.getString("name"));
            }
        }
        Para text = para().t("2、创新招商模式，招商引资获得新突破。" + name + "，园区成功落户项目")
                .count(INV + "landedProjects", "个")
                .t("，其中投资上亿的项目").count(INV + "landedProjectsOver100Million", "个")
                .t("，投资2000万元以上的项目").count(INV + "landedProjects20To100Million", "个")
                .t("，项目累计总投资").f(INV + "landedInvestmentCny", ZoneNumbers::yuan)
                .t("；完成招商引资到位内资").f(INV + "capitalInPlaceDomesticCny", ZoneNumbers::yuan)
                .t("，实际利用外资").f(INV + "capitalInPlaceForeignUsd", ZoneNumbers::usd);
        if (foreignGrowth != null) {
            text.t("，增幅达").fig(ZoneNumbers.percent(foreignGrowth));
        }
        blocks.add(text.t("。" + name + "，已达成投资意向的招商项目有").count(INV + "intentProjects", "个")
                .t("，总投资").f(INV + "intentInvestmentCny", ZoneNumbers::yuan)
                .t("；正在跟踪洽谈的招商项目有").count(INV + "negotiatingProjects", "个")
                .t("，还有战略投资者" + String.join("、", strategic) + "等").count(INV + "strategicInvestors", "家")
                .t("，总投资").f(INV + "strategicInvestmentCny", v -> ZoneNumbers.over(v, Unit.YI)).t("。").done());
    }

    private void financing() {
        blocks.add(para().t("3、拓宽筹资渠道，企业融资取得新进展。" + name + "，共为园区企业融资")
                .f(INV + "financingArrangedCny", ZoneNumbers::yuan)
                .t("，已到位资金").f(INV + "financingReceivedCny", ZoneNumbers::yuan)
                .t("，其中为园区基础设施建设争取资金").f(INV + "financingForInfrastructureCny", v -> ZoneNumbers.yuan(v, Unit.WAN))
                .t("，为园区内企业争取省、市财政奖补贴息资金")
                .f(INV + "enterpriseSubsidiesReceivedCny", v -> ZoneNumbers.over(v, Unit.WAN)).t("。").done());
    }

    private void land() {
        Para text = para().t("4、拓展发展空间，扩园提质形成新局面。");
        for (JsonObject application : answer.objects(LAND + "expansion")) {
            text.t(application.getString("title") + "：");
            List<JsonObject> steps = GatewayAnswer.objectsIn(application.getValue("steps"));
            for (int i = 0; i < steps.size(); i++) {
                text.t((i > 0 ? "，" : "") + steps.get(i).getString("name"))
                        .fig(STEP_WORDS.getOrDefault(steps.get(i).getString("status"), steps.get(i).getString("status")));
            }
            text.t("。");
        }
        text.t(name + "，已完成征地").f(LAND + "acquiredMu", v -> ZoneNumbers.number(v) + "亩");
        List<JsonObject> parcels = answer.objects(LAND + "acquiredByParcel");
        if (!parcels.isEmpty()) {
            text.t("（");
            for (int i = 0; i < parcels.size(); i++) {
                text.t((i > 0 ? "，" : "") + parcels.get(i).getString("name") + "征地")
                        .fig(ZoneNumbers.number(new BigDecimal(parcels.get(i).getValue("acquiredMu").toString())) + "亩");
            }
            text.t("）");
        }
        blocks.add(text.t("，与拆迁户签订拆迁合同").count(LAND + "relocationContractsSigned", "户")
                .t("。已办理园区常规用地").count(LAND + "landUseCasesHandled", "宗").t("。").done());
    }

    private void partyBuilding() {
        List<String> activities = new ArrayList<>();
        for (JsonObject activity : answer.objects(PARTY + "activitiesByType")) {
            if (activity.getInteger("count", 0) > 0) {
                activities.add(ACTIVITY_WORDS.getOrDefault(activity.getString("type"), activity.getString("type"))
                        + activity.getInteger("count") + "次");
            }
        }
        Para text = para().t("5、致力创先争优，党建工作获得新发展。" + name + "，开展党建活动")
                .count(PARTY + "activitiesHeld", "次");
        if (!activities.isEmpty()) {
            text.t("（" + String.join("、", activities) + "）");
        }
        text.t("，召开民主生活会").count(PARTY + "democraticLifeMeetingsHeld", "次")
                .t("。共发展党员").count(PARTY + "membersDeveloped", "名");
        if (answer.value(PARTY + "membersDevelopedByCategory") != null) {
            text.t("，其中干部").fig(categoryCount("CADRE") + "名")
                    .t("、非公企业员工").fig(categoryCount("NON_PUBLIC_ENTERPRISE_EMPLOYEE") + "名");
        }
        blocks.add(text.t("。").done());
    }

    private int categoryCount(String category) {
        return answer.objects(PARTY + "membersDevelopedByCategory").stream()
                .filter(c -> category.equals(c.getString("category")))
                .mapToInt(c -> c.getInteger("count", 0)).sum();
    }

    private void scheduling() {
        List<String> days = answer.objects("meetings.items").stream()
                .map(m -> ReportPeriod.monthDay(LocalDate.parse(m.getString("heldOn")))).toList();
        Para text = para().t("6、强化目标考核，项目建设赢得新推进。开发区领导小组下设").count(INV + "liaisonGroups", "个")
                .t("项目联络工作组，狠抓项目建设的周调度与月调度。" + name + "，我区");
        if (!days.isEmpty()) {
            text.t("分别于").fig(String.join("、", days));
        }
        blocks.add(text.t("召开了项目建设调度会").count(INV + "schedulingMeetings", "次").t("，全面开展项目管理跟踪调度。").done());
    }

    private void difficulties() {
        List<String> disputes = answer.objects("disputes.items").stream()
                .filter(d -> !"RESOLVED".equals(d.getString("status"))).map(d -> d.getString("subject")).toList();
        Para first = para().t("1、征地扫尾难，拆迁安置具体问题多。");
        if (answer.value("disputes") == null) {
            first.t("尚未解决的征地纠纷").t(answer.missing("disputes"));
        } else {
            first.t("尚未解决的征地纠纷").fig(disputes.size() + "起");
            if (!disputes.isEmpty()) {
                first.t("：" + String.join("；", disputes));
            }
        }
        blocks.add(first.t("。").done());

        LocalDate reference = period.to().isBefore(today) ? period.to() : today;
        List<JsonObject> problems = answer.objects("problems.items");
        Para second = para().t("2、园区项目建设上存在的主要问题");
        if (answer.value("problems") == null) {
            second.t("：").t(answer.missing("problems")).t("。");
        } else if (problems.isEmpty()) {
            second.t("：无。");
        } else {
            second.t("为：");
            for (int i = 0; i < problems.size(); i++) {
                JsonObject problem = problems.get(i);
                LocalDate due = LocalDate.parse(problem.getString("dueOn"));
                second.t((i < CIRCLED.length() ? String.valueOf(CIRCLED.charAt(i)) : "(" + (i + 1) + ")")
                        + problem.getString("description") + "（责任人：" + problem.getString("owner") + "，时限：")
                        .fig(due + (due.isBefore(reference) ? "，已逾期" : ""))
                        .t("）" + (i < problems.size() - 1 ? "；" : "。"));
            }
        }
        blocks.add(second.done());
    }

    private Para para() {
        return new Para();
    }

    /** A paragraph being written: text, and figures from the answer or why there is none. */
    private final class Para {
        private final List<Run> runs = new ArrayList<>();

        Para t(String text) {
            runs.add(new Run(text, false));
            return this;
        }

        Para fig(String text) {
            runs.add(new Run(text, true));
            return this;
        }

        Para f(String path, Function<BigDecimal, String> format) {
            BigDecimal value = answer.decimal(path);
            return value == null ? t(answer.missing(path)) : fig(format.apply(value));
        }

        Para count(String path, String measure) {
            return f(path, v -> ZoneNumbers.number(v) + measure);
        }

        /** "：name、name" after a count, when the records name them. */
        Para names(List<String> names) {
            return names.isEmpty() ? this : t("：" + String.join("、", names));
        }

        Paragraph done() {
            return new Paragraph(List.copyOf(runs), false);
        }
    }
}
