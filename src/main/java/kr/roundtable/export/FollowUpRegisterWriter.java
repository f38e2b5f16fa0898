package kr.roundtable.export;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import kr.roundtable.model.Ordinals;
import kr.roundtable.model.RegisterRow;

/**
 * 건의사항 처리현황 as .xlsx, streamed: rows are written as they come and only a small window is kept in memory, so
 * 100,000 follow-ups fit in a small heap. Frozen header, autofilter, sensible widths, wrapped text, dates as date
 * cells, A4 landscape fitting the page width with the header repeated on every page.
 */
public final class FollowUpRegisterWriter {
    /** The words of the document: column titles, labels of enums, the title. */
    public interface Words {
        String title();

        /** "작성일 " when {@code rows} is −1 (the line under the title), else the total ("총 N건"). */
        String subtitle(int rows);

        List<String> columns();

        String disposition(RegisterRow row);

        String status(RegisterRow row);
    }

    /** Calls back with every row, in order. */
    @FunctionalInterface
    public interface Rows {
        void forEach(Consumer<RegisterRow> sink);
    }

    private static final int[] WIDTHS = {5, 22, 11, 15, 9, 10, 38, 30, 10, 14, 8, 11, 8, 20, 11};
    private static final int HEADER_ROW = 2;

    private FollowUpRegisterWriter() {
    }

