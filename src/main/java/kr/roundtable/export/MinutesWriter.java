package kr.roundtable.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

import com.deepoove.poi.XWPFTemplate;
import com.deepoove.poi.config.Configure;
import com.deepoove.poi.plugin.table.LoopRowTableRenderPolicy;

/**
 * 회의록 from a Word template with {@code {{tags}}} (poi-tl). Before anything is written the template is checked:
 * a tag the minutes do not know, or a tag left open, is refused with its name, so a user's template never yields a
 * half-filled document.
 */
public final class MinutesWriter {
    public static final String TEMPLATE = "/templates/minutes.docx";
    /** Every tag the default template and a user's template may use. */
    public static final Set<String> TAGS = Set.of("title", "hosts", "when", "venue", "chair", "attendees", "staff",
            "absent", "order", "items", "item", "summary", "requests", "actions", "decisions", "writer", "writtenOn");
    /** The tags of the two tables' rows, written [like this]. */
    public static final Set<String> ROW_TAGS = Set.of("no", "speaker", "text", "answer", "disposition", "action",
            "department", "owner", "due", "status");
    private static final Pattern TAG = Pattern.compile("\\{\\{([^{}]*)}}");
    private static final Pattern ROW_TAG = Pattern.compile("\\[([A-Za-z]+)]");

    private MinutesWriter() {
    }

    /** The template is not usable: {@code tag} names what is wrong. */
    public static final class TemplateProblem extends Exception {
        private final String tag;
        private final boolean broken;

        TemplateProblem(String tag, boolean broken) {
            super((broken ? "broken tag: " : "unknown tag: ") + tag);
            this.tag = tag;
            this.broken = broken;
        }

        public String tag() {
            return tag;
        }

        public boolean broken() {
            return broken;
        }
    }

    /** Writes the minutes of {@code minutes} with {@code template} (the .docx's bytes). */
    public static void write(kr.roundtable.model.Minutes minutes, byte[] template, OutputStream out)
            throws IOException, TemplateProblem {
        write(data(minutes), template, out);
    }

    static Map<String, Object> data(kr.roundtable.model.Minutes m) {
        Map<String, Object> data = new java.util.HashMap<>();
        data.put("title", m.title());
        data.put("hosts", m.hosts());
        data.put("when", m.when());
        data.put("venue", m.venue());
        data.put("chair", m.chair());
        data.put("attendees", m.attendees());
        data.put("staff", m.staff());
        data.put("absent", m.absent());
        data.put("order", m.order());
        data.put("items", m.items().stream().map(i -> Map.of("item", i.title(), "summary", i.summary())).toList());
        data.put("requests", m.requests().stream().map(r -> Map.of("no", r.no(), "speaker", r.speaker(), "text",
                r.text(), "answer", r.answer(), "disposition", r.disposition())).toList());
        data.put("decisions", m.decisions());
        data.put("actions", m.actions().stream().map(a -> Map.of("no", a.no(), "action", a.action(), "department",
                a.department(), "owner", a.owner(), "due", a.due(), "status", a.status())).toList());
        data.put("writer", m.writer());
        data.put("writtenOn", m.writtenOn());
        return data;
    }

    static void write(Map<String, Object> data, byte[] template, OutputStream out)
            throws IOException, TemplateProblem {
        check(template);
        LoopRowTableRenderPolicy rows = new LoopRowTableRenderPolicy();
        Configure config = Configure.builder().bind("requests", rows).bind("actions", rows).build();
        try (XWPFTemplate filled = XWPFTemplate.compile(new java.io.ByteArrayInputStream(template), config)
                .render(data)) {
            filled.write(out);
        }
    }

    public static byte[] builtInTemplate() throws IOException {
        try (InputStream in = MinutesWriter.class.getResourceAsStream(TEMPLATE)) {
            if (in == null) {
                throw new IOException("the built-in minutes template is missing: " + TEMPLATE);
            }
            return in.readAllBytes();
        }
    }

    /** Every tag of the template is known and closed. */
    public static void check(byte[] template) throws IOException, TemplateProblem {
        try (XWPFDocument doc = new XWPFDocument(new java.io.ByteArrayInputStream(template))) {
            for (String text : texts(doc.getBodyElements(), new ArrayList<>())) {
                Matcher m = TAG.matcher(text);
                while (m.find()) {
                    String name = m.group(1).strip().replaceFirst("^[?/#@*+]", "").strip();
                    if (!TAGS.contains(name)) {
                        throw new TemplateProblem("{{" + m.group(1) + "}}", false);
                    }
                }
                String rest = TAG.matcher(text).replaceAll("");
                int at = Math.max(rest.indexOf("{{"), rest.indexOf("}}"));
                if (at >= 0) {
                    throw new TemplateProblem(rest.substring(Math.max(0, at - 15), Math.min(rest.length(), at + 15))
                            .strip(), true);
                }
            }
            Set<String> rowTags = new LinkedHashSet<>();
            for (IBodyElement e : doc.getBodyElements()) {
                if (e instanceof XWPFTable table) {
                    for (XWPFTableRow row : table.getRows()) {
                        for (XWPFTableCell cell : row.getTableCells()) {
                            Matcher m = ROW_TAG.matcher(cell.getText());
                            while (m.find()) {
                                rowTags.add(m.group(1));
                            }
                        }
                    }
                }
            }
            for (String tag : rowTags) {
                if (!ROW_TAGS.contains(tag)) {
                    throw new TemplateProblem("[" + tag + "]", false);
                }
            }
        }
    }

    private static List<String> texts(List<IBodyElement> elements, List<String> out) {
        for (IBodyElement e : elements) {
            if (e instanceof XWPFParagraph p) {
                out.add(p.getText());
            } else if (e instanceof XWPFTable t) {
                for (XWPFTableRow row : t.getRows()) {
                    for (XWPFTableCell cell : row.getTableCells()) {
                        texts(cell.getBodyElements(), out);
                    }
                }
            }
        }
        return out;
    }
}
