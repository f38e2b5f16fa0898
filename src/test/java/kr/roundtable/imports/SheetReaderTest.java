package kr.roundtable.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kr.roundtable.model.ImportField;
import kr.roundtable.testutil.AttendeeFiles;

class SheetReaderTest {
    @TempDir
    Path dir;

    @Test
    void ministryListFindsTheTwoRowHeaderUnderTheTitle() throws Exception {
        List<List<String>> grid = SheetReader.read(AttendeeFiles.ministryXlsx(dir));
        HeaderDetector.Header header = HeaderDetector.detect(grid);
        assertEquals(3, header.row(), "the second header row, 0-based");
        assertEquals(Map.of(0, ImportField.IGNORED, 1, ImportField.NAME, 2, ImportField.ORGANIZATION,
                3, ImportField.DEPARTMENT, 4, ImportField.TITLE, 5, ImportField.PHONE, 6, ImportField.EMAIL),
                header.columns());
        assertEquals("휴대폰", header.labels().get(5));
    }

    @Test
    void mergedTitleFillsItsCellsAndFullWidthSpacesAreTrimmed() throws Exception {
        List<List<String>> grid = SheetReader.read(AttendeeFiles.ministryXlsx(dir));
        assertEquals("제17차 디지털 국정과제 연속 현장 간담회 참석자 명단", grid.get(0).get(6));
        assertEquals("이영희", grid.get(7).get(1));
        assertEquals("1098765432", grid.get(5).get(5));
    }

    @Test
    void csvInUtf8WithAndWithoutBomReadsTheSame() throws Exception {
        List<List<String>> plain = SheetReader.read(AttendeeFiles.utf8Csv(dir, false));
        List<List<String>> bom = SheetReader.read(AttendeeFiles.utf8Csv(dir, true));
        assertEquals(plain, bom);
        assertEquals(List.of("2", "Lee, Sarah", "4D리플레이", "CTO", "010 4444 5555", "sarah@4d.example"), plain.get(2));
        assertEquals(ImportField.NAME, HeaderDetector.detect(plain).columns().get(1));
    }

    @Test
    void csvInCp949IsDetected() throws Exception {
        String text = "성명,기관명,직급,전화번호\n김서연,중소벤처기업부,사무관,02-2100-1234\n";
        List<List<String>> grid = SheetReader.read(AttendeeFiles.csv(dir, "euckr.csv", text,
                Charset.forName("x-windows-949"), false));
        assertEquals(List.of("김서연", "중소벤처기업부", "사무관", "02-2100-1234"), grid.get(1));
    }

    @Test
    void tabSeparatedTextIsRead() throws Exception {
        List<List<String>> grid = SheetReader.read(AttendeeFiles.csv(dir, "list.csv", "이름\t회사\n정다은\t네이버\n",
                StandardCharsets.UTF_8, false));
        assertEquals(List.of("정다은", "네이버"), grid.get(1));
    }

    @Test
    void fileThatIsNotASpreadsheetIsRefused() throws Exception {
        Path fake = Files.write(dir.resolve("명단.xlsx"), "이것은 엑셀 파일이 아닙니다".getBytes(StandardCharsets.UTF_8));
        assertEquals(ImportProblem.Kind.NOT_SPREADSHEET, assertThrows(ImportProblem.class,
                () -> SheetReader.read(fake)).kind());
        Path binary = Files.write(dir.resolve("image.csv"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 1});
        assertEquals(ImportProblem.Kind.NOT_SPREADSHEET, assertThrows(ImportProblem.class,
                () -> SheetReader.read(binary)).kind());
    }