    /** Writes the register; returns how many rows it holds. */
    public static int write(Rows rows, Words words, LocalDate writtenOn, OutputStream out) throws IOException {
        SXSSFWorkbook wb = new SXSSFWorkbook(200);
        try {
            wb.setCompressTempFiles(true);
            SXSSFSheet sheet = wb.createSheet(words.title());
            Styles styles = new Styles(wb);
            for (int i = 0; i < WIDTHS.length; i++) {
                sheet.setColumnWidth(i, WIDTHS[i] * 256);
            }
            Row title = sheet.createRow(0);
            title.setHeightInPoints(26);
            cell(title, 0, words.title(), styles.title);
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, WIDTHS.length - 1));
            // streamed rows cannot be revisited once flushed: the subtitle says the date, the total comes last
            Row sub = sheet.createRow(1);
            cell(sub, 0, words.subtitle(-1) + writtenOn, styles.subtitle);
            sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, WIDTHS.length - 1));
            Row header = sheet.createRow(HEADER_ROW);
            List<String> columns = words.columns();
            for (int i = 0; i < columns.size(); i++) {
                cell(header, i, columns.get(i), styles.header);
            }
            int[] n = {0};
            rows.forEach(r -> {
                Cancellation.check();
                Row row = sheet.createRow(HEADER_ROW + 1 + n[0]);
                n[0]++;
                number(row, 0, n[0], styles.center);
                text(row, 1, Ordinals.fullTitle(r.seriesName(), r.ordinal(), r.meetingTitle()), styles);
                date(row, 2, r.meetingDate(), styles.date);
                text(row, 3, r.organization(), styles);
                text(row, 4, r.speaker(), styles);
                text(row, 5, r.category(), styles);
                text(row, 6, r.text(), styles);
                text(row, 7, r.answer(), styles);
                text(row, 8, r.disposition() == null ? null : words.disposition(r), styles);
                text(row, 9, r.department(), styles);
                text(row, 10, r.owner(), styles);
                if (r.due() != null) {
                    date(row, 11, r.due(), styles.date);
                } else {
                    text(row, 11, r.dueText(), styles);
                }
                text(row, 12, words.status(r), styles);
                text(row, 13, r.result(), styles);
                date(row, 14, r.updatedAt() == null ? null : r.updatedAt().toLocalDate(), styles.date);
                // streamed rows are not measured by the spreadsheet: make each tall enough for its longest text
                int lines = 1;
                for (int column : new int[] {1, 3, 6, 7, 9, 13}) {
                    Cell c = row.getCell(column);
                    if (c != null && c.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING) {
                        lines = Math.max(lines, lines(c.getStringCellValue(), WIDTHS[column]));
                    }
                }
                row.setHeightInPoints(Math.min(409, lines * 13f + 3));
            });
            Row total = sheet.createRow(HEADER_ROW + 1 + n[0]);
            cell(total, 0, words.subtitle(n[0]), styles.subtitle);
            sheet.createFreezePane(0, HEADER_ROW + 1);
            sheet.setAutoFilter(new CellRangeAddress(HEADER_ROW, HEADER_ROW + Math.max(n[0], 1), 0, WIDTHS.length - 1));
            sheet.setRepeatingRows(new CellRangeAddress(HEADER_ROW, HEADER_ROW, -1, -1));
            PrintSetup print = sheet.getPrintSetup();
            print.setLandscape(true);
            print.setPaperSize(PrintSetup.A4_PAPERSIZE);
            print.setFitWidth((short) 1);
            print.setFitHeight((short) 0);
            sheet.setFitToPage(true);
            sheet.setMargin(org.apache.poi.ss.usermodel.Sheet.LeftMargin, 0.4);
            sheet.setMargin(org.apache.poi.ss.usermodel.Sheet.RightMargin, 0.4);
            wb.write(out);
            return n[0];
        } finally {
            wb.close(); // also deletes the streamed sheets' temporary files
        }
    }

    /** How many lines a text takes in a column {@code width} characters wide (a Hangul syllable is ~1.8 wide). */
    static int lines(String text, int width) {
        int total = 0;
        for (String line : text.split("\n", -1)) {
            double w = 0;
            for (int i = 0; i < line.length(); i++) {
                char ch = line.charAt(i);
                w += ch >= 0x1100 && (ch <= 0x11FF || ch >= 0x2E80) ? 1.8 : 1.0;
            }
            total += Math.max(1, (int) Math.ceil(w / Math.max(1, width - 1.5)));
        }
        return total;
    }

    private static void cell(Row row, int column, String value, CellStyle style) {
        Cell c = row.createCell(column);
        c.setCellValue(value);
        c.setCellStyle(style);
    }

    /** Text as typed: what looks like a formula gets Excel's quote prefix, so it shows as typed and never runs. */
    private static void text(Row row, int column, String value, Styles styles) {
        Cell c = row.createCell(column);
        if (value == null) {
            c.setCellStyle(styles.wrap);
            return;
        }
        c.setCellValue(value);
        c.setCellStyle(Cells.looksLikeFormula(value) ? styles.quoted : styles.wrap);
    }

    private static void number(Row row, int column, int value, CellStyle style) {
        Cell c = row.createCell(column);
        c.setCellValue(value);
        c.setCellStyle(style);
    }

    private static void date(Row row, int column, LocalDate value, CellStyle style) {
        Cell c = row.createCell(column);
        c.setCellStyle(style);
        if (value != null) {
            c.setCellValue(value);
        }
    }

    /** The few cell styles of the register (a workbook holds a limited number, so they are made once). */
    private static final class Styles {
        final CellStyle title;
        final CellStyle subtitle;
        final CellStyle header;
        final CellStyle wrap;
        final CellStyle quoted;
        final CellStyle center;
        final CellStyle date;

        Styles(SXSSFWorkbook wb) {
            Font base = font(wb, 10, false);
            Font bold = font(wb, 10, true);
            title = wb.createCellStyle();
            title.setFont(font(wb, 16, true));
            title.setVerticalAlignment(VerticalAlignment.CENTER);
            subtitle = wb.createCellStyle();
            subtitle.setFont(base);
            header = bordered(wb, bold);
            header.setAlignment(HorizontalAlignment.CENTER);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            header.setWrapText(true);
            wrap = bordered(wb, base);
            wrap.setWrapText(true);
            quoted = bordered(wb, base);
            quoted.setWrapText(true);
            quoted.setQuotePrefixed(true);
            center = bordered(wb, base);
            center.setAlignment(HorizontalAlignment.CENTER);
            date = bordered(wb, base);
            date.setAlignment(HorizontalAlignment.CENTER);
            date.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
        }

        private static Font font(SXSSFWorkbook wb, int points, boolean bold) {
            Font f = wb.createFont();
            f.setFontName("맑은 고딕");
            f.setFontHeightInPoints((short) points);
            f.setBold(bold);
            return f;
        }

        private static CellStyle bordered(SXSSFWorkbook wb, Font font) {
            CellStyle s = wb.createCellStyle();
            s.setFont(font);
            s.setVerticalAlignment(VerticalAlignment.TOP);
            s.setBorderTop(BorderStyle.THIN);
            s.setBorderBottom(BorderStyle.THIN);
            s.setBorderLeft(BorderStyle.THIN);
            s.setBorderRight(BorderStyle.THIN);
            return s;
        }
    }

}
