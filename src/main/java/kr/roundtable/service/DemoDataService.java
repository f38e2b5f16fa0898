package kr.roundtable.service;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import kr.roundtable.model.AgendaItem;
import kr.roundtable.model.Attendance;
import kr.roundtable.model.Category;
import kr.roundtable.model.Disposition;
import kr.roundtable.model.FollowUp;
import kr.roundtable.model.FollowUpStatus;
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
 * The demo data set: the three real meetings of {@code shared/domain/}, built by hand from the articles. Where an
 * article does not give a detail (who exactly said what, a phone number, the venue), a clearly generic stand-in is
 * used ("CES 혁신상 수상기업 A", {@code 010-0000-0001}); nothing is invented about a named person.
 */
public final class DemoDataService {
    private final Repositories repos;

    public DemoDataService(Repositories repos) {
        this.repos = repos;
    }

    /** Loads the demo data in one transaction; refuses when the database already holds meetings or people. */
    public void load() {
        repos.db().write(() -> {
            if (repos.meetings().count() > 0 || repos.people().count() > 0) {
                throw new IllegalStateException("demo data goes only into an empty database");
            }
            new Builder().build();
        });
    }

    private final class Builder {
        private final Map<String, Long> orgs = new HashMap<>();
        private final Map<String, Long> categories = new HashMap<>();
        private int phone = 1;

        void build() {
            for (Category c : repos.categories().all()) {
                categories.put(c.name(), c.id());
            }
            digitalSeries16();
            policyCouncil2019();
            siliconValley2022();
        }

