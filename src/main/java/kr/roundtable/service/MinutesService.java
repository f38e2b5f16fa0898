package kr.roundtable.service;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import kr.roundtable.i18n.I18n;
import kr.roundtable.model.AgendaItem;
import kr.roundtable.model.Attendance;
import kr.roundtable.model.AttendanceSummary;
import kr.roundtable.model.Disposition;
import kr.roundtable.model.FollowUp;
import kr.roundtable.model.Invitee;
import kr.roundtable.model.Josa;
import kr.roundtable.model.Meeting;
import kr.roundtable.model.Minutes;
import kr.roundtable.model.Ordinals;
import kr.roundtable.model.Organization;
import kr.roundtable.model.Person;
import kr.roundtable.model.RemarkKind;
import kr.roundtable.model.Side;
import kr.roundtable.model.TranscriptItem;

/** Puts together what the minutes of a meeting say, from the meeting, its participants, agenda and transcript. */
public final class MinutesService {
    private final Repositories repos;
    private final CaptureService capture;

    public MinutesService(Repositories repos, CaptureService capture) {
        this.repos = repos;
        this.capture = capture;
    }

    public Minutes minutes(long meetingId, String writer, LocalDate writtenOn, I18n i18n) {
        Meeting m = repos.db().read(() -> repos.meetings().find(meetingId))
                .orElseThrow(() -> new Refusal("meeting.error.gone"));
        String series = m.seriesId() == null ? null
                : repos.db().read(() -> repos.series().find(m.seriesId())).map(s -> s.name()).orElse(null);
        List<Invitee> invitees = repos.db().read(() -> repos.meetings().invitees(meetingId));
        Map<Long, Invitee> byParticipant = new LinkedHashMap<>();
        invitees.forEach(i -> byParticipant.put(i.participant().id(), i));
        DateTimeFormatter date = DateTimeFormatter.ofPattern("yyyy. M. d.(E)", Locale.KOREAN);

        String hosts = hosts(m);
        String when = (m.date() == null ? "" : date.format(m.date())) + (m.startTime() == null ? ""
                : " " + m.startTime() + (m.endTime() == null ? "" : "~" + m.endTime()));
        String chair = invitees.stream().filter(i -> m.chairPersonId() != null
                        && i.participant().personId() == m.chairPersonId()).findFirst().map(MinutesService::who)
                .orElseGet(() -> m.chairPersonId() == null ? "" : repos.db().read(() -> repos.people()
                        .find(m.chairPersonId())).map(Person::name).orElse(""));

        boolean marked = invitees.stream().anyMatch(i -> i.participant().attendance() == Attendance.PRESENT
                || i.participant().attendance() == Attendance.SUBSTITUTE);
        Map<Side, List<String>> bySide = new EnumMap<>(Side.class);
        List<String> absent = new ArrayList<>();
        for (Invitee i : invitees) {
            Attendance a = i.participant().attendance();
            if (a == Attendance.DECLINED || (marked && (a == Attendance.INVITED || a == Attendance.CONFIRMED))) {
                absent.add(who(i) + "(" + i18n.label(Attendance.DECLINED) + ")");
                continue;
            }
            String entry = who(i) + (a == Attendance.SUBSTITUTE && i.substituteName() != null
                    ? " → " + i18n.text("minutes.substitute", i.substituteName()) : "");
            bySide.computeIfAbsent(i.participant().side(), k -> new ArrayList<>()).add(entry);
        }
        AttendanceSummary summary = AttendanceSummary.of(invitees.stream().map(Invitee::participant).toList());
        String attendees = bySide.entrySet().stream().filter(e -> e.getKey() != Side.STAFF)
                .map(e -> i18n.label(e.getKey()) + "(" + e.getValue().size() + "): " + String.join(", ", e.getValue()))
                .collect(Collectors.joining("\n"));
        String staff = String.join(", ", bySide.getOrDefault(Side.STAFF, List.of()));

        List<AgendaItem> agenda = repos.db().read(() -> repos.meetings().agenda(meetingId));
        String order = agenda.stream().map(a -> a.position() + ". " + a.title()
                + (a.plannedMinutes() == null ? "" : " (" + a.plannedMinutes() + "분)")
                + (a.presenterId() == null || byParticipant.get(a.presenterId()) == null ? ""
                : " — " + i18n.text("minutes.presenter", who(byParticipant.get(a.presenterId())))))
                .collect(Collectors.joining("\n"));

        List<TranscriptItem> transcript = capture.transcript(meetingId);
        Map<Long, String> categories = new LinkedHashMap<>();
        repos.db().read(() -> repos.categories().all()).forEach(c -> categories.put(c.id(), c.name()));
        List<Minutes.Item> items = new ArrayList<>();
        List<Long> itemIds = new ArrayList<>(agenda.stream().map(AgendaItem::id).toList());
        itemIds.add(null);
        for (Long itemId : itemIds) {
            List<TranscriptItem> said = transcript.stream()
                    .filter(t -> Objects.equals(t.remark().agendaItemId(), itemId)).toList();
            if (said.isEmpty()) {
                continue;
            }
            String title = itemId == null ? i18n.text("minutes.otherRemarks") : agenda.stream()
                    .filter(a -> a.id() == itemId).findFirst().map(a -> a.position() + ". " + a.title()).orElse("");
            String gist = said.stream().map(t -> gist(t, byParticipant, categories, i18n))
                    .collect(Collectors.joining("\n"));
            items.add(new Minutes.Item(title, gist));
        }

        List<Minutes.Request> requests = new ArrayList<>();
        List<String> decisions = new ArrayList<>();
        for (TranscriptItem t : transcript) {
            if (t.remark().kind() == RemarkKind.OPINION) {
                continue;
            }
            TranscriptItem.Answer first = t.answers().isEmpty() ? null : t.answers().get(0);
            Disposition d = first == null ? null : first.remark().disposition();
            requests.add(new Minutes.Request(String.valueOf(requests.size() + 1), speaker(t, byParticipant),
                    t.remark().text(), first == null ? "" : first.remark().text(), d == null ? "" : i18n.label(d)));
            if (d == Disposition.ACCEPTED || d == Disposition.PARTIALLY_ACCEPTED || d == Disposition.ALREADY_DONE) {
                decisions.add("○ " + first.remark().text() + " (" + i18n.label(d) + ")");
            }
        }
        List<Minutes.Action> actions = new ArrayList<>();
        for (TranscriptItem t : transcript) {
            for (FollowUp f : t.followUps()) {
                String due = f.dueText() == null ? (f.dueDate() == null ? "" : f.dueDate().toString())
                        : f.dueText() + (f.dueDate() == null || f.dueText().equals(f.dueDate().toString()) ? ""
                        : " (" + f.dueDate() + ")");
                actions.add(new Minutes.Action(String.valueOf(actions.size() + 1), shorten(t.remark().text(), 80),
                        nz(f.department()), nz(f.owner()), due, i18n.label(f.status())));
            }
        }
        return new Minutes(Ordinals.fullTitle(series, m.ordinal(), m.title()), hosts, when.strip(), nz(m.venue()),
                chair, attendees.isEmpty() ? "-" : attendees, staff.isEmpty() ? "-" : staff,
                absent.isEmpty() ? "-" : String.join(", ", absent), order.isEmpty() ? "-" : order, items, requests,
                decisions.isEmpty() ? i18n.text("minutes.noDecisions") : String.join("\n", decisions), actions,
                nz(writer), date.format(writtenOn));
    }

