package kr.roundtable.testutil;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Attendee lists the way ministries receive them, written as real files for the importer tests. */
public final class AttendeeFiles {
    private AttendeeFiles() {
    }

    /**
     * An .xlsx with a merged title row, a blank row, a numbering column, a merged "연락처" header over "휴대폰 | 이메일",
     * the phone of the second row stored as a number, and a blank row inside the data.
     */
    public static Path ministryXlsx(Path dir) throws IOException {
        Path file = dir.resolve("참석자명단.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = wb.createSheet("명단");
            row(sheet, 0, "제17차 디지털 국정과제 연속 현장 간담회 참석자 명단");
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 6));
            row(sheet, 2, "연번", "성 명", "소속", "부서", "직위", "연락처", "");
            row(sheet, 3, "", "", "", "", "", "휴대폰", "이메일");
            sheet.addMergedRegion(new CellRangeAddress(2, 2, 5, 6));
            sheet.addMergedRegion(new CellRangeAddress(2, 3, 0, 0));
            sheet.addMergedRegion(new CellRangeAddress(2, 3, 1, 1));
            sheet.addMergedRegion(new CellRangeAddress(2, 3, 2, 2));
            sheet.addMergedRegion(new CellRangeAddress(2, 3, 3, 3));
            sheet.addMergedRegion(new CellRangeAddress(2, 3, 4, 4));
            row(sheet, 4, "1", "홍길동", "한국무역협회", "회원지원본부", "본부장", "010.1234.5678", "hong@kita.example");
            Row second = row(sheet, 5, "2", "김철수 ", "베어로보틱스", "", "대표", "", "kim@bear.example");
            second.createCell(5).setCellValue(1098765432d);
            row(sheet, 7, "3", "\u3000이영희", "과학기술정보통신부", "정보통신산업정책과", "과장", "044-202-6110", "");
            wb.write(out);
        }
        return file;
    }

    public static Row row(Sheet sheet, int index, String... values) {
        Row row = sheet.createRow(index);
        for (int i = 0; i < values.length; i++) {
            row.createCell(i).setCellValue(values[i]);
        }
        return row;
    }

    public static Path xlsx(Path dir, String name, List<List<String>> rows) throws IOException {
        Path file = dir.resolve(name);
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = wb.createSheet();
            for (int r = 0; r < rows.size(); r++) {
                row(sheet, r, rows.get(r).toArray(String[]::new));
            }
            wb.write(out);
        }
        return file;
    }

    public static Path csv(Path dir, String name, String text, Charset charset, boolean bom) throws IOException {
        Path file = dir.resolve(name);
        byte[] body = text.getBytes(charset);
        byte[] bytes = body;
        if (bom) {
            bytes = new byte[body.length + 3];
            bytes[0] = (byte) 0xEF;
            bytes[1] = (byte) 0xBB;
            bytes[2] = (byte) 0xBF;
            System.arraycopy(body, 0, bytes, 3, body.length);
        }
        Files.write(file, bytes);
        return file;
    }

    public static final String ENGLISH_CSV = "No,Name,Company,Title,Mobile,E-mail\n"
            + "1,박지민,스트라티오,CEO,+82 10-2222-3333,park@stratio.example\n"
            + "2,\"Lee, Sarah\",4D리플레이,CTO,010 4444 5555,sarah@4d.example\n";

    public static Path utf8Csv(Path dir, boolean bom) throws IOException {
        return csv(dir, bom ? "bom.csv" : "plain.csv", ENGLISH_CSV, StandardCharsets.UTF_8, bom);
    }
}