        /** 000: 제16차 디지털 국정과제 연속 현장 간담회, 2023-02-08, 과기정통부 제2차관 주재. */
        private void digitalSeries16() {
            MeetingSeries series = repos.series().insert(MeetingSeries.of("디지털 국정과제 연속 현장 간담회"));
            long msit = org("과학기술정보통신부", OrganizationKind.MINISTRY, "과학기술·ICT");
            long nipa = org("정보통신산업진흥원", OrganizationKind.PUBLIC_INSTITUTION, "ICT 산업진흥");
            long born2global = org("본투글로벌센터", OrganizationKind.PUBLIC_INSTITUTION, "해외진출 지원");
            long chair = person("박윤규", msit, null, "제2차관");
            Meeting m = repos.meetings().insert(new Meeting(0, series.id(), 16, "디지털 국정과제 연속 현장 간담회",
                    MeetingKind.ROUNDTABLE, LocalDate.of(2023, 2, 8), LocalTime.of(14, 0), LocalTime.of(16, 0),
                    "간담회장 (기사에 장소 미기재)", List.of(msit), List.of(), chair,
                    "UAE 방문 계기 MOU 체결 기업의 실질적 수출 성과 창출과 CES 혁신상 수상기업의 신속한 글로벌 시장 진출 지원",
                    MeetingStatus.CLOSED));
            Participant pChair = participant(m, chair, Side.GOVERNMENT, ParticipantRole.CHAIR, Attendance.PRESENT,
                    "제2차관", "과학기술정보통신부");
            Participant pNipa = participant(m, person("발표자 A", nipa, "해외진출지원 담당", "본부장"), Side.RELATED_AGENCY,
                    ParticipantRole.PRESENTER, Attendance.PRESENT, "본부장", "정보통신산업진흥원");
            participant(m, person("관계자 A", born2global, null, "센터장"), Side.RELATED_AGENCY,
                    ParticipantRole.ATTENDEE, Attendance.PRESENT, "센터장", "본투글로벌센터");
            Participant uaeA = companyRep(m, "UAE 경제사절단 참가기업 A", "기업인 A", OrganizationKind.SME);
            Participant uaeB = companyRep(m, "UAE 경제사절단 참가기업 B", "기업인 B", OrganizationKind.MIDSIZE_COMPANY);
            Participant cesA = companyRep(m, "CES 혁신상 수상기업 A", "기업인 C", OrganizationKind.STARTUP);
            Participant cesB = companyRep(m, "CES 혁신상 수상기업 B", "기업인 D", OrganizationKind.STARTUP);

            AgendaItem a1 = agenda(m, 1, "UAE 경제사절단 주요 성과 소개",
                    "윤 대통령 UAE 방문 시 경제사절단 동행 기업의 사업 협력 MOU 등 주요 성과 공유", 20, null);
            AgendaItem a2 = agenda(m, 2, "디지털 기업 해외진출 지원방안",
                    "△수출국 다변화를 위한 디지털 수출 개척단 운영\n"
                            + "△전략품목 육성 및 플랫폼-스타트업 동반 진출 지원 강화\n"
                            + "△투융자 지원, 해외거점 체계화 등 수출 기반구축\n"
                            + "△성과 확산을 위한 마케팅 및 국제협력 네트워크 강화", 30, pNipa.id());
            AgendaItem a3 = agenda(m, 3, "해외진출 정책 아이디어 청취", "CES로 본 글로벌 디지털 시장 동향과 정책 제안", 50, null);

            LocalDateTime t = LocalDateTime.of(2023, 2, 8, 14, 10);
            Remark r1 = remark(m, a1, uaeA, RemarkKind.REQUEST, "수출·해외진출",
                    "현지기업 및 투자기관과 체결한 MOU가 수출계약 체결과 투자 유치 같은 실질적인 성과로 이어지도록 정부 차원의 지원이 필요합니다.",
                    t);
            remark(m, a1, uaeB, RemarkKind.DIFFICULTY, "수출·해외진출",
                    "MOU 이후 후속 협의를 이어갈 현지 네트워크와 전담 창구가 부족합니다.", t.plusMinutes(6));
            Remark r3 = remark(m, a3, cesA, RemarkKind.REQUEST, "규제",
                    "혁신 제품·서비스의 신속한 시장진출을 위해 규제개선이 필요합니다.", t.plusMinutes(55));
            Remark r4 = remark(m, a3, cesB, RemarkKind.DIFFICULTY, "자금·금융",
                    "신속한 시장진출을 위한 자금지원 확대가 필요합니다.", t.plusMinutes(60));
            Remark r5 = remark(m, a3, cesA, RemarkKind.PROPOSAL, "인증·실증",
                    "B2B 사업을 목적으로 대기업과 협업할 때 제품 검증을 위해 필요한 실증랩을 운영해 주십시오.",
                    t.plusMinutes(66));
            remark(m, a3, cesB, RemarkKind.PROPOSAL, "판로·마케팅", "컨설팅 전문가풀 지원이 필요합니다.", t.plusMinutes(70));

            answer(r1, pChair, "MOU 등이 실질적인 해외진출 성과로 이어지도록 과기정통부 내 책임 전담부서를 지정해 관리하겠습니다.",
                    Disposition.ACCEPTED, t.plusMinutes(80));
            answer(r3, pChair, "혁신성을 인정받은 디지털 기업이 세계로 뻗어나갈 수 있도록 적시에 지원하겠습니다.",
                    Disposition.UNDER_REVIEW, t.plusMinutes(82));
            answer(r5, pChair, "정보통신산업진흥원, 본투글로벌센터 등과 종합 컨설팅 지원체계를 구축해 상시 지원하겠습니다.",
                    Disposition.ACCEPTED, t.plusMinutes(84));
            followUp(r1, "과기정통부 책임 전담부서", null, null, "전담부서 지정 후 확정", FollowUpStatus.IN_PROGRESS);
            followUp(r5, "과기정통부 · 정보통신산업진흥원 · 본투글로벌센터", null, null, "추후 확정",
                    FollowUpStatus.PLANNED);
            followUp(r4, "과기정통부 전담부서", null, null, "추후 확정", FollowUpStatus.PLANNED);
        }

