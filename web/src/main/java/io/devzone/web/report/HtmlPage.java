package io.devzone.web.report;

import io.devzone.web.report.Report.Heading;
import io.devzone.web.report.Report.Paragraph;

/** A report as a page: the Word document's content and typography, for a browser to show or print. */
public final class HtmlPage {

    private static final String STYLE = """
            body { max-width: 156mm; margin: 2em auto; font: 16pt/28pt "%s", "SimSun", "Noto Serif CJK SC", serif; }
            h1 { font: 22pt/1.6 "%s", "SimHei", "Noto Sans CJK SC", sans-serif; text-align: center; }
            h2 { font: 16pt/28pt "%s", "SimHei", "Noto Sans CJK SC", sans-serif; margin: 0; text-indent: 2em; }
            h3 { font: bold 16pt/28pt "%s", "FangSong", "Noto Serif CJK SC", serif; margin: 0; text-indent: 2em; }
            p { margin: 0; text-indent: 2em; text-align: justify; }
            p.closing { text-align: right; }
            """.formatted(WordDocument.BODY_FONT, WordDocument.HEADING_FONT, WordDocument.HEADING_FONT,
            WordDocument.SUBHEADING_FONT);

    private HtmlPage() {
    }

    public static String of(Report report) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>")
                .append(escape(report.title())).append("</title><style>").append(STYLE).append("</style></head><body>")
                .append("<h1>").append(escape(report.title())).append("</h1>\n");
        for (Report.Block block : report.blocks()) {
            if (block instanceof Heading heading) {
                String tag = heading.level() == 1 ? "h2" : "h3";
                html.append('<').append(tag).append('>').append(escape(heading.text())).append("</").append(tag).append(">\n");
            } else if (block instanceof Paragraph text) {
                html.append(text.closing() ? "<p class=\"closing\">" : "<p>");
                text.runs().forEach(run -> html.append(run.figure() ? "<b>" + escape(run.text()) + "</b>" : escape(run.text())));
                html.append("</p>\n");
            }
        }
        return html.append("</body></html>\n").toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
