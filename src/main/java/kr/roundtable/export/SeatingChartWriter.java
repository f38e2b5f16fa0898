package kr.roundtable.export;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;

/** 좌석배치도: one A4 landscape page with the meeting's title, date and venue, and the drawn plan. */
public final class SeatingChartWriter {
    private SeatingChartWriter() {
    }

    public static void write(String heading, String title, String dateAndVenue, byte[] png, OutputStream out)
            throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            Docx.page(doc, true, 15);
            line(doc, heading, 20, true, ParagraphAlignment.CENTER);
            line(doc, title, 14, true, ParagraphAlignment.CENTER);
            line(doc, dateAndVenue, 11, false, ParagraphAlignment.CENTER);
            XWPFParagraph picture = doc.createParagraph();
            picture.setAlignment(ParagraphAlignment.CENTER);
            try {
                // 1000 × 700 drawn at 2x: 250 mm wide on the page
                picture.createRun().addPicture(new ByteArrayInputStream(png), Document.PICTURE_TYPE_PNG,
                        "seating.png", Units.toEMU(250 / 25.4 * 72), Units.toEMU(175 / 25.4 * 72));
            } catch (InvalidFormatException e) {
                throw new IOException("cannot embed the plan: " + e.getMessage(), e);
            }
            doc.write(out);
        }
    }

    private static void line(XWPFDocument doc, String text, int size, boolean bold, ParagraphAlignment align) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(align);
        p.setSpacingAfter(80);
        XWPFRun r = p.createRun();
        r.setText(text);
        r.setBold(bold);
        r.setFontSize(size);
        r.setFontFamily("Malgun Gothic");
        r.getCTR().getRPr().getRFontsArray(0).setEastAsia("맑은 고딕");
    }
}