    /**
     * A press release draft: "○○부, '제N차 ○○ 간담회' 개최", a subtitle, the date and venue, a lead from the meeting's
     * data, the agenda as a △ list, the remarks flagged for the press with the official's answers (or, when none is
     * flagged, the answered ones), and the stored photo caption.
     */
    public kr.roundtable.model.PressRelease pressRelease(long meetingId, String caption, I18n i18n) {
        Meeting m = repos.db().read(() -> repos.meetings().find(meetingId))
                .orElseThrow(() -> new Refusal("meeting.error.gone"));
        String series = m.seriesId() == null ? null
                : repos.db().read(() -> repos.series().find(m.seriesId())).map(s -> s.name()).orElse(null);
        String title = Ordinals.fullTitle(series, m.ordinal(), m.title());
        List<String> hostNames = repos.db().read(() -> m.hostIds().stream().map(id -> repos.organizations().find(id)
                .map(Organization::name).orElse("")).toList());
        String host = hostNames.isEmpty() ? i18n.text("press.defaultHost") : hostNames.get(0);
        List<Invitee> invitees = repos.db().read(() -> repos.meetings().invitees(meetingId));
        Map<Long, Invitee> byParticipant = new LinkedHashMap<>();
        invitees.forEach(i -> byParticipant.put(i.participant().id(), i));
        Invitee chair = invitees.stream().filter(i -> m.chairPersonId() != null
                && i.participant().personId() == m.chairPersonId()).findFirst().orElse(null);
        long coming = invitees.stream().filter(i -> i.participant().attendance() != Attendance.DECLINED).count();
        DateTimeFormatter day = DateTimeFormatter.ofPattern("M월 d일", Locale.KOREAN);
        DateTimeFormatter full = DateTimeFormatter.ofPattern("yyyy. M. d.(E)", Locale.KOREAN);
        String headline = host + ", '" + title + "' 개최";
        String chairText = chair == null ? "" : String.join(" ", java.util.stream.Stream.of(chair.shownOrganization(),
                chair.shownTitle(), chair.name()).filter(s -> s != null && !s.isBlank()).toList());
        String subtitle = "- " + (chairText.isEmpty() ? "" : chairText + " 주재, ") + "관계자 " + coming + "명 참석 -";
        String dateAndVenue = "일시: " + (m.date() == null ? "" : full.format(m.date()))
                + (m.startTime() == null ? "" : " " + m.startTime()) + (m.venue() == null ? "" : " / 장소: " + m.venue());
        String when = m.date() == null ? "" : day.format(m.date()) + " ";
        String where = m.venue() == null ? "" : m.venue() + "에서 ";
        String purpose = m.purpose() == null ? "" : ", " + Josa.object(m.purpose().strip()) + " 논의했다";
        String lead = Josa.topic(host) + " " + when + where + Josa.object("'" + title + "'")
                + " 개최" + (purpose.isEmpty() ? "했다." : "하고" + purpose + ".");
        List<AgendaItem> agenda = repos.db().read(() -> repos.meetings().agenda(meetingId));
        List<String> topics = agenda.stream().map(AgendaItem::title).toList();
        List<TranscriptItem> transcript = capture.transcript(meetingId);
        List<TranscriptItem> chosen = transcript.stream().filter(t -> t.remark().pressFlag()).toList();
        if (chosen.isEmpty()) {
            chosen = transcript.stream().filter(t -> !t.answers().isEmpty()).limit(3).toList();
        }
        List<String> paragraphs = new ArrayList<>();
        for (TranscriptItem t : chosen) {
            paragraphs.add(Josa.topic(speaker(t, byParticipant)) + " “" + t.remark().text().replace('\n', ' ')
                    + "”라고 말했다.");
            for (TranscriptItem.Answer a : t.answers()) {
                Invitee by = a.remark().speakerId() == null ? null : byParticipant.get(a.remark().speakerId());
                String official = by == null ? nz(a.speaker()) : who(by);
                paragraphs.add("이에 대해 " + Josa.topic(official) + " “" + a.remark().text().replace('\n', ' ')
                        + "”라고 답했다.");
            }
        }
        return new kr.roundtable.model.PressRelease(headline, subtitle, dateAndVenue, lead, topics, paragraphs,
                caption);
    }

