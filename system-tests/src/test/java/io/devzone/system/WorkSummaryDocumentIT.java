package io.devzone.system;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFRun.FontCharRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.restassured.specification.RequestSpecification;

/**
 * The work summary as a Word document from the web server ({@code /api/reports/work-summary.docx}), read back with
 * Apache POI: on the demo data, the source report's figures (docs/source-report.md, by number) in its sections and
 * typography, from one query the web server asks the gateway with the caller's token.
 */
@ExtendWith(RunningSuite.class)
class WorkSummaryDocumentIT {

    private static final String H1_2011 = "?from=2011-01-01&to=2011-06-30";
    private static final String DOCX = "/api/reports/work-summary.docx";

    /** Each statement of the source as the document must write it, where it says it (its number in the table). */
    private static final Map<String, String> SOURCE = new LinkedHashMap<>();

    static {
        SOURCE.put("#2", "园区规模工业累计实现增加值26.5亿元");
        SOURCE.put("#3", "同比增长40%");
        SOURCE.put("#6", "完成年度目标任务的51.7%");
        SOURCE.put("#7", "完成固定资产投资15亿元");
        SOURCE.put("#8", "同比增长51%");
        SOURCE.put("#9", "园区企业实缴税金35,200万元");
        SOURCE.put("#10", "完成全年目标任务的50%");
        SOURCE.put("#11", "同比增长48.9%");
        SOURCE.put("#15", "纳税过100万元的企业共12家");
        SOURCE.put("#16", "其中6家税收增幅超过50%");
        SOURCE.put("#19", "已完成的项目有13项");
        SOURCE.put("#21", "竣工工程累计完成投资达2,077万元");
        SOURCE.put("#22", "正在按计划组织施工的项目有7项");
        SOURCE.put("#23", "项目总投资1,735万元");
        SOURCE.put("#24", "其已完成投资855万元");
        SOURCE.put("#26", "共完成土石方70万立方米");
        SOURCE.put("#27", "平整土地350亩");
        SOURCE.put("#31", "园区成功落户项目10个");
        SOURCE.put("#32", "其中投资上亿的项目4个");
        SOURCE.put("#33", "投资2000万元以上的项目6个");
        SOURCE.put("#34", "项目累计总投资12.85亿元");
        SOURCE.put("#35", "到位内资6.8亿元");
        SOURCE.put("#36", "实际利用外资3,000万美元");
        SOURCE.put("#39", "已达成投资意向的招商项目有10个");
        SOURCE.put("#40", "总投资5.6亿元");
        SOURCE.put("#41", "正在跟踪洽谈的招商项目有8个");
        SOURCE.put("#42", "等3家");
        SOURCE.put("#43", "总投资30余亿元");
        SOURCE.put("#44", "共为园区企业融资1.625亿元");
        SOURCE.put("#45", "已到位资金1.2亿元");
        SOURCE.put("#46", "为园区基础设施建设争取资金1,000万元");
        SOURCE.put("#47", "财政奖补贴息资金500余万元");
        SOURCE.put("#52-53", "已完成征地271亩");
        SOURCE.put("#54", "签订拆迁合同5户");
        SOURCE.put("#55", "已办理园区常规用地25宗");
        SOURCE.put("#56", "共发展党员8名");
        SOURCE.put("#57", "其中干部2名");
        SOURCE.put("#58", "非公企业员工6名");
        SOURCE.put("#60", "领导小组下设8个项目联络工作组");
        SOURCE.put("#61", "分别于3月2日、3月15日、6月8日召开了项目建设调度会3次");
    }

    private static RequestSpecification web(String token) {
        RequestSpecification request = given().baseUri(RunningSuite.service("web").toString());
        return token == null ? request : request.auth().oauth2(token);
    }

