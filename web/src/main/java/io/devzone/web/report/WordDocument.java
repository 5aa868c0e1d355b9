package io.devzone.web.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFRun.FontCharRange;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;

import io.devzone.web.report.Report.Heading;
import io.devzone.web.report.Report.Paragraph;

/**
 * A report as a Word document (.docx, Apache POI) set as a government document is (党政机关公文格式, GB/T 9704): A4
 * with its margins, the title in 黑体 二号 centred, a first-level heading in 黑体 三号, a second-level one in 仿宋 三号
 * bold, the body in 宋体 三号 indented two characters on a fixed 28-point line, and the page number "— n —" in the
 * footer. Every run names its East-Asian font, so Word does not fall back to its Latin one for the Chinese text.
 */
public final class WordDocument {

    static final String BODY_FONT = "宋体";
    static final String HEADING_FONT = "黑体";
    static final String SUBHEADING_FONT = "仿宋";
    /** Figures and Latin letters in the runs. */
    static final String LATIN_FONT = "Times New Roman";
    private static final int TITLE_SIZE = 22;
    private static final int BODY_SIZE = 16;
    private static final int FOOTER_SIZE = 14;
    /** Twentieths of a point: a fixed 28-point line, 22 lines on a page. */
    private static final int LINE = 28 * 20;
    /** Twentieths of a point per millimetre. */
    private static final double MM = 1440 / 25.4;

    private WordDocument() {
    }

    public static byte[] of(Report report) {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.getProperties().getCoreProperties().setTitle(report.title());
            page(document);
            XWPFParagraph title = paragraph(document, ParagraphAlignment.CENTER, 0);
            run(title, report.title(), HEADING_FONT, TITLE_SIZE, false);
            title.setSpacingAfter(LINE);
            for (Report.Block block : report.blocks()) {
                if (block instanceof Heading heading) {
                    XWPFParagraph paragraph = paragraph(document, ParagraphAlignment.LEFT, 2);
                    run(paragraph, heading.text(), heading.level() == 1 ? HEADING_FONT : SUBHEADING_FONT, BODY_SIZE,
                            heading.level() > 1);
                } else if (block instanceof Paragraph text) {
                    XWPFParagraph paragraph = text.closing()
                            ? paragraph(document, ParagraphAlignment.RIGHT, 0)
                            : paragraph(document, ParagraphAlignment.BOTH, 2);
                    text.runs().forEach(r -> run(paragraph, r.text(), BODY_FONT, BODY_SIZE, false));
                }
            }
            pageNumbers(document);
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the report as a Word document", e);
        }
    }

    /** A4, margins 37 mm top, 35 bottom, 28 left, 26 right. */
    private static void page(XWPFDocument document) {
        CTSectPr section = document.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.addNewPgSz();
        size.setW(BigInteger.valueOf(11906));
        size.setH(BigInteger.valueOf(16838));
        CTPageMar margins = section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(Math.round(37 * MM)));
        margins.setBottom(BigInteger.valueOf(Math.round(35 * MM)));
        margins.setLeft(BigInteger.valueOf(Math.round(28 * MM)));
        margins.setRight(BigInteger.valueOf(Math.round(26 * MM)));
        margins.setFooter(BigInteger.valueOf(Math.round(28 * MM)));
    }

    private static XWPFParagraph paragraph(XWPFDocument document, ParagraphAlignment alignment, int indentChars) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setAlignment(alignment);
        paragraph.setSpacingBetween(LINE / 20.0, LineSpacingRule.EXACT);
        if (indentChars > 0) {
            // in characters (hundredths) for Word, which then follows the font size; in twips for other readers
            paragraph.setIndentationFirstLine(indentChars * BODY_SIZE * 20);
            paragraph.getCTPPr().getInd().setFirstLineChars(BigInteger.valueOf(indentChars * 100L));
        }
        return paragraph;
    }

    private static XWPFRun run(XWPFParagraph paragraph, String text, String font, int size, boolean bold) {
        XWPFRun run = paragraph.createRun();
        if (!text.isEmpty()) {
            run.setText(text);
        }
        run.setFontFamily(LATIN_FONT, FontCharRange.ascii);
        run.setFontFamily(LATIN_FONT, FontCharRange.hAnsi);
        run.setFontFamily(font, FontCharRange.eastAsia);
        run.setFontSize(size);
        run.setBold(bold);
        return run;
    }

    /** "— n —" centred in the footer, n Word's PAGE field. */
    private static void pageNumbers(XWPFDocument document) {
        XWPFFooter footer = document.createFooter(HeaderFooterType.DEFAULT);
        XWPFParagraph paragraph = footer.createParagraph();
        paragraph.setAlignment(ParagraphAlignment.CENTER);
        run(paragraph, "— ", BODY_FONT, FOOTER_SIZE, false);
        run(paragraph, "", BODY_FONT, FOOTER_SIZE, false).getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
        run(paragraph, "", BODY_FONT, FOOTER_SIZE, false).getCTR().addNewInstrText().setStringValue(" PAGE ");
        run(paragraph, "", BODY_FONT, FOOTER_SIZE, false).getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
        run(paragraph, "1", BODY_FONT, FOOTER_SIZE, false);
        run(paragraph, "", BODY_FONT, FOOTER_SIZE, false).getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
        run(paragraph, " —", BODY_FONT, FOOTER_SIZE, false);
    }
}
