package kr.roundtable.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kr.roundtable.model.AgendaItem;
import kr.roundtable.model.Attendance;
import kr.roundtable.model.Category;
import kr.roundtable.model.Disposition;
import kr.roundtable.model.FollowUp;
import kr.roundtable.model.FollowUpStatus;
import kr.roundtable.model.Meeting;
import kr.roundtable.model.MeetingSeries;
import kr.roundtable.model.MeetingStatus;
import kr.roundtable.model.MeetingSummary;
import kr.roundtable.model.Organization;
import kr.roundtable.model.OrganizationKind;
import kr.roundtable.model.Participant;
import kr.roundtable.model.ParticipantRole;
import kr.roundtable.model.Person;
import kr.roundtable.model.Remark;
import kr.roundtable.model.RemarkKind;
import kr.roundtable.model.SeatingLayout;
import kr.roundtable.model.SeatingPlan;
import kr.roundtable.model.Side;
import kr.roundtable.service.Repositories;
import kr.roundtable.testutil.MeetingBuilder;
import kr.roundtable.testutil.PersonBuilder;
import kr.roundtable.testutil.TestDatabase;

/** Every repository writes to a real SQLite file and reads back what it wrote, after reopening the file. */
class RepositoriesTest {
    @TempDir
    Path dir;
    Repositories repos;

    @BeforeEach
    void open() {
        repos = TestDatabase.repositories(dir);
    }

    @AfterEach
    void close() {
        repos.db().close();
    }

    /** Closes and reopens the file, so reads come from disk and not from anything cached. */
    void reopen() {
        repos.db().close();
        repos = TestDatabase.repositories(dir);
    }

    <T> T write(java.util.function.Supplier<T> work) {
        return repos.db().write(work);
    }

    <T> T read(java.util.function.Supplier<T> work) {
        return repos.db().read(work);
    }

    long org(String name) {
        return write(() -> repos.organizations().insert(Organization.of(name, OrganizationKind.MINISTRY))).id();
    }

    long person(String name, Long orgId) {
        return write(() -> repos.people().insert(new PersonBuilder().withName(name).withOrganization(orgId).build()))
                .id();
    }

    Meeting meeting(MeetingBuilder builder) {
        return write(() -> repos.meetings().insert(builder.build()));
    }

    @Nested
    class Organizations {
        @Test
        void insertedOrganizationIsReadBackWithKindAndSector() {
            Organization stored = write(() -> repos.organizations().insert(
                    new Organization(0, "정보통신산업진흥원", OrganizationKind.PUBLIC_INSTITUTION, "ICT 산업진흥")));
            reopen();
            assertEquals(Optional.of(stored), read(() -> repos.organizations().find(stored.id())));
        }

        @Test
        void duplicateNameIsRefused() {
            org("한국무역협회");
            assertThrows(StorageException.class, () -> org("한국무역협회"));
        }

        @Test
        void findOrCreateReusesAnExistingOrganization() {
            long id = org("중소기업중앙회");
            Organization found = write(() -> repos.organizations().findOrCreate("중소기업중앙회 ",
                    OrganizationKind.ASSOCIATION));
            assertEquals(id, found.id());
            assertEquals(1L, read(() -> repos.organizations().count()));
        }
    }

    @Nested
    class People {
        @Test
        void insertedPersonIsReadBackWithEveryField() {
            long orgId = org("베어로보틱스");
            Person stored = write(() -> repos.people().insert(new Person(0, "김서연", orgId, "해외사업본부", "대표이사", 3,
                    "010-1234-5678", "kim@example.kr", "영어 가능", 1980)));
            reopen();
            assertEquals(Optional.of(stored), read(() -> repos.people().find(stored.id())));
        }

        @Test
        void updateChangesTheStoredPerson() {
            long id = person("이민준", null);
            Person changed = new PersonBuilder().withName("이민준").withTitle("부사장").build().withId(id);
            write(() -> {
                repos.people().update(changed);
                return null;
            });
            reopen();
            assertEquals("부사장", read(() -> repos.people().find(id)).orElseThrow().title());
        }

        @Test
        void sameNameAndOrganizationIsFoundForImportUpdates() {
            long orgId = org("스트라티오");
            long id = person("박지훈", orgId);
            person("박지훈", null);
            assertEquals(id, read(() -> repos.people().findByNameAndOrganization("박지훈", orgId)).orElseThrow().id());
        }

