package kr.roundtable.service;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import kr.roundtable.model.Attendance;
import kr.roundtable.model.Category;
import kr.roundtable.model.Meeting;
import kr.roundtable.model.MeetingKind;
import kr.roundtable.model.MeetingSeries;
import kr.roundtable.model.MeetingStatus;
import kr.roundtable.model.Organization;
import kr.roundtable.model.OrganizationKind;
import kr.roundtable.model.Participant;
import kr.roundtable.model.ParticipantRole;
import kr.roundtable.model.Person;
import kr.roundtable.model.Remark;
import kr.roundtable.model.RemarkKind;
import kr.roundtable.model.Side;

/**
 * Fills a database with realistic Korean synthetic data for benchmarks: people with Korean names, organizations,
 * titles, meetings in series with participants, and remark text. One transaction per batch, with progress.
 */
public final class GeneratorService {
    static final int BATCH = 5_000;
    private static final String[] SURNAMES = {"김", "이", "박", "최", "정", "강", "조", "윤", "장", "임", "한", "오", "서", "신",
            "권", "황", "안", "송", "류", "홍", "전", "고", "문", "양", "손", "배", "백", "허", "남궁", "제갈"};
    private static final String[] GIVEN = {"민", "서", "준", "지", "현", "우", "수", "영", "호", "진", "성", "은", "하", "도",
            "윤", "재", "연", "훈", "경", "태", "혜", "동", "승", "희", "길", "철", "미", "정", "원", "석"};
    private static final String[] ORG_STEMS = {"한빛", "대한", "미래", "새솔", "누리", "가온", "다온", "한결", "푸른", "세움",
            "온누리", "나래", "으뜸", "해오름", "늘봄", "비전", "코리아", "글로벌", "스마트", "디지털"};
    private static final String[] ORG_TAILS = {"테크", "정밀", "바이오", "소프트", "로보틱스", "에너지", "모빌리티", "네트웍스",
            "헬스케어", "반도체", "푸드", "물산", "솔루션", "랩스", "시스템즈"};
    private static final String[] MINISTRIES = {"과학기술정보통신부", "산업통상자원부", "중소벤처기업부", "기획재정부", "고용노동부",
            "국토교통부", "보건복지부", "환경부", "금융위원회", "특허청"};
    private static final String[] ASSOCIATIONS = {"한국소프트웨어산업협회", "한국무역협회", "중소기업중앙회", "벤처기업협회",
            "한국경영자총협회", "한국정보통신진흥협회"};
    private static final String[] COMPANY_TITLES = {"대표이사", "대표", "부사장", "전무", "상무", "이사", "본부장", "팀장", "수석연구원"};
    private static final String[] GOV_TITLES = {"장관", "차관", "실장", "국장", "과장", "사무관", "주무관"};
    private static final String[] DEPARTMENTS = {"경영기획팀", "해외사업본부", "기술연구소", "전략기획실", "대외협력팀", "산업정책과",
            "정보통신정책과", "창업진흥과", "수출지원과", "규제개혁담당관"};
    private static final String[] PROBLEMS = {"해외 인증 획득 비용이 커서 수출 초기 단계에서 부담이 큽니다",
            "규제 샌드박스 심사 기간이 길어 신제품 출시가 늦어지고 있습니다", "숙련 인력 채용이 어려워 생산 확대가 지연되고 있습니다",
            "정책자금 심사 요건이 까다로워 초기 기업이 지원을 받기 어렵습니다", "공공조달 시장 진입 장벽이 높아 판로 확보가 어렵습니다",
            "R&D 과제 정산 절차가 복잡해 연구 인력이 행정 업무에 시간을 빼앗깁니다", "현지 파트너 발굴과 바이어 매칭 지원이 부족합니다",
            "실증 장소를 구하기 어려워 기술 검증이 늦어지고 있습니다", "세액공제 요건이 불명확해 투자 결정을 미루고 있습니다",
            "데이터 활용 규제로 인공지능 서비스 고도화가 막혀 있습니다"};
    private static final String[] ASKS = {"관련 제도의 개선을 건의드립니다", "지원 예산의 확대를 요청드립니다",
            "전담 창구의 지정을 부탁드립니다", "심사 기간 단축을 검토해 주십시오", "부처 간 협업 체계를 마련해 주십시오"};

