package kr.roundtable.export;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;

import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;

/**
 * 명패: one folded tent card per A4 landscape page, in seat order. Each half shows the organization and title in a
 * smaller line above the name; the upper half is a text box turned 180° so that, folded, both sides read upright.
 * Long organization lines are shrunk to fit one line; two-syllable names are spaced to the width of three-syllable
 * ones. Fonts and sizes come from the template's styles {@code PlateName} and {@code PlateOrg}.
 *
 * <p>The upper half is a picture of the same lines turned 180° (its alternative text holds the words): rotated text
 * boxes print upside down in Word but upright in LibreOffice and Hancom, and a plate must fold right everywhere.
 */
public final class NameplateWriter {
    public static final String TEMPLATE = "/templates/nameplate.docx";
    static final String NAME_STYLE = "PlateName";
    static final String ORG_STYLE = "PlateOrg";
    private static final double PAGE_W_MM = 297;
    private static final double HALF_H_MM = 105;
    private static final double BOX_W_MM = 267;
    private static final double BOX_H_MM = 80;
    private static final double DEFAULT_ORG_PT = 28;
    private static final double DEFAULT_NAME_PT = 100;

    private NameplateWriter() {
    }

    /** One plate. */
    public record Plate(int seat, String name, String organization, String title) {
        String upperLine() {
            return String.join(" ", java.util.stream.Stream.of(organization, title)
                    .filter(s -> s != null && !s.isBlank()).toList());
        }
    }

