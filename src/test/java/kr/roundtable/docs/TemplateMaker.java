package kr.roundtable.docs;

import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * Writes the default templates in {@code templates/}. Run once after changing them:
 * {@code mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=kr.roundtable.docs.TemplateMaker}.
 */
public final class TemplateMaker {
    private TemplateMaker() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Files.createDirectories(Path.of(args.length > 0 ? args[0] : "templates"));
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(
                folder.resolve("nameplate.docx"))) {
            XWPFStyles styles = doc.createStyles();
            styles.addStyle(style("PlateOrg", "명패 소속·직위", 28, false));
            styles.addStyle(style("PlateName", "명패 성명", 100, true));
            doc.createParagraph().createRun().setText("명패 서식: [PlateOrg]와 [PlateName] 스타일의 글꼴과 크기를 바꾸면 "
                    + "명패에 그대로 쓰입니다. 이 문단은 명패를 만들 때 지워집니다.");
            doc.write(out);
        }
        System.out.println("wrote " + folder.resolve("nameplate.docx"));
    }

    private static XWPFStyle style(String id, String name, int points, boolean bold) {
        CTStyle style = CTStyle.Factory.newInstance();
        style.setStyleId(id);
        style.setType(STStyleType.PARAGRAPH);
        style.addNewName().setVal(name);
        style.addNewQFormat();
        CTRPr rpr = style.addNewRPr();
        CTFonts fonts = rpr.addNewRFonts();
        fonts.setAscii("Malgun Gothic");
        fonts.setHAnsi("Malgun Gothic");
        fonts.setEastAsia("맑은 고딕");
        if (bold) {
            rpr.addNewB();
        }
        rpr.addNewSz().setVal(BigInteger.valueOf(points * 2L));
        rpr.addNewSzCs().setVal(BigInteger.valueOf(points * 2L));
        return new XWPFStyle(style);
    }
}
