package kr.roundtable.export;

import java.math.BigInteger;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlException;
import org.apache.xmlbeans.XmlObject;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

/** Small pieces of WordprocessingML that POI has no call for. */
final class Docx {
    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    static final long EMU_PER_MM = 36_000;

    private Docx() {
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** A4 landscape (or portrait) with margins in millimetres. */
    static void page(XWPFDocument doc, boolean landscape, int marginMm) {
        CTSectPr sect = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
                : doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
        size.setW(BigInteger.valueOf(landscape ? 16838 : 11906));
        size.setH(BigInteger.valueOf(landscape ? 11906 : 16838));
        size.setOrient(landscape ? STPageOrientation.LANDSCAPE : STPageOrientation.PORTRAIT);
        CTPageMar mar = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
        BigInteger twips = BigInteger.valueOf(Math.round(marginMm * 56.7));
        mar.setTop(twips);
        mar.setBottom(twips);
        mar.setLeft(twips);
        mar.setRight(twips);
    }

    /** Sets an on/off property to off ({@code w:val="0"}), whatever the schema version's type for it. */
    static void off(XmlObject onOff) {
        try (XmlCursor c = onOff.newCursor()) {
            c.setAttributeText(new javax.xml.namespace.QName(W, "val"), "0");
        }
    }

    /** Appends raw XML (one element, with its namespaces declared) to the end of a run. */
    static void append(XWPFRun run, String xml) {
        XmlObject parsed;
        try {
            parsed = XmlObject.Factory.parse(xml);
        } catch (XmlException e) {
            throw new IllegalStateException("bad generated XML: " + e.getMessage(), e);
        }
        try (XmlCursor from = parsed.newCursor(); XmlCursor to = run.getCTR().newCursor()) {
            from.toFirstChild();
            to.toEndToken();
            from.copyXml(to);
        }
    }
}