        /** 001: 2019년 제1차 정책협의회, 중기부·산업부, 서울 종로 한국생산성본부, 김학도 중기부 차관. */
        private void policyCouncil2019() {
            MeetingSeries series = repos.series().insert(
                    new MeetingSeries(0, "중기부·산업부 정책협의회", 60)); // 격월 개최
            long mss = org("중소벤처기업부", OrganizationKind.MINISTRY, "중소·벤처기업");
            long motie = org("산업통상자원부", OrganizationKind.MINISTRY, "산업·통상·에너지");
            long chair = person("김학도", mss, null, "차관");
            // The article gives only "22일"; April is inferred from the "6월까지" deadline and the publication.
            Meeting m = repos.meetings().insert(new Meeting(0, series.id(), 1, "2019년 제1차 정책협의회",
                    MeetingKind.POLICY_COUNCIL, LocalDate.of(2019, 4, 22), LocalTime.of(10, 0), LocalTime.of(12, 0),
                    "서울 종로 한국생산성본부", List.of(mss), List.of(motie), chair,
                    "산업·기업정책 간 연계를 강화하기 위한 양 부처 협업 방안 논의", MeetingStatus.CONFIRMED));
            Participant pChair = participant(m, chair, Side.GOVERNMENT, ParticipantRole.CHAIR, Attendance.PRESENT,
                    "차관", "중소벤처기업부");
            Participant pMotie = participant(m, person("관계자 B", motie, "산업정책실", "실장"), Side.GOVERNMENT,
                    ParticipantRole.ATTENDEE, Attendance.PRESENT, "실장", "산업통상자원부");
            Participant pMss = participant(m, person("관계자 C", mss, "중소기업정책실", "실장"), Side.GOVERNMENT,
                    ParticipantRole.PRESENTER, Attendance.PRESENT, "실장", "중소벤처기업부");

            String[] topics = {"수출마케팅 강화", "중소·중견기업 연구개발(R&D) 연계", "스마트공장 확산", "규제자유특구 활용",
                    "제조업 창업 활성화"};
            AgendaItem[] items = new AgendaItem[topics.length];
            for (int i = 0; i < topics.length; i++) {
                items[i] = agenda(m, i + 1, topics[i], null, 20, pMss.id());
            }
            LocalDateTime t = LocalDateTime.of(2019, 4, 22, 10, 5);
            Remark export = remark(m, items[0], pMss, RemarkKind.PROPOSAL, "수출·해외진출",
                    "해외전시회 시 위치·디자인 측면에서 통합한국관을 구성·운영하고, 양 부처가 지원하는 해외전시회 참가기업에 무역보험 할인 등 복합 특화지원서비스를 공유합시다.",
                    t);
            answer(export, pMotie, "수출지원센터, 코트라·중진공지원단 등 340여명의 수출지원 전문가가 수출 애로상담에 공동 대응하겠습니다.",
                    Disposition.ACCEPTED, t.plusMinutes(10));
            Remark rnd = remark(m, items[1], pMss, RemarkKind.PROPOSAL, "R&D·기술",
                    "중기부 '글로벌 강소기업 육성 사업'과 산업부 '월드클래스+ 글로벌챔프 육성사업'의 대상 기준을 조정해 성장사다리를 강화합시다.",
                    t.plusMinutes(20));
            Remark kosbir = remark(m, items[1], pMss, RemarkKind.REQUEST, "R&D·기술",
                    "KOSBIR에 따라 중소기업 R&D 지원비율이 최근 실적보다 상향되도록 해 주십시오.", t.plusMinutes(25));
            answer(kosbir, pMotie, "중소기업 R&D 지원비율이 최근 실적보다 상향되도록 노력하겠습니다.", Disposition.ACCEPTED,
                    t.plusMinutes(28));
            Remark smart = remark(m, items[2], pMotie, RemarkKind.PROPOSAL, "R&D·기술",
                    "중기부의 스마트제조혁신 정책과 산업부의 스마트제조산업 육성 정책을 연계해 구체적 정책과제를 함께 발굴합시다.",
                    t.plusMinutes(40));
            Remark zone = remark(m, items[3], pMotie, RemarkKind.REQUEST, "규제",
                    "국가혁신융복합단지가 규제자유특구로 우선 지정될 수 있도록 지정 절차를 신속하게 진행해 주십시오.",
                    t.plusMinutes(60));
            answer(zone, pChair, "스마트 선도산단이 포함된 특구계획으로 지정을 신청하면 적극 검토하겠습니다.",
                    Disposition.ACCEPTED, t.plusMinutes(65));
            Remark startup = remark(m, items[4], pMss, RemarkKind.PROPOSAL, "기타",
                    "혁신형 제조 창업을 촉진하기 위해 양 부처가 공동으로 제조업 창업 활성화 방안을 수립해 발표합시다.",
                    t.plusMinutes(80));
            Remark asean = remark(m, items[4], pChair, RemarkKind.OPINION, "수출·해외진출",
                    "11월 한·아세안 특별정상회의 계기 부대행사를 합동으로 개최합시다.", t.plusMinutes(90));
            remark(m, items[4], pChair, RemarkKind.OPINION, "기타",
                    "창업·벤처기업 스케일업, 글로벌 강소기업 육성 등 기업정책이 산업 정책과 조화롭게 연계되도록 협력하여 정책의 시너지 효과를 높여야 합니다.",
                    t.plusMinutes(100));
            followUp(smart, "중소벤처기업부 · 산업통상자원부", null, LocalDate.of(2019, 6, 30), "6월까지",
                    FollowUpStatus.IN_PROGRESS);
            followUp(rnd, "중소벤처기업부 · 산업통상자원부", null, null, "연내", FollowUpStatus.IN_PROGRESS);
            followUp(zone, "중소벤처기업부", null, null, null, FollowUpStatus.IN_PROGRESS);
            followUp(startup, "중소벤처기업부 · 산업통상자원부", null, null, "추후 확정", FollowUpStatus.PLANNED);
            followUp(asean, "중소벤처기업부 · 산업통상자원부", null, LocalDate.of(2019, 11, 30), "11월",
                    FollowUpStatus.PLANNED);
        }

