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
            Docx.page(doc, true, 12);
            line(doc, heading, 20, true, ParagraphAlignment.CENTER);
            line(doc, title, 14, true, ParagraphAlignment.CENTER);
            line(doc, dateAndVenue, 11, false, ParagraphAlignment.CENTER);
            XWPFParagraph picture = doc.createParagraph();
            picture.setAlignment(ParagraphAlignment.CENTER);
            try {
                // the plan keeps its 10:7 shape and leaves room for the three heading lines on one A4 page
                picture.createRun().addPicture(new ByteArrayInputStream(png), Document.PICTURE_TYPE_PNG,
                        "seating.png", Units.toEMU(215 / 25.4 * 72), Units.toEMU(150.5 / 25.4 * 72));
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
        // "제16차", not "제 16 차": no automatic space between Hangul and digits
        var ppr = p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
        Docx.off(ppr.addNewAutoSpaceDE());
        Docx.off(ppr.addNewAutoSpaceDN());
        XWPFRun r = p.createRun();
        r.setText(text);
        r.setBold(bold);
        r.setFontSize(size);
        r.setFontFamily("Malgun Gothic");
        r.getCTR().getRPr().getRFontsArray(0).setEastAsia("맑은 고딕");
    }
}
