package kr.roundtable.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SafeFileTest {
    @TempDir
    Path dir;

    @Test
    void anExportInterruptedMidwayLeavesThePreviousFileIntact() throws Exception {
        Path target = dir.resolve("회의록.docx");
        SafeFile.write(target, out -> out.write("이전 회의록".getBytes(StandardCharsets.UTF_8)));
        assertThrows(IOException.class, () -> SafeFile.write(target, out -> {
            out.write("새 회의록의 앞부분".getBytes(StandardCharsets.UTF_8));
            throw new IOException("디스크가 가득 찼습니다");
        }));
        assertEquals("이전 회의록", Files.readString(target));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(target), files.toList(), "no half-written file is left behind");
        }
    }

    @Test
    void aCancelThatComesAfterTheLastByteStillKeepsThePreviousFile() throws Exception {
        Path target = dir.resolve("처리현황.xlsx");
        SafeFile.write(target, out -> out.write("이전".getBytes(StandardCharsets.UTF_8)));
        java.util.concurrent.atomic.AtomicBoolean cancelled = new java.util.concurrent.atomic.AtomicBoolean();
        assertThrows(java.util.concurrent.CancellationException.class, () -> Cancellation.watching(cancelled::get,
                () -> SafeFile.write(target, out -> {
                    out.write("새 내용".getBytes(StandardCharsets.UTF_8));
                    cancelled.set(true); // the user clicks Cancel while the file is being finished
                })));
        assertEquals("이전", Files.readString(target));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(target), files.toList(), "no temporary file left");
        }
        SafeFile.write(target, out -> out.write("다음".getBytes(StandardCharsets.UTF_8)));
        assertEquals("다음", Files.readString(target), "the flag belongs to the cancelled export only");
    }

    @Test
    void aCompleteWriteReplacesThePreviousFile() throws Exception {
        Path target = dir.resolve("명단.xlsx");
        SafeFile.write(target, out -> out.write(1));
        SafeFile.write(target, out -> out.write(new byte[] {2, 3}));
        assertEquals(2, Files.size(target));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "제16차 디지털 국정과제 연속 현장 간담회 명패|제16차 디지털 국정과제 연속 현장 간담회 명패",
            "A/B: 회의?|A_B_ 회의_",
            "보도자료 \"초안\" <1>|보도자료 _초안_ _1_",
            "끝에 점이 있는 이름...|끝에 점이 있는 이름",
            "CON|_CON"})
    void fileNamesFromTitlesAreSafeOnWindowsAndMac(String title, String expected) {
        assertEquals(expected, SafeFile.safeName(title));
    }
}
