package kr.roundtable.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kr.roundtable.model.ImportField;
import kr.roundtable.model.ImportRow;
import kr.roundtable.model.ImportRowStatus;
import kr.roundtable.model.Invitee;
import kr.roundtable.model.Meeting;
import kr.roundtable.model.OrganizationKind;
import kr.roundtable.model.Person;
import kr.roundtable.model.RosterEntry;
import kr.roundtable.model.Side;
import kr.roundtable.testutil.AttendeeFiles;
import kr.roundtable.testutil.MeetingBuilder;
import kr.roundtable.testutil.TestDatabase;

class ImportServiceTest {
    @TempDir
    Path dir;
    Repositories repos;
    ImportService imports;
    RosterService roster;

    @BeforeEach
    void open() {
        repos = TestDatabase.repositories(dir);
        imports = new ImportService(repos);
        roster = new RosterService(repos);
    }

    @AfterEach
    void close() {
        repos.db().close();
    }

    @Test
    void previewShowsEachRowAsItWillBeStored() throws Exception {
        roster.save(new Person(0, "홍길동", null, null, "팀장", null, null, null, null, null), "한국무역협회",
                OrganizationKind.ASSOCIATION);
        ImportService.Preview preview = imports.preview(AttendeeFiles.ministryXlsx(dir), null);
        assertEquals(3, preview.headerRow());
        List<String> rows = preview.rows().stream().map(r -> r.rowNumber() + " " + r.status() + " "
                + r.value(ImportField.NAME) + " " + r.value(ImportField.ORGANIZATION) + " " + r.value(ImportField.PHONE))
                .toList();
        assertEquals(List.of("5 UPDATE 홍길동 한국무역협회 010-1234-5678", "6 NEW 김철수 베어로보틱스 010-9876-5432",
                "8 NEW 이영희 과학기술정보통신부 044-202-6110"), rows);
    }

    @Test
    void importIntoAMeetingAddsPeopleAndInvitesThem() throws Exception {
        Meeting m = repos.db().write(() -> repos.meetings().insert(new MeetingBuilder().build()));
        ImportService.Preview preview = imports.preview(AttendeeFiles.ministryXlsx(dir), m.id());
        ImportService.Result result = imports.apply(preview);
        assertEquals(new ImportService.Result(3, 0, 3, 0), result);
        List<Invitee> invited = new InvitationService(repos).invitees(m.id());
        assertEquals(List.of("홍길동 RELATED_AGENCY", "김철수 COMPANY", "이영희 GOVERNMENT"), invited.stream()
                .map(i -> i.name() + " " + i.participant().side()).toList());
        RosterEntry lee = roster.search("이영희").get(0);
        assertEquals("정보통신산업정책과", lee.person().department());
        assertEquals(OrganizationKind.MINISTRY, roster.organizations().stream()
                .filter(o -> o.name().equals("과학기술정보통신부")).findFirst().orElseThrow().kind());

        ImportService.Result again = imports.apply(imports.preview(AttendeeFiles.ministryXlsx(dir), m.id()));
        assertEquals(new ImportService.Result(0, 3, 0, 3), again);
    }

    @Test
    void englishCsvIsMappedAndNormalised() throws Exception {
        ImportService.Preview preview = imports.preview(AttendeeFiles.utf8Csv(dir, true), null);
        assertEquals(List.of("박지민|스트라티오|CEO|010-2222-3333|park@stratio.example",
                "Lee, Sarah|4D리플레이|CTO|010-4444-5555|sarah@4d.example"), preview.rows().stream()
                .map(r -> String.join("|", r.value(ImportField.NAME), r.value(ImportField.ORGANIZATION),
                        r.value(ImportField.TITLE), r.value(ImportField.PHONE), r.value(ImportField.EMAIL))).toList());
    }

    @Test
    void rowErrorsSayWhyAndBlockTheWholeImport() throws Exception {
        Path file = AttendeeFiles.csv(dir, "errors.csv", "성명,소속,이메일\n"
                + "홍길동,네이버,hong@naver.example\n"
                + ",카카오,nobody@kakao.example\n"
                + "김철수,라인,메일주소아님\n"
                + "홍길동,네이버,dup@naver.example\n"
                + "이영희,토스," + "x".repeat(2_001) + "\n", StandardCharsets.UTF_8, false);
        ImportService.Preview preview = imports.preview(file, null);
        assertEquals(List.of("2 NEW null", "3 ERROR import.row.noName", "4 ERROR import.row.badEmail",
                "5 ERROR import.row.duplicate", "6 ERROR import.row.tooLong"), preview.rows().stream()
                .map(r -> r.rowNumber() + " " + r.status() + " " + r.reasonKey()).toList());
        Refusal refusal = assertThrows(Refusal.class, () -> imports.apply(preview));
        assertEquals("import.error.rowsWithErrors", refusal.key());
        assertEquals(List.of(), roster.search(""), "nothing imported");
    }

    @Test
    void changingTheMappingReclassifies() throws Exception {
        Path file = AttendeeFiles.csv(dir, "odd.csv", "참가자,회사,비고\n홍길동,네이버,대표\n", StandardCharsets.UTF_8, false);
        ImportService.Preview preview = imports.preview(file, null);
        assertEquals(ImportField.IGNORED, preview.columns().get(2));
        ImportService.Preview remapped = imports.remap(preview, 2, ImportField.TITLE);
        ImportRow row = remapped.rows().get(0);
        assertEquals("대표", row.value(ImportField.TITLE));
        assertEquals(ImportRowStatus.NEW, row.status());
    }

    @Test
    void choosingAnotherHeaderRowReadsTheRowsBelowIt() throws Exception {
        Path file = AttendeeFiles.csv(dir, "two.csv", "성명,소속\n홍길동,네이버\n이름,회사\n김철수,카카오\n",
                StandardCharsets.UTF_8, false);
        ImportService.Preview preview = imports.withHeaderRow(imports.preview(file, null), 2);
        assertEquals(List.of("김철수"), preview.rows().stream().map(r -> r.value(ImportField.NAME)).toList());
    }

    @Test
    void importedPeopleAreFoundBySearchAtOnce() throws Exception {
        imports.apply(imports.preview(AttendeeFiles.ministryXlsx(dir), null));
        assertTrue(roster.search("ㄱㅊㅅ").stream().anyMatch(e -> e.person().name().equals("김철수")));
        assertEquals(Side.COMPANY, kr.roundtable.model.Sides.defaultFor(OrganizationKind.OTHER));
    }
}