    @Test
    void passwordProtectedWorkbookIsRefused() throws Exception {
        Path plain = AttendeeFiles.ministryXlsx(dir);
        Path locked = dir.resolve("암호.xlsx");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor encryptor = info.getEncryptor();
            encryptor.confirmPassword("비밀번호");
            try (OutputStream os = encryptor.getDataStream(fs)) {
                Files.copy(plain, os);
            }
            try (OutputStream out = Files.newOutputStream(locked)) {
                fs.writeFilesystem(out);
            }
        }
        assertEquals(ImportProblem.Kind.ENCRYPTED, assertThrows(ImportProblem.class,
                () -> SheetReader.read(locked)).kind());
    }

    @Test
    void zipBombIsRefusedByPoisProtection() throws Exception {
        Path plain = AttendeeFiles.xlsx(dir, "small.xlsx", List.of(List.of("성명", "소속"), List.of("홍길동", "네이버")));
        Path bomb = dir.resolve("bomb.xlsx");
        try (ZipFile zip = new ZipFile(plain.toFile());
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(bomb))) {
            for (ZipEntry entry : Collections.list(zip.entries())) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                byte[] content = zip.getInputStream(entry).readAllBytes();
                if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
                    String xml = new String(content, StandardCharsets.UTF_8);
                    int at = xml.indexOf("<sheetData>");
                    out.write(xml.substring(0, at).getBytes(StandardCharsets.UTF_8));
                    byte[] spaces = new byte[1 << 20];
                    java.util.Arrays.fill(spaces, (byte) ' ');
                    for (int i = 0; i < 15; i++) {
                        out.write(spaces); // 15 MB of blanks that compress to almost nothing
                    }
                    out.write(xml.substring(at).getBytes(StandardCharsets.UTF_8));
                } else {
                    out.write(content);
                }
                out.closeEntry();
            }
        }
        assertEquals(ImportProblem.Kind.ZIP_BOMB, assertThrows(ImportProblem.class, () -> SheetReader.read(bomb)).kind());
    }

    @Test
    void moreThanTenThousandRowsIsRefused() throws Exception {
        StringBuilder csv = new StringBuilder("성명,소속\n");
        for (int i = 0; i < 10_050; i++) {
            csv.append("사람").append(i).append(",기관\n");
        }
        Path file = AttendeeFiles.csv(dir, "many.csv", csv.toString(), StandardCharsets.UTF_8, false);
        assertEquals(ImportProblem.Kind.TOO_MANY_ROWS, assertThrows(ImportProblem.class,
                () -> SheetReader.read(file)).kind());

        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("성명", "소속"));
        for (int i = 0; i < 10_050; i++) {
            rows.add(List.of("사람" + i, "기관"));
        }
        Path xlsx = AttendeeFiles.xlsx(dir, "many.xlsx", rows);
        assertEquals(ImportProblem.Kind.TOO_MANY_ROWS, assertThrows(ImportProblem.class,
                () -> SheetReader.read(xlsx)).kind());
    }

    @Test
    void fileOverTwentyMegabytesIsRefusedBeforeReading() throws Exception {
        Path big = dir.resolve("big.csv");
        try (var channel = java.nio.channels.FileChannel.open(big, java.nio.file.StandardOpenOption.CREATE_NEW,
                java.nio.file.StandardOpenOption.WRITE)) {
            channel.write(java.nio.ByteBuffer.wrap(new byte[] {'a'}), SheetReader.MAX_BYTES + 1);
        }
        assertEquals(ImportProblem.Kind.TOO_LARGE, assertThrows(ImportProblem.class,
                () -> SheetReader.read(big)).kind());
    }

    @Test
    void emptyFileAndFileWithoutHeaderAreRefused() throws Exception {
        Path empty = Files.write(dir.resolve("empty.csv"), new byte[0]);
        assertEquals(ImportProblem.Kind.EMPTY, assertThrows(ImportProblem.class, () -> SheetReader.read(empty)).kind());
        List<List<String>> grid = SheetReader.read(AttendeeFiles.csv(dir, "noheader.csv", "가,나\n다,라\n",
                StandardCharsets.UTF_8, false));
        assertEquals(ImportProblem.Kind.NO_HEADER, assertThrows(ImportProblem.class,
                () -> HeaderDetector.detect(grid)).kind());
    }
}