    private final Repositories repos;

    public GeneratorService(Repositories repos) {
        this.repos = repos;
    }

    /** Progress in a phase: {@code done} of {@code total}. */
    @FunctionalInterface
    public interface Progress {
        void report(String phase, long done, long total);
    }

    public record Counts(long people, long meetings, long remarks) {
    }

    public Counts generate(int people, int meetings, int remarks, long seed, Progress progress) {
        if (people < 1 || meetings < 0 || remarks < 0) {
            throw new IllegalArgumentException("counts must be positive");
        }
        if (remarks > 0 && meetings == 0) {
            throw new IllegalArgumentException("remarks need at least one meeting");
        }
        Random random = new Random(seed);
        List<Long> orgIds = organizations(random, Math.max(20, people / 50));
        List<Long> personIds = people(random, people, orgIds, progress);
        List<List<Long>> speakers = meetings(random, meetings, personIds, progress);
        remarks(random, remarks, speakers, progress);
        return new Counts(people, meetings, remarks);
    }

    private List<Long> organizations(Random random, int count) {
        return repos.db().write(() -> {
            List<Long> ids = new ArrayList<>();
            for (String m : MINISTRIES) {
                ids.add(repos.organizations().findOrCreate(m, OrganizationKind.MINISTRY).id());
            }
            for (String a : ASSOCIATIONS) {
                ids.add(repos.organizations().findOrCreate(a, OrganizationKind.ASSOCIATION).id());
            }
            OrganizationKind[] companyKinds = {OrganizationKind.SME, OrganizationKind.STARTUP,
                    OrganizationKind.MIDSIZE_COMPANY, OrganizationKind.LARGE_COMPANY};
            for (int i = 0; ids.size() < count; i++) {
                String name = pick(random, ORG_STEMS) + pick(random, ORG_TAILS) + (i >= 300 ? " " + (i / 300) : "");
                if (repos.organizations().findByName(name).isEmpty()) {
                    ids.add(repos.organizations().insert(new Organization(0, name, pick(random, companyKinds),
                            pick(random, ORG_TAILS))).id());
                }
            }
            return ids;
        });
    }