    /** Writes the plates using {@code template} (a .docx with the two styles), or the built-in one when null. */
    public static void write(List<Plate> plates, InputStream template, OutputStream out) throws IOException {
        try (InputStream in = template != null ? template : NameplateWriter.class.getResourceAsStream(TEMPLATE);
             XWPFDocument doc = in == null ? new XWPFDocument() : new XWPFDocument(in)) {
            while (doc.getBodyElements().size() > 0) {
                doc.removeBodyElement(0);
            }
            Docx.page(doc, true, 0);
            double orgPt = styleSize(doc, ORG_STYLE, DEFAULT_ORG_PT);
            double namePt = styleSize(doc, NAME_STYLE, DEFAULT_NAME_PT);
            String family = styleFont(doc, NAME_STYLE);
            int id = 1;
            for (int i = 0; i < plates.size(); i++) {
                Plate plate = plates.get(i);
                XWPFParagraph p = doc.createParagraph();
                p.setAlignment(org.apache.poi.xwpf.usermodel.ParagraphAlignment.CENTER);
                p.setSpacingBefore((int) Math.round((HALF_H_MM - BOX_H_MM) / 2 / 25.4 * 1440));
                p.setSpacingAfter(0);
                XWPFRun run = p.createRun();
                byte[] upper = NameplateImage.upsideDown(plate.upperLine(), plate.name(), family,
                        fitted(plate.upperLine(), orgPt, BOX_W_MM - 4), namePt, BOX_W_MM, BOX_H_MM);
                try {
                    run.addPicture(new java.io.ByteArrayInputStream(upper), org.apache.poi.xwpf.usermodel.Document
                            .PICTURE_TYPE_PNG, "plate-" + plate.seat() + ".png", org.apache.poi.util.Units.toEMU(
                            BOX_W_MM / 25.4 * 72), org.apache.poi.util.Units.toEMU(BOX_H_MM / 25.4 * 72));
                } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
                    throw new IOException(e);
                }
                describeLastPicture(run, plate.upperLine() + " " + plate.name());
                Docx.append(run, box(id++, plate, false, orgPt, namePt, doc));
                if (i < plates.size() - 1) {
                    run.addBreak(BreakType.PAGE);
                }
            }
            doc.write(out);
        }
    }

    /** The alternative text of the picture: what the upside-down half says, for screen readers and searches. */
    private static void describeLastPicture(XWPFRun run, String words) {
        var inlines = run.getCTR().getDrawingArray(run.getCTR().sizeOfDrawingArray() - 1).getInlineArray();
        if (inlines.length > 0) {
            inlines[0].getDocPr().setDescr(words);
            inlines[0].getDocPr().setName("명패 윗면 (180° 회전)");
        }
    }

    private static String styleFont(XWPFDocument doc, String styleId) {
        XWPFStyle style = doc.getStyles() == null ? null : doc.getStyles().getStyle(styleId);
        if (style == null || style.getCTStyle().getRPr() == null || style.getCTStyle().getRPr().sizeOfRFontsArray() == 0) {
            return null;
        }
        var fonts = style.getCTStyle().getRPr().getRFontsArray(0);
        return fonts.getEastAsia() != null ? fonts.getEastAsia() : fonts.getAscii();
    }

    private static double styleSize(XWPFDocument doc, String styleId, double fallback) {
        XWPFStyle style = doc.getStyles() == null ? null : doc.getStyles().getStyle(styleId);
        if (style == null || style.getCTStyle().getRPr() == null || style.getCTStyle().getRPr().sizeOfSzArray() == 0) {
            return fallback;
        }
        return ((java.math.BigInteger) style.getCTStyle().getRPr().getSzArray(0).getVal()).doubleValue() / 2;
    }

    /** The org line's size, shrunk until the line fits the box. */
    static double fitted(String text, double pt, double widthMm) {
        double widthPt = widthMm / 25.4 * 72;
        Font font = new Font(Font.SANS_SERIF, Font.BOLD, 100);
        double at100 = font.getStringBounds(text, new FontRenderContext(null, true, true)).getWidth();
        double size = at100 <= 0 ? pt : Math.min(pt, widthPt / at100 * 100 * 0.95);
        return Math.max(10, Math.floor(size * 2) / 2);
    }

    private static String box(int id, Plate plate, boolean upsideDown, double orgPt, double namePt, XWPFDocument doc) {
        long x = Math.round((PAGE_W_MM - BOX_W_MM) / 2 * Docx.EMU_PER_MM);
        double top = upsideDown ? (HALF_H_MM - BOX_H_MM) / 2 : HALF_H_MM + (HALF_H_MM - BOX_H_MM) / 2;
        long y = Math.round(top * Docx.EMU_PER_MM);
        long cx = Math.round(BOX_W_MM * Docx.EMU_PER_MM);
        long cy = Math.round(BOX_H_MM * Docx.EMU_PER_MM);
        String upper = plate.upperLine();
        double orgSize = fitted(upper, orgPt, BOX_W_MM - 4);
        boolean hasStyles = doc.getStyles() != null && doc.getStyles().getStyle(NAME_STYLE) != null;
        String orgParagraph = paragraph(hasStyles ? ORG_STYLE : null, upper, orgSize, orgSize != orgPt || !hasStyles,
                0);
        String name = plate.name();
        // two syllables take the width of three: one syllable's width between them
        int spacing = name.codePointCount(0, name.length()) == 2 ? (int) Math.round(namePt * 20) : 0;
        String nameParagraph = paragraph(hasStyles ? NAME_STYLE : null, name, namePt, !hasStyles, spacing);
        return "<w:drawing xmlns:w=\"" + Docx.W + "\""
                + " xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\""
                + " xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\""
                + " xmlns:wps=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\">"
                + "<wp:anchor distT=\"0\" distB=\"0\" distL=\"0\" distR=\"0\" simplePos=\"0\" relativeHeight=\"" + id
                + "\" behindDoc=\"0\" locked=\"0\" layoutInCell=\"1\" allowOverlap=\"1\">"
                + "<wp:simplePos x=\"0\" y=\"0\"/>"
                + "<wp:positionH relativeFrom=\"page\"><wp:posOffset>" + x + "</wp:posOffset></wp:positionH>"
                + "<wp:positionV relativeFrom=\"page\"><wp:posOffset>" + y + "</wp:posOffset></wp:positionV>"
                + "<wp:extent cx=\"" + cx + "\" cy=\"" + cy + "\"/><wp:effectExtent l=\"0\" t=\"0\" r=\"0\" b=\"0\"/>"
                + "<wp:wrapNone/><wp:docPr id=\"" + id + "\" name=\"" + (upsideDown ? "명패 윗면 " : "명패 아랫면 ")
                + plate.seat() + "\"/><wp:cNvGraphicFramePr/>"
                + "<a:graphic><a:graphicData uri=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\">"
                + "<wps:wsp><wps:cNvSpPr txBox=\"1\"/><wps:spPr>"
                + "<a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"" + cx
                + "\" cy=\"" + cy + "\"/></a:xfrm><a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom><a:noFill/>"
                + "<a:ln><a:noFill/></a:ln></wps:spPr>"
                + "<wps:txbx><w:txbxContent>" + orgParagraph + nameParagraph + "</w:txbxContent></wps:txbx>"
                + "<wps:bodyPr rot=\"0\" vert=\"horz\" wrap=\"square\" lIns=\"0\" tIns=\"0\" rIns=\"0\" bIns=\"0\""
                + " anchor=\"ctr\" anchorCtr=\"0\"><a:noAutofit/></wps:bodyPr></wps:wsp>"
                + "</a:graphicData></a:graphic></wp:anchor></w:drawing>";
    }

    private static String paragraph(String style, String text, double pt, boolean explicitSize, int spacingFirst) {
        StringBuilder p = new StringBuilder("<w:p><w:pPr>");
        if (style != null) {
            p.append("<w:pStyle w:val=\"").append(style).append("\"/>");
        }
        // no automatic space between Hangul and digits ("제2차관", not "제 2 차관")
        p.append("<w:autoSpaceDE w:val=\"0\"/><w:autoSpaceDN w:val=\"0\"/>")
                .append("<w:spacing w:before=\"0\" w:after=\"0\"/><w:jc w:val=\"center\"/></w:pPr>");
        String size = explicitSize ? "<w:sz w:val=\"" + Math.round(pt * 2) + "\"/><w:szCs w:val=\"" + Math.round(pt * 2)
                + "\"/>" : "";
        String fonts = style == null ? "<w:rFonts w:ascii=\"Malgun Gothic\" w:hAnsi=\"Malgun Gothic\" "
                + "w:eastAsia=\"맑은 고딕\"/><w:b/>" : "";
        if (spacingFirst > 0) {
            int first = text.offsetByCodePoints(0, 1);
            p.append("<w:r><w:rPr>").append(fonts).append("<w:spacing w:val=\"").append(spacingFirst).append("\"/>")
                    .append(size).append("</w:rPr><w:t>").append(Docx.escape(text.substring(0, first)))
                    .append("</w:t></w:r>");
            p.append("<w:r><w:rPr>").append(fonts).append(size).append("</w:rPr><w:t>")
                    .append(Docx.escape(text.substring(first))).append("</w:t></w:r>");
        } else {
            p.append("<w:r><w:rPr>").append(fonts).append(size).append("</w:rPr><w:t xml:space=\"preserve\">")
                    .append(Docx.escape(text)).append("</w:t></w:r>");
        }
        return p.append("</w:p>").toString();
    }
}