        @Test
        void batchInsertStoresEveryone() {
            write(() -> {
                repos.people().insertAll(List.of(new PersonBuilder().withName("가").build(),
                        new PersonBuilder().withName("나").build(), new PersonBuilder().withName("다").build()));
                return null;
            });
            assertEquals(List.of("가", "나", "다"), read(() -> repos.people().all()).stream().map(Person::name).toList());
        }
    }

    @Nested
    class Series {
        @Test
        void highestOrdinalFollowsTheSeriesMeetings() {
            MeetingSeries series = write(() -> repos.series().insert(new MeetingSeries(0, "디지털 국정과제 연속 현장 간담회", 14)));
            assertEquals(null, read(() -> repos.series().highestOrdinal(series.id())));
            meeting(new MeetingBuilder().inSeries(series.id(), 15));
            meeting(new MeetingBuilder().inSeries(series.id(), 16));
            reopen();
            assertEquals(16, read(() -> repos.series().highestOrdinal(series.id())));
            assertEquals(Optional.of(series), read(() -> repos.series().findByName("디지털 국정과제 연속 현장 간담회")));
        }

        @Test
        void sameOrdinalTwiceInOneSeriesIsRefused() {
            MeetingSeries series = write(() -> repos.series().insert(MeetingSeries.of("정책협의회")));
            meeting(new MeetingBuilder().inSeries(series.id(), 1));
            assertThrows(StorageException.class, () -> meeting(new MeetingBuilder().inSeries(series.id(), 1)));
        }
    }

    @Nested
    class Meetings {
        @Test
        void meetingIsReadBackWithHostsInOrder() {
            long mss = org("중소벤처기업부");
            long motie = org("산업통상자원부");
            long msit = org("과학기술정보통신부");
            long chair = person("김학도", mss);
            Meeting stored = meeting(new MeetingBuilder().hostedBy(List.of(msit, mss), List.of(motie))
                    .chairedBy(chair));
            reopen();
            assertEquals(Optional.of(stored), read(() -> repos.meetings().find(stored.id())));
        }

        @Test
        void updateReplacesHostsAndStatus() {
            long a = org("가기관");
            long b = org("나기관");
            Meeting stored = meeting(new MeetingBuilder().hostedBy(List.of(a), List.of()));
            Meeting changed = new Meeting(stored.id(), null, null, stored.title(), stored.kind(), stored.date(),
                    stored.startTime(), stored.endTime(), stored.venue(), List.of(b), List.of(a), null, null,
                    MeetingStatus.CLOSED);
            write(() -> {
                repos.meetings().update(changed);
                return null;
            });
            reopen();
            assertEquals(Optional.of(changed), read(() -> repos.meetings().find(stored.id())));
        }

        @Test
        void summariesNameTheSeriesAndComeNewestFirst() {
            MeetingSeries series = write(() -> repos.series().insert(MeetingSeries.of("수출 현장 간담회")));
            Meeting older = meeting(new MeetingBuilder().inSeries(series.id(), 1).on(LocalDate.of(2025, 1, 10)));
            Meeting newer = meeting(new MeetingBuilder().withTitle("단독 간담회").on(LocalDate.of(2025, 6, 1)));
            List<MeetingSummary> rows = read(() -> repos.meetings().summaries());
            assertEquals(List.of(
                    new MeetingSummary(newer.id(), null, null, newer.date(), "단독 간담회", newer.venue(),
                            MeetingStatus.PREPARING),
                    new MeetingSummary(older.id(), "수출 현장 간담회", 1, older.date(), older.title(), older.venue(),
                            MeetingStatus.PREPARING)), rows);
            assertEquals("제1차", rows.get(1).ordinalLabel());
        }

        @Test
        void participantsAreStoredWithAttendanceAndSnapshot() {
            Meeting m = meeting(new MeetingBuilder());
            long p1 = person("최수아", null);
            long p2 = person("정도윤", null);
            Participant invited = write(() -> repos.meetings().insertParticipant(
                    Participant.invited(m.id(), p1, Side.COMPANY, ParticipantRole.ATTENDEE)
                            .withSnapshot("대표", "원더풀플랫폼")));
            Participant substitute = invited.withAttendance(Attendance.SUBSTITUTE, p2);
            write(() -> {
                repos.meetings().updateParticipant(substitute);
                return null;
            });
            reopen();
            assertEquals(List.of(substitute), read(() -> repos.meetings().participants(m.id())));
            assertTrue(read(() -> repos.meetings().isInvited(m.id(), p1)));
        }