    @Test
    void theDocumentCarriesTheSourcesFiguresInItsSectionsAndTypography() throws IOException {
        byte[] bytes = web(Keycloak.leader()).get(DOCX + H1_2011).then()
                .statusCode(200)
                .contentType("application/vnd.openxmlformats-officedocument.wordprocessingml.document")
                .header("Content-Disposition", containsString("work-summary-2011-01-01-2011-06-30.docx"))
                .header("Cache-Control", "no-store")
                .extract().asByteArray();

        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            List<XWPFParagraph> paragraphs = document.getParagraphs();
            String text = String.join("\n", paragraphs.stream().map(XWPFParagraph::getText).toList());

            List<String> missing = new ArrayList<>();
            SOURCE.forEach((figure, words) -> {
                if (!text.contains(words)) {
                    missing.add(figure + " \"" + words + "\"");
                }
            });
            assertTrue(missing.isEmpty(), "The document lacks " + missing + ":\n" + text);

            assertEquals("资兴经济开发区2011年上半年工作总结", paragraphs.get(0).getText());
            XWPFParagraph one = paragraph(paragraphs, "一、上半年经济指标完成及主要工作推进情况");
            XWPFParagraph two = paragraph(paragraphs, "二、存在的主要困难和问题");
            XWPFParagraph three = paragraph(paragraphs, "三、下半年工作计划");
            assertTrue(paragraphs.indexOf(one) < paragraphs.indexOf(two)
                    && paragraphs.indexOf(two) < paragraphs.indexOf(three), "一, 二, 三 in the source's order");
            for (String area : List.of("1、狠抓基础建设", "2、创新招商模式", "3、拓宽筹资渠道", "4、拓展发展空间",
                    "5、致力创先争优", "6、强化目标考核")) {
                assertTrue(text.contains(area), "the work area " + area);
            }
            assertTrue(text.contains("实现了“双过半”"), "the demo data reaches 双过半");
            assertTrue(text.contains("（责任人："), "二 names each open problem's owner");

            // Government-document typography: every run names its East-Asian font
            assertFonts(paragraphs.get(0), "黑体");
            assertEquals(22.0, paragraphs.get(0).getRuns().get(0).getFontSizeAsDouble());
            assertFonts(one, "黑体");
            assertFonts(paragraph(paragraphs, "（一）主要经济指标完成情况"), "仿宋");
            assertFonts(paragraph(paragraphs, "园区企业实缴税金"), "宋体");
            for (XWPFParagraph paragraph : paragraphs) {
                for (XWPFRun run : paragraph.getRuns()) {
                    assertTrue(Set.of("宋体", "黑体", "仿宋").contains(run.getFontFamily(FontCharRange.eastAsia)),
                            () -> "a run without its East-Asian font: " + run.text());
                }
            }

            String footer = document.getFooterList().get(0).getParagraphs().get(0).getCTP().xmlText();
            assertTrue(footer.contains("PAGE"), "page numbers in the footer: " + footer);
        }
    }

    private static XWPFParagraph paragraph(List<XWPFParagraph> paragraphs, String start) {
        return paragraphs.stream().filter(p -> p.getText().contains(start)).findFirst()
                .orElseThrow(() -> new AssertionError("no paragraph with " + start));
    }

    private static void assertFonts(XWPFParagraph paragraph, String font) {
        for (XWPFRun run : paragraph.getRuns()) {
            assertEquals(font, run.getFontFamily(FontCharRange.eastAsia), () -> "the font of " + run.text());
        }
    }

    @Test
    void thePageHasTheSameContent() {
        String html = web(Keycloak.leader()).get("/api/reports/work-summary.html" + H1_2011).then()
                .statusCode(200)
                .contentType(containsString("text/html"))
                .extract().asString().replaceAll("<[^>]+>", "");
        SOURCE.forEach((figure, words) -> assertTrue(html.contains(words), () -> figure + " \"" + words + "\""));
    }

    /** Each role reads the figures through its own token: a department's user gets the document too. */
    @Test
    void aDepartmentsUserGetsItWithItsOwnToken() throws IOException {
        byte[] bytes = web(Keycloak.land()).get(DOCX + H1_2011).then().statusCode(200).extract().asByteArray();
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            String text = String.join("\n", document.getParagraphs().stream().map(XWPFParagraph::getText).toList());
            assertTrue(text.contains(SOURCE.get("#52-53")) && text.contains(SOURCE.get("#9")), text);
        }
    }

    @Test
    void aBadPeriodIsRefusedAndNoTokenIsUnauthenticated() {
        web(Keycloak.leader()).get(DOCX + "?from=2011-06-31&to=2011-06-30").then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("code", equalTo("VALIDATION_FAILED"))
                .body("errors[0].field", equalTo("from"));
        web(Keycloak.leader()).get(DOCX + "?from=2011-07-01&to=2011-06-30").then()
                .statusCode(400)
                .body("code", equalTo("VALIDATION_FAILED"));
        web(Keycloak.leader()).get(DOCX).then()
                .statusCode(400)
                .body("code", equalTo("VALIDATION_FAILED"));
        web(null).get(DOCX + H1_2011).then()
                .statusCode(401)
                .contentType("application/problem+json")
                .body("code", equalTo("UNAUTHENTICATED"));
        // a token the gateway does not accept: refused the same way, nothing written
        web("not-a-token").get(DOCX + H1_2011).then()
                .statusCode(401)
                .header("WWW-Authenticate", "Bearer")
                .body("code", equalTo("UNAUTHENTICATED"));
    }
}
