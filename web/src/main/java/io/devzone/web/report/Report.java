package io.devzone.web.report;

import java.util.List;

/** A report's text in the source's structure, written once and rendered alike as a Word document and a page. */
public record Report(String title, List<Block> blocks) {

    /** A heading (level 1 "一、…", level 2 "（一）…") or a paragraph. */
    public sealed interface Block permits Heading, Paragraph {
    }

    public record Heading(int level, String text) implements Block {
    }

    /** Body text; a closing line (the signature) is set right. */
    public record Paragraph(List<Run> runs, boolean closing) implements Block {

        public String text() {
            StringBuilder text = new StringBuilder();
            runs.forEach(run -> text.append(run.text()));
            return text.toString();
        }
    }

    /** A stretch of text; a figure is one taken from the records (the page marks it). */
    public record Run(String text, boolean figure) {
    }
}
