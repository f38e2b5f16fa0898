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
        minutes(folder.resolve("minutes.docx"));
        System.out.println("wrote " + folder.resolve("minutes.docx"));
    }

    private static void minutes(Path file) throws Exception {
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            var sect = doc.getDocument().getBody().addNewSectPr();
            var size = sect.addNewPgSz();
            size.setW(BigInteger.valueOf(11906));
            size.setH(BigInteger.valueOf(16838));
            var mar = sect.addNewPgMar();
            for (var side : new java.util.function.Consumer[] {v -> mar.setTop((BigInteger) v),
                    v -> mar.setBottom((BigInteger) v), v -> mar.setLeft((BigInteger) v),
                    v -> mar.setRight((BigInteger) v)}) {
                side.accept(BigInteger.valueOf(1134));
            }
            var title = paragraph(doc, org.apache.poi.xwpf.usermodel.ParagraphAlignment.CENTER);
            run(title, "{{title}}", 18, true);
            run(title, " 회의록", 18, true);
            heading(doc, "1. 회의 개요");
            String[][] overview = {{"개최기관", "{{hosts}}"}, {"일시", "{{when}}"}, {"장소", "{{venue}}"},
                    {"주재", "{{chair}}"}, {"참석자", "{{attendees}}"}, {"배석자", "{{staff}}"},
                    {"불참·대리참석", "{{absent}}"}};
            var table = doc.createTable(overview.length, 2);
            widths(table, 1900, 7738);
            for (int r = 0; r < overview.length; r++) {
                cell(table.getRow(r).getCell(0), overview[r][0], true, "E7ECF3");
                cell(table.getRow(r).getCell(1), overview[r][1], false, null);
            }
            heading(doc, "2. 진행순서");
            run(paragraph(doc, null), "{{order}}", 10.5, false);
            heading(doc, "3. 주요 논의내용");
            run(paragraph(doc, null), "{{?items}}", 10.5, false);
            run(paragraph(doc, null), "□ ", 11, true).getParagraph().createRun();
            var itemTitle = doc.getParagraphs().get(doc.getParagraphs().size() - 1);
            run(itemTitle, "{{item}}", 11, true);
            run(paragraph(doc, null), "{{summary}}", 10.5, false);
            run(paragraph(doc, null), "{{/items}}", 10.5, false);
            heading(doc, "4. 건의사항 및 답변");
            String[] requestHeader = {"{{requests}}연번", "발언자", "건의 내용", "답변", "처리의견"};
            String[] requestRow = {"[no]", "[speaker]", "[text]", "[answer]", "[disposition]"};
            var requests = doc.createTable(2, 5);
            widths(requests, 600, 2000, 3100, 2838, 1100);
            for (int c = 0; c < 5; c++) {
                cell(requests.getRow(0).getCell(c), requestHeader[c], true, "E7ECF3");
                cell(requests.getRow(1).getCell(c), requestRow[c], false, null);
            }
            requests.getRow(0).setRepeatHeader(true);
            heading(doc, "5. 결정사항");
            run(paragraph(doc, null), "{{decisions}}", 10.5, false);
            heading(doc, "6. 향후 조치계획");
            String[] actionHeader = {"{{actions}}연번", "조치사항", "전담부서", "담당자", "기한", "상태"};
            String[] actionRow = {"[no]", "[action]", "[department]", "[owner]", "[due]", "[status]"};
            var actions = doc.createTable(2, 6);
            widths(actions, 600, 3538, 1900, 1100, 1500, 1000);
            for (int c = 0; c < 6; c++) {
                cell(actions.getRow(0).getCell(c), actionHeader[c], true, "E7ECF3");
                cell(actions.getRow(1).getCell(c), actionRow[c], false, null);
            }
            actions.getRow(0).setRepeatHeader(true);
            var signature = paragraph(doc, org.apache.poi.xwpf.usermodel.ParagraphAlignment.RIGHT);
            signature.setSpacingBefore(400);
            run(signature, "작성자: ", 10.5, false);
            run(signature, "{{writer}}", 10.5, false);
            run(signature, "    작성일: ", 10.5, false);
            run(signature, "{{writtenOn}}", 10.5, false);
            doc.write(out);
        }
    }

    private static org.apache.poi.xwpf.usermodel.XWPFParagraph paragraph(XWPFDocument doc,
            org.apache.poi.xwpf.usermodel.ParagraphAlignment align) {
        var p = doc.createParagraph();
        if (align != null) {
            p.setAlignment(align);
        }
        p.setSpacingAfter(60);
        return p;
    }

    private static void heading(XWPFDocument doc, String text) {
        var p = paragraph(doc, null);
        p.setSpacingBefore(240);
        run(p, text, 13, true);
    }

    private static org.apache.poi.xwpf.usermodel.XWPFRun run(org.apache.poi.xwpf.usermodel.XWPFParagraph p,
                                                            String text, double size, boolean bold) {
        var r = p.createRun();
        r.setText(text);
        r.setBold(bold);
        r.setFontSize(size);
        r.setFontFamily("Malgun Gothic");
        r.getCTR().getRPr().getRFontsArray(0).setEastAsia("맑은 고딕");
        return r;
    }

    private static void cell(org.apache.poi.xwpf.usermodel.XWPFTableCell cell, String text, boolean bold,
                             String fill) {
        run(cell.getParagraphs().get(0), text, 10, bold);
        if (fill != null) {
            cell.setColor(fill);
        }
    }

    private static void widths(org.apache.poi.xwpf.usermodel.XWPFTable table, int... twips) {
        var grid = table.getCTTbl().getTblGrid() != null ? table.getCTTbl().getTblGrid()
                : table.getCTTbl().addNewTblGrid();
        while (grid.sizeOfGridColArray() < twips.length) {
            grid.addNewGridCol();
        }
        int total = 0;
        for (int i = 0; i < twips.length; i++) {
            grid.getGridColArray(i).setW(BigInteger.valueOf(twips[i]));
            total += twips[i];
            for (var row : table.getRows()) {
                row.getCell(i).setWidth(String.valueOf(twips[i]));
            }
        }
        table.setWidth(String.valueOf(total));
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