    private String hosts(Meeting m) {
        List<String> hosts = repos.db().read(() -> m.hostIds().stream().map(id -> repos.organizations().find(id)
                .map(Organization::name).orElse("")).toList());
        List<String> coHosts = repos.db().read(() -> m.coHostIds().stream().map(id -> repos.organizations().find(id)
                .map(Organization::name).orElse("")).toList());
        String out = hosts.isEmpty() ? "" : "주최 " + String.join(" · ", hosts);
        if (!coHosts.isEmpty()) {
            out = (out.isEmpty() ? "" : out + ", ") + "주관 " + String.join(" · ", coHosts);
        }
        return out;
    }

    /** "과학기술정보통신부 제2차관 박윤규": organization, title, name, as the articles write them. */
    static String who(Invitee i) {
        return String.join(" ", java.util.stream.Stream.of(i.shownOrganization(), i.shownTitle(), i.name())
                .filter(s -> s != null && !s.isBlank()).toList());
    }

    private static String speaker(TranscriptItem t, Map<Long, Invitee> byParticipant) {
        Invitee i = t.remark().speakerId() == null ? null : byParticipant.get(t.remark().speakerId());
        return i == null ? nz(t.speaker()) : who(i);
    }

    private static String gist(TranscriptItem t, Map<Long, Invitee> byParticipant, Map<Long, String> categories,
                               I18n i18n) {
        String category = t.remark().categoryId() == null ? null : categories.get(t.remark().categoryId());
        StringBuilder line = new StringBuilder("○ ").append(speaker(t, byParticipant)).append(" [")
                .append(i18n.label(t.remark().kind())).append(category == null ? "" : " · " + category).append("] ")
                .append(t.remark().text().replace('\n', ' '));
        for (TranscriptItem.Answer a : t.answers()) {
            Invitee by = a.remark().speakerId() == null ? null : byParticipant.get(a.remark().speakerId());
            line.append("\n   → ").append(i18n.text("minutes.answer", by == null ? nz(a.speaker()) : who(by),
                    a.remark().disposition() == null ? "" : ", " + i18n.label(a.remark().disposition())))
                    .append(" ").append(a.remark().text().replace('\n', ' '));
        }
        return line.toString();
    }

    private static String shorten(String text, int max) {
        String one = text.replace('\n', ' ');
        return one.length() <= max ? one : one.substring(0, max - 1) + "…";
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