        @Test
        void samePersonInvitedTwiceIsRefused() {
            Meeting m = meeting(new MeetingBuilder());
            long p = person("한지민", null);
            write(() -> repos.meetings().insertParticipant(Participant.invited(m.id(), p, Side.COMPANY,
                    ParticipantRole.ATTENDEE)));
            assertThrows(StorageException.class, () -> write(() -> repos.meetings().insertParticipant(
                    Participant.invited(m.id(), p, Side.EXPERT, ParticipantRole.ATTENDEE))));
        }

        @Test
        void agendaIsReadBackInPositionOrderWithActualTimes() {
            Meeting m = meeting(new MeetingBuilder());
            AgendaItem second = write(() -> repos.meetings().insertAgendaItem(AgendaItem.of(m.id(), 2, "규제 애로 청취", 40)));
            AgendaItem first = write(() -> repos.meetings().insertAgendaItem(AgendaItem.of(m.id(), 1, "인사말씀", 5)));
            AgendaItem started = new AgendaItem(first.id(), m.id(), 1, "인사말씀", null, null, 5,
                    LocalDateTime.of(2026, 3, 5, 14, 0, 12), null);
            write(() -> {
                repos.meetings().updateAgendaItem(started);
                return null;
            });
            reopen();
            assertEquals(List.of(started, second), read(() -> repos.meetings().agenda(m.id())));
        }

        @Test
        void deletingAMeetingRemovesItsParticipantsAgendaAndRemarks() {
            Meeting m = meeting(new MeetingBuilder());
            long p = person("서지우", null);
            Participant part = write(() -> repos.meetings().insertParticipant(
                    Participant.invited(m.id(), p, Side.COMPANY, ParticipantRole.ATTENDEE)));
            write(() -> repos.remarks().insert(Remark.of(m.id(), null, part.id(), RemarkKind.REQUEST, null,
                    "인력 지원을 건의합니다.", LocalDateTime.of(2026, 3, 5, 14, 30))));
            write(() -> {
                repos.meetings().delete(m.id());
                return null;
            });
            assertEquals(0L, read(() -> repos.remarks().count()));
            assertEquals(List.of(), read(() -> repos.meetings().participants(m.id())));
        }
    }

    @Nested
    class Remarks {
        @Test
        void remarkAndItsAnswerAreReadBackInOrder() {
            Meeting m = meeting(new MeetingBuilder());
            long categoryId = read(() -> repos.categories().findByName("규제")).orElseThrow().id();
            Remark question = write(() -> repos.remarks().insert(Remark.of(m.id(), null, null, RemarkKind.REQUEST,
                    categoryId, "실증 특례 기간을 늘려 주십시오.\n두 번째 줄입니다.", LocalDateTime.of(2026, 3, 5, 14, 10))));
            Remark answer = write(() -> repos.remarks().insert(Remark.answer(question, null, "검토하겠습니다.",
                    Disposition.UNDER_REVIEW, LocalDateTime.of(2026, 3, 5, 14, 12))));
            reopen();
            assertEquals(List.of(question, answer), read(() -> repos.remarks().ofMeeting(m.id())));
            assertEquals(List.of(answer), read(() -> repos.remarks().answersTo(question.id())));
        }

        @Test
        void categoriesStartWithTheDefaultList() {
            assertEquals(List.of("규제", "자금·금융", "수출·해외진출", "R&D·기술", "인력", "판로·마케팅", "인증·실증", "세제", "기타"),
                    read(() -> repos.categories().all()).stream().map(Category::name).toList());
        }

        @Test
        void addedCategoryGoesLast() {
            Category added = write(() -> repos.categories().insert("데이터"));
            List<Category> all = read(() -> repos.categories().all());
            assertEquals(added, all.get(all.size() - 1));
        }
    }

