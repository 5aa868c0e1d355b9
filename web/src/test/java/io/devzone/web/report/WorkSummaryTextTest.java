package io.devzone.web.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import io.vertx.core.json.JsonObject;

/**
 * The text from a gateway answer in which one section was refused to the caller and another department did not
 * answer: the report is still written, saying which figures are not the caller's to read. The figures of the demo
 * data through the whole suite: system-tests' {@code WorkSummaryDocumentIT}.
 */
class WorkSummaryTextTest {

    private static final ReportPeriod H1 = ReportPeriod.parse("2011-01-01", "2011-06-30");

    private static String text(Report report) {
        StringBuilder text = new StringBuilder();
        report.blocks().forEach(block -> text.append(block instanceof Report.Paragraph p ? p.text()
                : ((Report.Heading) block).text()).append('\n'));
        return text.toString();
    }

    @Test
    void aRefusedSectionIsSaidToBeNotTheCallersAndTheRestIsWritten() {
        JsonObject answer = new JsonObject("""
                {"data": {"workSummary": {"investment": {"taxPaidCny": 352000000.00, "landedProjects": 10},
                                          "land": null, "partyAffairs": null},
                          "problems": {"items": [{"description": "林地手续涉及部门多", "owner": "张三", "dueOn": "2011-05-31"},
                                                 {"description": "设计招标环节多", "owner": "李四", "dueOn": "2011-07-31"}]},
                          "disputes": null},
                 "errors": [{"message": "only land and leader", "path": ["workSummary", "land"],
                             "extensions": {"code": "FORBIDDEN"}},
                            {"message": "party-affairs-service did not answer", "path": ["workSummary", "partyAffairs"],
                             "extensions": {"code": "SUBGRAPH_UNAVAILABLE"}},
                            {"message": "no", "path": ["disputes"], "extensions": {"code": "FORBIDDEN"}}]}""");

        Report report = WorkSummaryText.of(H1, answer, LocalDate.of(2011, 6, 21));
        String text = text(report);

        assertEquals("资兴经济开发区2011年上半年工作总结", report.title());
        assertTrue(text.contains("园区企业实缴税金35,200万元"), text);
        assertTrue(text.contains("园区成功落户项目10个"), text);
        assertTrue(text.contains("已完成征地" + GatewayAnswer.NOT_YOURS), text);
        assertTrue(text.contains("共发展党员" + GatewayAnswer.UNAVAILABLE), text);
        assertTrue(text.contains("尚未解决的征地纠纷" + GatewayAnswer.NOT_YOURS), text);
        assertTrue(text.contains("⑴林地手续涉及部门多（责任人：张三，时限：2011-05-31，已逾期）"), text);
        assertTrue(text.contains("⑵设计招标环节多（责任人：李四，时限：2011-07-31）"), text);
        assertTrue(text.contains("二、存在的主要困难和问题") && text.contains("三、下半年工作计划"), text);
        assertFalse(text.contains("null"), text);
    }

    @Test
    void aPeriodIsNamedAsTheSourceNamesIt() {
        assertEquals("上半年", H1.name());
        assertEquals("全年", ReportPeriod.parse("2011-01-01", "2011-12-31").name());
        assertEquals("3─5月", ReportPeriod.parse("2011-03-01", "2011-05-31").name());
        assertEquals(50.0, H1.yearElapsedPercent(), 1e-9);
    }
}