    private List<Long> people(Random random, int count, List<Long> orgIds, Progress progress) {
        for (int done = 0; done < count; done += BATCH) {
            int size = Math.min(BATCH, count - done);
            List<Person> batch = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                int n = done + i;
                int orgIndex = random.nextInt(orgIds.size());
                boolean government = orgIndex < MINISTRIES.length;
                String title = government ? pick(random, GOV_TITLES) : pick(random, COMPANY_TITLES);
                batch.add(new Person(0, koreanName(random), orgIds.get(orgIndex), pick(random, DEPARTMENTS), title,
                        null, String.format("010-%04d-%04d", (n / 10_000) % 10_000, n % 10_000),
                        "user" + n + "@example.kr", null, 1950 + random.nextInt(50)));
            }
            repos.db().write(() -> repos.people().insertAll(batch));
            progress.report("people", done + size, count);
        }
        return repos.db().read(() -> repos.people().ids());
    }

    private List<List<Long>> meetings(Random random, int count, List<Long> personIds, Progress progress) {
        List<List<Long>> speakers = new ArrayList<>(count);
        int seriesCount = Math.max(1, count / 10);
        List<Long> seriesIds = repos.db().write(() -> {
            List<Long> ids = new ArrayList<>();
            for (int s = 0; s < seriesCount; s++) {
                String name = pick(random, new String[] {"디지털 혁신", "수출 현장", "규제혁신", "중소기업 성장", "인력양성"})
                        + " 연속 간담회 " + (s + 1);
                ids.add(repos.series().findByName(name).orElseGet(() -> repos.series().insert(
                        new MeetingSeries(0, name, 30))).id());
            }
            return ids;
        });
        int step = 200;
        for (int done = 0; done < count; done += step) {
            int size = Math.min(step, count - done);
            int first = done;
            repos.db().write(() -> {
                for (int i = 0; i < size; i++) {
                    int n = first + i;
                    long seriesId = seriesIds.get(n % seriesIds.size());
                    int ordinal = repos.series().highestOrdinal(seriesId) == null ? 1
                            : repos.series().highestOrdinal(seriesId) + 1;
                    LocalDate date = LocalDate.of(2015, 1, 5).plusDays(n * 3L % 4000);
                    Meeting m = repos.meetings().insert(new Meeting(0, seriesId, ordinal,
                            pick(random, PROBLEMS).substring(0, 6).strip() + " 관련 현장 간담회", MeetingKind.ROUNDTABLE,
                            date, LocalTime.of(10, 0), LocalTime.of(12, 0), "정부세종청사 " + (1 + n % 20) + "동 회의실",
                            List.of(), List.of(), null, null, MeetingStatus.CONFIRMED));
                    List<Long> participantIds = new ArrayList<>();
                    java.util.Set<Long> invited = new java.util.HashSet<>();
                    for (int p = 0; p < 20; p++) {
                        long personId = personIds.get(random.nextInt(personIds.size()));
                        if (invited.add(personId)) {
                            participantIds.add(repos.meetings().insertParticipant(new Participant(0, m.id(), personId,
                                    p < 3 ? Side.GOVERNMENT : Side.COMPANY,
                                    p == 0 ? ParticipantRole.CHAIR : ParticipantRole.ATTENDEE, Attendance.PRESENT,
                                    null, null, null)).id());
                        }
                    }
                    speakers.add(participantIds);
                }
            });
            progress.report("meetings", done + size, count);
        }
        return speakers;
    }

    private void remarks(Random random, int count, List<List<Long>> speakers, Progress progress) {
        if (count == 0) {
            return;
        }
        List<Long> meetingIds = repos.db().read(() -> repos.meetings().summaries().stream()
                .map(s -> s.id()).sorted().toList());
        List<Long> generatedMeetings = meetingIds.subList(meetingIds.size() - speakers.size(), meetingIds.size());
        List<Long> categoryIds = repos.db().read(() -> repos.categories().all().stream().map(Category::id).toList());
        RemarkKind[] kinds = {RemarkKind.DIFFICULTY, RemarkKind.REQUEST, RemarkKind.PROPOSAL, RemarkKind.QUESTION,
                RemarkKind.OPINION};
        LocalDateTime start = LocalDateTime.of(2015, 1, 5, 10, 0);
        for (int done = 0; done < count; done += BATCH) {
            int size = Math.min(BATCH, count - done);
            List<Remark> batch = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                int meetingIndex = random.nextInt(generatedMeetings.size());
                List<Long> inMeeting = speakers.get(meetingIndex);
                batch.add(Remark.of(generatedMeetings.get(meetingIndex), null,
                        inMeeting.get(random.nextInt(inMeeting.size())), pick(random, kinds),
                        categoryIds.get(random.nextInt(categoryIds.size())),
                        pick(random, PROBLEMS) + ". " + pick(random, ASKS) + ".",
                        start.plusMinutes(done + i)));
            }
            repos.db().write(() -> repos.remarks().insertAll(batch));
            progress.report("remarks", done + size, count);
        }
    }

    static String koreanName(Random random) {
        return pick(random, SURNAMES) + pick(random, GIVEN) + pick(random, GIVEN);
    }

    private static <T> T pick(Random random, T[] values) {
        return values[random.nextInt(values.length)];
    }
}
