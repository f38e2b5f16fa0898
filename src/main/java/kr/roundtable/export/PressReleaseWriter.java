package kr.roundtable.export;

import java.io.IOException;
import java.io.OutputStream;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;

import kr.roundtable.model.PressRelease;

/** 보도자료 초안 as .docx: headline, subtitle, date and venue, lead, △ topics, remarks and answers, photo caption. */
public final class PressReleaseWriter {
    private PressReleaseWriter() {
    }

    public static void write(PressRelease release, String label, OutputStream out) throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            Docx.page(doc, false, 25);
            XWPFParagraph tag = paragraph(doc, ParagraphAlignment.LEFT, 0, 120);
            run(tag, label, 10, true);
            run(paragraph(doc, ParagraphAlignment.CENTER, 120, 60), release.headline(), 18, true);
            run(paragraph(doc, ParagraphAlignment.CENTER, 0, 240), release.subtitle(), 12, false);
            run(paragraph(doc, ParagraphAlignment.LEFT, 0, 200), release.dateAndVenue(), 10.5, false);
            run(paragraph(doc, ParagraphAlignment.BOTH, 0, 160), "□ " + release.lead(), 11, false);
            for (String topic : release.topics()) {
                run(paragraph(doc, ParagraphAlignment.BOTH, 0, 40), "  △ " + topic, 11, false);
            }
            for (String p : release.paragraphs()) {
                run(paragraph(doc, ParagraphAlignment.BOTH, 160, 120), "□ " + p, 11, false);
            }
            if (release.caption() != null && !release.caption().isBlank()) {
                run(paragraph(doc, ParagraphAlignment.LEFT, 360, 0), "[사진] " + release.caption(), 10, false);
            }
            doc.write(out);
        }
    }

    private static XWPFParagraph paragraph(XWPFDocument doc, ParagraphAlignment align, int before, int after) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(align);
        p.setSpacingBefore(before);
        p.setSpacingAfter(after);
        var ppr = p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
        Docx.off(ppr.addNewAutoSpaceDE());
        Docx.off(ppr.addNewAutoSpaceDN());
        return p;
    }

    private static void run(XWPFParagraph p, String text, double size, boolean bold) {
        XWPFRun r = p.createRun();
        r.setText(text);
        r.setFontSize(size);
        r.setBold(bold);
        r.setFontFamily("Malgun Gothic");
        r.getCTR().getRPr().getRFontsArray(0).setEastAsia("맑은 고딕");
    }
}