    @Nested
    class FollowUps {
        @Test
        void followUpIsReadBackWithProgressNotes() {
            Meeting m = meeting(new MeetingBuilder());
            Remark r = write(() -> repos.remarks().insert(Remark.of(m.id(), null, null, RemarkKind.REQUEST, null,
                    "전담부서를 지정해 주십시오.", LocalDateTime.of(2026, 3, 5, 15, 0))));
            FollowUp stored = write(() -> repos.followUps().insert(new FollowUp(0, r.id(), "정보통신산업정책과", "김주무관",
                    LocalDate.of(2026, 6, 30), "6월까지", FollowUpStatus.IN_PROGRESS, null,
                    List.of(new FollowUp.ProgressNote(LocalDate.of(2026, 4, 1), "관계부처 협의 착수")), null)));
            reopen();
            assertEquals(Optional.of(stored), read(() -> repos.followUps().find(stored.id())));
            assertEquals(List.of(stored), read(() -> repos.followUps().ofMeeting(m.id())));
            assertEquals(List.of("정보통신산업정책과"), read(() -> repos.followUps().departments()));
        }

        @Test
        void updateReplacesNotesAndStatus() {
            Meeting m = meeting(new MeetingBuilder());
            Remark r = write(() -> repos.remarks().insert(Remark.of(m.id(), null, null, RemarkKind.REQUEST, null,
                    "예산 확대", LocalDateTime.of(2026, 3, 5, 15, 0))));
            FollowUp f = write(() -> repos.followUps().insert(FollowUp.planned(r.id(), "예산과", null, "연내")));
            FollowUp done = new FollowUp(f.id(), r.id(), "예산과", "이사무관", LocalDate.of(2026, 12, 31), "연내",
                    FollowUpStatus.DONE, "예산 반영 완료", List.of(
                    new FollowUp.ProgressNote(LocalDate.of(2026, 9, 1), "정부안 반영")), null);
            write(() -> {
                repos.followUps().update(done);
                return null;
            });
            FollowUp read = read(() -> repos.followUps().find(f.id())).orElseThrow();
            assertEquals(FollowUpStatus.DONE, read.status());
            assertEquals(done.notes(), read.notes());
            assertEquals("예산 반영 완료", read.result());
        }
    }

    @Nested
    class Seating {
        @Test
        void planIsSavedWholeAndReplacedOnSave() {
            Meeting m = meeting(new MeetingBuilder());
            long p = person("윤하은", null);
            Participant part = write(() -> repos.meetings().insertParticipant(
                    Participant.invited(m.id(), p, Side.GOVERNMENT, ParticipantRole.CHAIR)));
            write(() -> repos.seating().save(new SeatingPlan(0, m.id(), SeatingLayout.ROUND, 12, true,
                    List.of(new SeatingPlan.Seat(1, part.id())))));
            SeatingPlan second = write(() -> repos.seating().save(new SeatingPlan(0, m.id(), SeatingLayout.FACING, 20,
                    false, List.of(new SeatingPlan.Seat(11, part.id())))));
            reopen();
            assertEquals(Optional.of(second), read(() -> repos.seating().ofMeeting(m.id())));
        }

        @Test
        void headSideSeatCountIsKeptAndTheDefaultReadsBackAsNull() {
            Meeting m = meeting(new MeetingBuilder());
            write(() -> repos.seating().save(new SeatingPlan(0, m.id(), SeatingLayout.FACING, 10, true,
                    List.of(), 4)));
            reopen();
            assertEquals(Integer.valueOf(4), read(() -> repos.seating().ofMeeting(m.id())).orElseThrow().headSeats());
            write(() -> repos.seating().save(new SeatingPlan(0, m.id(), SeatingLayout.FACING, 10, true, List.of())));
            reopen();
            assertNull(read(() -> repos.seating().ofMeeting(m.id())).orElseThrow().headSeats());
        }
    }

    @Nested
    class Settings {
        @Test
        void settingIsOverwrittenAndReadBack() {
            write(() -> {
                repos.settings().put("ui.language", "ko");
                repos.settings().put("ui.language", "en");
                return null;
            });
            reopen();
            assertEquals(Optional.of("en"), read(() -> repos.settings().get("ui.language")));
            assertEquals(Optional.empty(), read(() -> repos.settings().get("nothing")));
        }
    }
}