        /** 002: 디지털 유니콘·스타트업 간담회, KIC실리콘밸리, 2022-09-18, 과기정통부 장관, 중기부와 함께. */
        private void siliconValley2022() {
            long msit = org("과학기술정보통신부", OrganizationKind.MINISTRY, "과학기술·ICT");
            long mss = org("중소벤처기업부", OrganizationKind.MINISTRY, "중소·벤처기업");
            long kic = org("KIC실리콘밸리", OrganizationKind.PUBLIC_INSTITUTION, "해외진출 거점");
            long chair = person("이종호", msit, null, "장관");
            Meeting m = repos.meetings().insert(new Meeting(0, null, null, "디지털 유니콘·스타트업 간담회",
                    MeetingKind.ROUNDTABLE, LocalDate.of(2022, 9, 18), LocalTime.of(15, 0), LocalTime.of(17, 0),
                    "KIC실리콘밸리 (미국 실리콘밸리)", List.of(msit), List.of(mss), chair,
                    "실리콘밸리 한인 기업가·투자자·학생의 현지진출 경험과 애로사항 청취", MeetingStatus.CONFIRMED));
            Participant pChair = participant(m, chair, Side.GOVERNMENT, ParticipantRole.CHAIR, Attendance.PRESENT,
                    "장관", "과학기술정보통신부");
            participant(m, person("관계자 D", kic, null, "센터장"), Side.RELATED_AGENCY, ParticipantRole.ATTENDEE,
                    Attendance.PRESENT, "센터장", "KIC실리콘밸리");
            Participant bear = companyRep(m, "베어로보틱스", "기업인 E", OrganizationKind.STARTUP);
            Participant replay = companyRep(m, "4D리플레이", "기업인 F", OrganizationKind.STARTUP);
            Participant stratio = companyRep(m, "스트라티오", "기업인 G", OrganizationKind.STARTUP);
            Participant wonderful = companyRep(m, "원더풀플랫폼", "기업인 H", OrganizationKind.STARTUP);
            long investorOrg = org("실리콘밸리 투자사 A", OrganizationKind.INVESTOR, "벤처투자");
            Participant investor = participant(m, person("투자자 A", investorOrg, null, "파트너"), Side.EXPERT,
                    ParticipantRole.ATTENDEE, Attendance.PRESENT, "파트너", "실리콘밸리 투자사 A");
            long univ = org("실리콘밸리 소재 대학 A", OrganizationKind.UNIVERSITY, null);
            Participant student = participant(m, person("학생 A", univ, null, "대학원생"), Side.EXPERT,
                    ParticipantRole.ATTENDEE, Attendance.PRESENT, "대학원생", "실리콘밸리 소재 대학 A");

            AgendaItem demo = agenda(m, 1, "디지털 혁신 기업 서비스·제품 시연",
                    "△베어로보틱스(서빙로봇) △4D리플레이(스포츠영상제작) △스트라티오(AI의약품검사) △원더풀플랫폼(돌봄로봇)", 30,
                    bear.id());
            AgendaItem share = agenda(m, 2, "실리콘밸리 도전·성공과 실패 경험 공유", null, 40, null);
            AgendaItem ideas = agenda(m, 3, "디지털 유니콘·스타트업 육성 의견 청취", null, 50, null);
            LocalDateTime t = LocalDateTime.of(2022, 9, 18, 15, 40);
            remark(m, share, replay, RemarkKind.OPINION, "수출·해외진출",
                    "실리콘밸리에서의 도전과 노력, 성공과 실패의 경험을 후배 창업자들과 공유할 수 있는 자리가 더 필요합니다.", t);
            Remark hub = remark(m, ideas, investor, RemarkKind.REQUEST, "자금·금융",
                    "우리나라를 스타트업의 글로벌 중심지로 발전시키려면 해외시장 진출 강화와 투자 활성화가 필요합니다.",
                    t.plusMinutes(45));
            Remark talent = remark(m, ideas, stratio, RemarkKind.REQUEST, "인력",
                    "고급 외국 인재의 한국 정착을 지원할 제도개선이 필요합니다.", t.plusMinutes(52));
            Remark community = remark(m, ideas, student, RemarkKind.PROPOSAL, "기타",
                    "실리콘밸리처럼 기술혁신이 빠른 곳에서 활동하는 한국인 커뮤니티가 활성화되도록 지원해 주십시오.",
                    t.plusMinutes(60));
            remark(m, demo, wonderful, RemarkKind.DIFFICULTY, "인증·실증",
                    "돌봄로봇의 현지 실증 기회를 찾기가 어렵습니다.", t.minusMinutes(20));
            answer(hub, pChair, "창의적인 아이디어로 과감히 도전하는 기업이 결실을 맺도록 종합적인 지원을 아끼지 않겠습니다.",
                    Disposition.ACCEPTED, t.plusMinutes(70));
            answer(talent, pChair, "고급 외국 인재 정착 지원을 위한 제도개선 방안을 검토하겠습니다.", Disposition.LONG_TERM_REVIEW,
                    t.plusMinutes(72));
            followUp(talent, "과기정통부 · 중기부", null, null, "중장기", FollowUpStatus.IN_PROGRESS);
            followUp(community, "과기정통부", null, null, "연내", FollowUpStatus.PLANNED);
        }

