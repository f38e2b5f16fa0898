package kr.roundtable.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NameplateWriterTest {
    private static final String NS = "declare namespace w='http://schemas.openxmlformats.org/wordprocessingml/2006/main' "
            + "declare namespace a='http://schemas.openxmlformats.org/drawingml/2006/main' "
            + "declare namespace wps='http://schemas.microsoft.com/office/word/2010/wordprocessingShape' ";

    @TempDir
    Path dir;

    static final List<NameplateWriter.Plate> PLATES = List.of(
            new NameplateWriter.Plate(1, "박윤규", "과학기술정보통신부", "제2차관"),
            new NameplateWriter.Plate(2, "김철", "CES 혁신상 수상기업 A", "대표"),
            new NameplateWriter.Plate(3, "남궁민수", "한국정보통신진흥협회 디지털혁신본부 해외사업지원센터", "센터장"));

    /** Each text box of the document in order: its rotation, its paragraphs' texts and explicit sizes. */
    record Box(String rotation, List<String> lines, List<String> sizes) {
    }

    static List<Box> boxes(Path file) throws Exception {
        try (InputStream in = Files.newInputStream(file); XWPFDocument doc = new XWPFDocument(in)) {
            List<Box> out = new ArrayList<>();
            for (XmlObject wsp : doc.getDocument().selectPath(NS + ".//wps:wsp")) {
                String rotation;
                try (XmlCursor c = wsp.selectPath(NS + "./wps:spPr/a:xfrm")[0].newCursor()) {
                    String rot = c.getAttributeText(new javax.xml.namespace.QName("rot"));
                    rotation = rot == null ? "0" : rot;
                }
                List<String> lines = new ArrayList<>();
                List<String> sizes = new ArrayList<>();
                for (XmlObject p : wsp.selectPath(NS + ".//w:p")) {
                    StringBuilder text = new StringBuilder();
                    for (XmlObject t : p.selectPath(NS + ".//w:t")) {
                        try (XmlCursor c = t.newCursor()) {
                            text.append(c.getTextValue());
                        }
                    }
                    lines.add(text.toString());
                    XmlObject[] sz = p.selectPath(NS + ".//w:rPr/w:sz");
                    if (sz.length == 0) {
                        sizes.add("style");
                    } else {
                        try (XmlCursor c = sz[0].newCursor()) {
                            sizes.add(c.getAttributeText(new javax.xml.namespace.QName(Docx.W, "val")));
                        }
                    }
                }
                out.add(new Box(rotation, lines, sizes));
            }
            return out;
        }
    }

    Path write() throws Exception {
        Path file = dir.resolve("명패.docx");
        try (OutputStream out = Files.newOutputStream(file)) {
            NameplateWriter.write(PLATES, null, out);
        }
        return file;
    }

    @Test
    void onePlatePerPageInSeatOrderEachHalfSayingTheSame() throws Exception {
        Path file = write();
        List<Box> boxes = boxes(file);
        assertEquals(3, boxes.size(), "the lower, upright half of each plate is text");
        assertEquals(List.of("과학기술정보통신부 제2차관", "박윤규"), boxes.get(0).lines());
        assertEquals(List.of("CES 혁신상 수상기업 A 대표", "김철"), boxes.get(1).lines());
        assertEquals("남궁민수", boxes.get(2).lines().get(1));
        try (InputStream in = Files.newInputStream(file); XWPFDocument doc = new XWPFDocument(in)) {
            List<String> alt = new ArrayList<>();
            for (XmlObject docPr : doc.getDocument().selectPath(NS
                    + "declare namespace wp='http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing' "
                    + ".//wp:inline/wp:docPr")) {
                try (XmlCursor c = docPr.newCursor()) {
                    alt.add(c.getAttributeText(new javax.xml.namespace.QName("descr")));
                }
            }
            assertEquals(List.of("과학기술정보통신부 제2차관 박윤규", "CES 혁신상 수상기업 A 대표 김철",
                    "한국정보통신진흥협회 디지털혁신본부 해외사업지원센터 센터장 남궁민수"), alt, "the upper halves, in seat order");
        }
    }

    @Test
    void theUpperHalfIsUpsideDown() throws Exception {
        try (InputStream in = Files.newInputStream(write()); XWPFDocument doc = new XWPFDocument(in)) {
            var picture = doc.getAllPictures().get(0);
            java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(
                    picture.getData()));
            // upright, the large name is under the small organization line: most ink is low; turned over, it is high
            long top = 0;
            long bottom = 0;
            for (int y = 0; y < image.getHeight(); y++) {
                for (int x = 0; x < image.getWidth(); x += 3) {
                    if ((image.getRGB(x, y) >>> 24) > 128) {
                        if (y < image.getHeight() / 2) {
                            top++;
                        } else {
                            bottom++;
                        }
                    }
                }
            }
            assertTrue(top > bottom * 1.3, "ink above " + top + ", below " + bottom);
        }
    }

    @Test
    void longOrganizationLinesShrinkAndShortOnesKeepTheTemplateStyle() throws Exception {
        List<Box> boxes = boxes(write());
        assertEquals("style", boxes.get(0).sizes().get(0), "a short line keeps the template's size");
        assertEquals("style", boxes.get(0).sizes().get(1));
        int shrunk = Integer.parseInt(boxes.get(2).sizes().get(0));
        assertTrue(shrunk < 56, "the long organization line is smaller than the template's 28 pt: " + shrunk / 2.0);
    }

    @Test
    void twoSyllableNamesAreSpacedToTheWidthOfThree() throws Exception {
        String xml;
        try (InputStream in = Files.newInputStream(write()); XWPFDocument doc = new XWPFDocument(in)) {
            xml = doc.getDocument().xmlText();
        }
        assertTrue(xml.contains("w:spacing w:val=\"2000\""), "100 pt of space after 김: one syllable's width");
        assertEquals(1, xml.split("w:spacing w:val=\"2000\"", -1).length - 1, "only the two-syllable name");
    }
}
