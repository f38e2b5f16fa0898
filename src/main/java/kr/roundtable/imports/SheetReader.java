package kr.roundtable.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Reads the first sheet of an {@code .xlsx}/{@code .xls} file, or a {@code .csv} in UTF-8 (with or without BOM) or
 * CP949/EUC-KR, into a grid of trimmed cell texts. Merged cells give their value to every cell they cover. POI's
 * zip-bomb protection stays on; files over {@value #MAX_BYTES} bytes or {@value #MAX_ROWS} rows are refused.
 */
public final class SheetReader {
    public static final long MAX_BYTES = 20L * 1024 * 1024;
    public static final int MAX_ROWS = 10_000;
    private static final Charset CP949 = Charset.forName("x-windows-949");

    private SheetReader() {
    }

    public static List<List<String>> read(Path file) throws ImportProblem {
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw new ImportProblem(ImportProblem.Kind.UNREADABLE, e.getMessage(), e);
        }
        if (size > MAX_BYTES) {
            throw new ImportProblem(ImportProblem.Kind.TOO_LARGE, size + " bytes", null);
        }
        if (size == 0) {
            throw new ImportProblem(ImportProblem.Kind.EMPTY, null, null);
        }
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        List<List<String>> grid = name.endsWith(".csv") || name.endsWith(".txt") ? readCsv(file) : readWorkbook(file);
        if (grid.stream().allMatch(row -> row.stream().allMatch(String::isEmpty))) {
            throw new ImportProblem(ImportProblem.Kind.EMPTY, null, null);
        }
        return grid;
    }

    static List<List<String>> readWorkbook(Path file) throws ImportProblem {
        try (Workbook workbook = WorkbookFactory.create(file.toFile(), null, true)) {
            Sheet sheet = firstSheetWithRows(workbook);
            if (sheet == null) {
                throw new ImportProblem(ImportProblem.Kind.EMPTY, null, null);
            }
            if (sheet.getLastRowNum() + 1 > MAX_ROWS + 20) {
                throw new ImportProblem(ImportProblem.Kind.TOO_MANY_ROWS, String.valueOf(sheet.getLastRowNum() + 1), null);
            }
            DataFormatter format = new DataFormatter(Locale.KOREA);
            int width = 0;
            List<List<String>> grid = new ArrayList<>();
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                List<String> cells = new ArrayList<>();
                if (row != null) {
                    for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                        Cell cell = row.getCell(c);
                        cells.add(cell == null ? "" : clean(format.formatCellValue(cell)));
                    }
                }
                width = Math.max(width, cells.size());
                grid.add(cells);
            }
            for (CellRangeAddress merged : sheet.getMergedRegions()) {
                String value = cell(grid, merged.getFirstRow(), merged.getFirstColumn());
                for (int r = merged.getFirstRow(); r <= merged.getLastRow() && r < grid.size(); r++) {
                    for (int c = merged.getFirstColumn(); c <= merged.getLastColumn(); c++) {
                        set(grid, r, c, value);
                    }
                }
            }
            return grid;
        } catch (EncryptedDocumentException e) {
            throw new ImportProblem(ImportProblem.Kind.ENCRYPTED, e.getMessage(), e);
        } catch (IOException | RuntimeException e) {
            String message = String.valueOf(e.getMessage());
            if (message.contains("Zip bomb") || message.contains("zip bomb") || message.contains("exceeds the max")) {
                throw new ImportProblem(ImportProblem.Kind.ZIP_BOMB, message, e);
            }
            if (message.toLowerCase(Locale.ROOT).contains("password") || message.contains("encrypted")) {
                throw new ImportProblem(ImportProblem.Kind.ENCRYPTED, message, e);
            }
            throw new ImportProblem(ImportProblem.Kind.NOT_SPREADSHEET, message, e);
        }
    }

    private static Sheet firstSheetWithRows(Workbook workbook) {
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            Sheet sheet = workbook.getSheetAt(i);
            if (sheet.getPhysicalNumberOfRows() > 0 && !workbook.isSheetHidden(i)) {
                return sheet;
            }
        }
        return null;
    }

    static List<List<String>> readCsv(Path file) throws ImportProblem {
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new ImportProblem(ImportProblem.Kind.UNREADABLE, e.getMessage(), e);
        }
        if (looksBinary(bytes)) {
            throw new ImportProblem(ImportProblem.Kind.NOT_SPREADSHEET, "binary content", null);
        }
        String text = decode(bytes);
        char delimiter = text.lines().findFirst().map(first ->
                first.chars().filter(c -> c == '\t').count() > first.chars().filter(c -> c == ',').count() ? '\t' : ',')
                .orElse(',');
        List<List<String>> grid = new ArrayList<>();
        try (Reader reader = new StringReader(text)) {
            for (CSVRecord record : CSVFormat.DEFAULT.builder().setDelimiter(delimiter).get().parse(reader)) {
                if (grid.size() > MAX_ROWS + 20) {
                    throw new ImportProblem(ImportProblem.Kind.TOO_MANY_ROWS, String.valueOf(grid.size()), null);
                }
                List<String> cells = new ArrayList<>();
                record.forEach(value -> cells.add(clean(value)));
                grid.add(cells);
            }
        } catch (IOException | RuntimeException e) {
            throw new ImportProblem(ImportProblem.Kind.NOT_SPREADSHEET, e.getMessage(), e);
        }
        return grid;
    }

    /** UTF-8 when the bytes are valid UTF-8 (BOM dropped), else CP949 (the superset of EUC-KR). */
    static String decode(byte[] bytes) {
        int start = bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB
                && (bytes[2] & 0xff) == 0xBF ? 3 : 0;
        ByteBuffer buffer = ByteBuffer.wrap(bytes, start, bytes.length - start);
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(buffer).toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(bytes, CP949);
        }
    }

    private static boolean looksBinary(byte[] bytes) {
        int n = Math.min(bytes.length, 4096);
        for (int i = 0; i < n; i++) {
            if (bytes[i] == 0) {
                return true;
            }
        }
        return false;
    }

    /** Full-width and other odd spaces folded, trailing and leading spaces gone. */
    static String clean(String value) {
        if (value == null) {
            return "";
        }
        return value.replace('\u3000', ' ').replace('\u00a0', ' ').strip();
    }

    private static String cell(List<List<String>> grid, int r, int c) {
        return r < grid.size() && c < grid.get(r).size() ? grid.get(r).get(c) : "";
    }

    private static void set(List<List<String>> grid, int r, int c, String value) {
        List<String> row = grid.get(r);
        while (row.size() <= c) {
            row.add("");
        }
        row.set(c, value);
    }
}
