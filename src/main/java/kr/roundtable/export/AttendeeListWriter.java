package kr.roundtable.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/** 참석자 명단 as .xlsx or .docx: the rows as given (by side, in precedence order), with or without contacts. */
public final class AttendeeListWriter {
    /** A4 portrait less two 20 mm margins. */
    private static final double TEXT_WIDTH_TWIPS = 11906 - 2 * 1134;

    private AttendeeListWriter() {
    }

    /** The list, ready to print: a title, a line under it, the column titles and the rows of cells. */
    public record Sheet(String title, String subtitle, List<String> columns, List<List<String>> rows) {
    }

    public static void xlsx(Sheet list, OutputStream out) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            XSSFSheet sheet = wb.createSheet(list.title());
            Font bold = wb.createFont();
            bold.setBold(true);
            bold.setFontName("맑은 고딕");
            Font big = wb.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 16);
            big.setFontName("맑은 고딕");
            Font plain = wb.createFont();
            plain.setFontName("맑은 고딕");
            CellStyle titleStyle = wb.createCellStyle();
            titleStyle.setFont(big);
            CellStyle header = border(wb, bold);
            header.setAlignment(HorizontalAlignment.CENTER);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            CellStyle body = border(wb, plain);
            CellStyle quoted = border(wb, plain);
            quoted.setQuotePrefixed(true);
            Row t = sheet.createRow(0);
            t.createCell(0).setCellValue(list.title());
            t.getCell(0).setCellStyle(titleStyle);
            sheet.createRow(1).createCell(0).setCellValue(list.subtitle());
            int last = list.columns().size() - 1;
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, last));
            sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, last));
            Row h = sheet.createRow(3);
            for (int i = 0; i < list.columns().size(); i++) {
                h.createCell(i).setCellValue(list.columns().get(i));
                h.getCell(i).setCellStyle(header);
            }
            for (int r = 0; r < list.rows().size(); r++) {
                Row row = sheet.createRow(4 + r);
                List<String> cells = list.rows().get(r);
                for (int i = 0; i < cells.size(); i++) {
                    String v = cells.get(i) == null ? "" : cells.get(i);
                    row.createCell(i).setCellValue(v);
                    row.getCell(i).setCellStyle(Cells.looksLikeFormula(v) ? quoted : body);
                }
            }
            for (int i = 0; i < list.columns().size(); i++) {
                sheet.autoSizeColumn(i);
                sheet.setColumnWidth(i, Math.min(60 * 256, Math.max(8 * 256, (int) (sheet.getColumnWidth(i) * 1.6))));
            }
            sheet.createFreezePane(0, 4);
            sheet.setRepeatingRows(new CellRangeAddress(3, 3, -1, -1));
            sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
            sheet.getPrintSetup().setFitWidth((short) 1);
            sheet.getPrintSetup().setFitHeight((short) 0);
            sheet.setFitToPage(true);
            wb.write(out);
        }
    }

    public static void docx(Sheet list, OutputStream out) throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            Docx.page(doc, false, 20);
            paragraph(doc, list.title(), 18, true);
            paragraph(doc, list.subtitle(), 11, false);
            XWPFTable table = doc.createTable(list.rows().size() + 1, list.columns().size());
            table.setWidth(String.valueOf((int) TEXT_WIDTH_TWIPS));
            // 연번 narrow, 소속 wide: weights of the six columns, then of 연락처 and 이메일
            double[] weights = {5, 12, 24, 11, 11, 11, 19, 22};
            double sum = 0;
            for (int c = 0; c < list.columns().size(); c++) {
                sum += weights[Math.min(c, weights.length - 1)];
            }
            List<List<String>> all = new ArrayList<>();
            all.add(list.columns());
            all.addAll(list.rows());
            var grid = table.getCTTbl().getTblGrid() != null ? table.getCTTbl().getTblGrid()
                    : table.getCTTbl().addNewTblGrid();
            while (grid.sizeOfGridColArray() < list.columns().size()) {
                grid.addNewGridCol();
            }
            for (int c = 0; c < list.columns().size(); c++) {
                grid.getGridColArray(c).setW(java.math.BigInteger.valueOf(Math.round(weights[Math.min(c,
                        weights.length - 1)] / sum * TEXT_WIDTH_TWIPS)));
            }
            for (int r = 0; r < all.size(); r++) {
                XWPFTableRow row = table.getRow(r);
                if (r == 0) {
                    row.setRepeatHeader(true);
                }
                for (int c = 0; c < list.columns().size(); c++) {
                    row.getCell(c).setWidth(String.valueOf(Math.round(weights[Math.min(c, weights.length - 1)] / sum
                            * TEXT_WIDTH_TWIPS)));
                    XWPFParagraph p = row.getCell(c).getParagraphs().get(0);
                    if (r == 0) {
                        p.setAlignment(ParagraphAlignment.CENTER);
                        row.getCell(c).setColor("D9D9D9");
                    }
                    XWPFRun run = p.createRun();
                    String v = all.get(r).get(c);
                    run.setText(v == null ? "" : v);
                    run.setBold(r == 0);
                    run.setFontSize(10);
                    font(run);
                }
            }
            doc.write(out);
        }
    }

    private static void paragraph(XWPFDocument doc, String text, int size, boolean bold) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        XWPFRun r = p.createRun();
        r.setText(text);
        r.setBold(bold);
        r.setFontSize(size);
        font(r);
    }

    private static void font(XWPFRun run) {
        run.setFontFamily("Malgun Gothic");
        run.getCTR().getRPr().getRFontsArray(0).setEastAsia("맑은 고딕");
    }

    private static CellStyle border(XSSFWorkbook wb, Font font) {
        CellStyle s = wb.createCellStyle();
        s.setFont(font);
        s.setBorderTop(BorderStyle.THIN);
        s.setBorderBottom(BorderStyle.THIN);
        s.setBorderLeft(BorderStyle.THIN);
        s.setBorderRight(BorderStyle.THIN);
        return s;
    }
}