        private long org(String name, OrganizationKind kind, String sector) {
            return orgs.computeIfAbsent(name, n -> repos.organizations()
                    .insert(new Organization(0, n, kind, sector)).id());
        }

        private long person(String name, long orgId, String department, String title) {
            String number = String.format("010-0000-%04d", phone);
            String email = "demo" + phone++ + "@example.kr";
            return repos.people().insert(new Person(0, name, orgId, department, title, null, number, email, null,
                    null)).id();
        }

        private Participant companyRep(Meeting m, String company, String name, OrganizationKind kind) {
            long orgId = org(company, kind, "디지털");
            return participant(m, person(name, orgId, null, "대표"), Side.COMPANY, ParticipantRole.ATTENDEE,
                    Attendance.PRESENT, "대표", company);
        }

        private Participant participant(Meeting m, long personId, Side side, ParticipantRole role,
                                        Attendance attendance, String title, String orgName) {
            return repos.meetings().insertParticipant(new Participant(0, m.id(), personId, side, role, attendance,
                    null, title, orgName));
        }

        private AgendaItem agenda(Meeting m, int position, String title, String description, Integer minutes,
                                  Long presenter) {
            return repos.meetings().insertAgendaItem(new AgendaItem(0, m.id(), position, title, description,
                    presenter, minutes, null, null));
        }

        private Remark remark(Meeting m, AgendaItem item, Participant speaker, RemarkKind kind, String category,
                              String text, LocalDateTime at) {
            return repos.remarks().insert(Remark.of(m.id(), item.id(), speaker.id(), kind, categories.get(category),
                    text, at));
        }

        private void answer(Remark question, Participant official, String text, Disposition disposition,
                            LocalDateTime at) {
            repos.remarks().insert(Remark.answer(question, official.id(), text, disposition, at));
        }

        private void followUp(Remark remark, String department, String owner, LocalDate due, String dueText,
                              FollowUpStatus status) {
            repos.followUps().insert(new FollowUp(0, remark.id(), department, owner, due, dueText, status, null,
                    List.of(), null));
        }
    }
}
