package kr.roundtable.service;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import kr.roundtable.export.NameplateWriter;
import kr.roundtable.export.SafeFile;
import kr.roundtable.export.SeatingChartImage;
import kr.roundtable.export.SeatingChartWriter;
import kr.roundtable.i18n.I18n;
import kr.roundtable.model.Meeting;
import kr.roundtable.model.Ordinals;
import kr.roundtable.model.Precedence;
import kr.roundtable.model.SeatingGeometry;
import kr.roundtable.model.SeatingPlan;

/** The documents written from a meeting; every file is written safely (temporary file, then moved into place). */
public final class ExportService {
    private final MeetingService meetings;
    private final SeatingService seating;
    private final FollowUpService followUps;
    private final MinutesService minutes;
    private final Path templateFolder;

    public ExportService(MeetingService meetings, SeatingService seating, FollowUpService followUps,
                         MinutesService minutes, Path templateFolder) {
        this.meetings = meetings;
        this.seating = seating;
        this.followUps = followUps;
        this.minutes = minutes;
        this.templateFolder = templateFolder;
    }

    /** 보도자료 초안 (.docx), with the photo caption stored in the seating screen when there is one. */
    public Path pressRelease(long meetingId, I18n i18n, Path target) throws IOException {
        kr.roundtable.model.PressRelease release = minutes.pressRelease(meetingId,
                seating.storedCaption(meetingId).orElse(null), i18n);
        return SafeFile.write(target, out -> kr.roundtable.export.PressReleaseWriter.write(release,
                i18n.text("press.label"), out));
    }

    /**
     * 회의록 (.docx) from {@code template} when given, else the user's {@code minutes.docx} in the template folder,
     * else the built-in one. A template with an unknown or broken tag is refused with the tag's name; nothing is
     * written then.
     */
    public Path minutes(long meetingId, String writer, java.time.LocalDate writtenOn, Path template, I18n i18n,
                        Path target) throws IOException {
        Path userTemplate = templateFolder == null ? null : templateFolder.resolve("minutes.docx");
        byte[] bytes;
        if (template != null) {
            if (!Files.isRegularFile(template)) {
                throw new Refusal("minutes.error.noTemplate", template);
            }
            bytes = Files.readAllBytes(template);
        } else if (userTemplate != null && Files.isRegularFile(userTemplate)) {
            bytes = Files.readAllBytes(userTemplate);
        } else {
            bytes = kr.roundtable.export.MinutesWriter.builtInTemplate();
        }
        kr.roundtable.model.Minutes content = minutes.minutes(meetingId, writer, writtenOn, i18n);
        try {
            kr.roundtable.export.MinutesWriter.check(bytes);
        } catch (kr.roundtable.export.MinutesWriter.TemplateProblem problem) {
            if (problem.broken()) {
                throw new Refusal("minutes.error.brokenTag", problem.tag());
            }
            throw new Refusal("minutes.error.unknownTag", problem.tag());
        } catch (IOException | RuntimeException notDocx) {
            throw new Refusal("minutes.error.notTemplate", template == null ? "minutes.docx" : template.getFileName());
        }
        return SafeFile.write(target, out -> {
            try {
                kr.roundtable.export.MinutesWriter.write(content, bytes, out);
            } catch (kr.roundtable.export.MinutesWriter.TemplateProblem problem) {
                throw new IOException(problem.getMessage(), problem);
            }
        });
    }

    /**
     * 참석자 명단 as .xlsx or .docx: by side, in precedence order, with attendance. Contacts only when asked for,
     * and then phone numbers masked (010-****-5678) unless {@code unmasked}.
     */
    public Path attendees(long meetingId, String format, boolean contacts, boolean unmasked, I18n i18n, Path target)
            throws IOException {
        Meeting m = meetings.meeting(meetingId);
        List<String> columns = new ArrayList<>(java.util.Arrays.asList(i18n.text("attendees.columns").split(",")));
        if (contacts) {
            columns.addAll(java.util.Arrays.asList(i18n.text("attendees.contactColumns").split(",")));
        }
        List<List<String>> rows = new ArrayList<>();
        int n = 0;
        for (kr.roundtable.model.AttendeeListEntry e : seating.attendeeList(meetingId)) {
            List<String> row = new ArrayList<>(List.of(String.valueOf(++n), i18n.label(e.side()),
                    e.organization() == null ? "" : e.organization(), e.title() == null ? "" : e.title(), e.name(),
                    i18n.label(e.attendance()) + (e.substituteName() == null ? "" : " (" + e.substituteName() + ")")));
            if (contacts) {
                row.add(e.phone() == null ? "" : unmasked ? e.phone() : kr.roundtable.model.PhoneNumbers.mask(e.phone()));
                row.add(e.email() == null ? "" : e.email());
            }
            rows.add(row);
        }
        String title = Ordinals.fullTitle(meetings.seriesName(m.seriesId()).orElse(null), m.ordinal(), m.title());
        DateTimeFormatter date = DateTimeFormatter.ofPattern("yyyy. M. d.(E)", Locale.KOREAN);
        kr.roundtable.export.AttendeeListWriter.Sheet sheet = new kr.roundtable.export.AttendeeListWriter.Sheet(
                i18n.text("attendees.title"), title + (m.date() == null ? "" : " · " + date.format(m.date()))
                + (m.venue() == null ? "" : " · " + m.venue()), columns, rows);
        return SafeFile.write(target, out -> {
            if ("docx".equals(format)) {
                kr.roundtable.export.AttendeeListWriter.docx(sheet, out);
            } else {
                kr.roundtable.export.AttendeeListWriter.xlsx(sheet, out);
            }
        });
    }

    /** 건의사항 처리현황 (.xlsx), streamed from the database into the file; returns how many rows it holds. */
    public int followUpRegister(kr.roundtable.model.RegisterFilter filter, I18n i18n, java.time.LocalDate today,
                                Path target) throws IOException {
        int[] rows = {0};
        kr.roundtable.export.FollowUpRegisterWriter.Words words = new kr.roundtable.export.FollowUpRegisterWriter
                .Words() {
            @Override
            public String title() {
                return i18n.text("register.title");
            }

            @Override
            public String subtitle(int count) {
                return count < 0 ? i18n.text("register.writtenOn") : i18n.text("register.subtitle", count);
            }

            @Override
            public List<String> columns() {
                return java.util.Arrays.asList(i18n.text("register.columns").split(","));
            }

            @Override
            public String disposition(kr.roundtable.model.RegisterRow row) {
                return i18n.label(row.disposition());
            }

            @Override
            public String status(kr.roundtable.model.RegisterRow row) {
                return i18n.label(row.status());
            }
        };
        SafeFile.write(target, out -> rows[0] = kr.roundtable.export.FollowUpRegisterWriter.write(
                sink -> followUps.forEachRegisterRow(filter, sink), words, today, out));
        return rows[0];
    }

    private SeatingPlan plan(long meetingId) {
        return seating.plan(meetingId).orElseThrow(() -> new Refusal("seating.error.noPlan"));
    }

    private Map<Long, Precedence.Attendee> attendees(long meetingId) {
        Map<Long, Precedence.Attendee> byId = new HashMap<>();
        seating.attendees(meetingId).forEach(a -> byId.put(a.participantId(), a));
        return byId;
    }

    /** 명패: one plate per seated attendee, in seat order; the user's template when there is one. */
    public Path nameplates(long meetingId, Path target) throws IOException {
        Map<Long, Precedence.Attendee> byId = attendees(meetingId);
        List<NameplateWriter.Plate> plates = new ArrayList<>();
        for (SeatingPlan.Seat seat : plan(meetingId).seats()) {
            Precedence.Attendee a = byId.get(seat.participantId());
            if (a != null) {
                plates.add(new NameplateWriter.Plate(seat.number(), a.name(), a.organization(), a.title()));
            }
        }
        if (plates.isEmpty()) {
            throw new Refusal("seating.error.nobodySeated");
        }
        Path userTemplate = templateFolder == null ? null : templateFolder.resolve("nameplate.docx");
        return SafeFile.write(target, out -> {
            try (InputStream template = userTemplate != null && Files.isRegularFile(userTemplate)
                    ? Files.newInputStream(userTemplate) : null) {
                NameplateWriter.write(plates, template, out);
            }
        });
    }

    /** The plan as a picture, 2000 × 1400 pixels. */
    public byte[] chartPng(long meetingId, I18n i18n) throws IOException {
        SeatingPlan plan = plan(meetingId);
        Map<Long, Precedence.Attendee> byId = attendees(meetingId);
        Map<Integer, SeatingChartImage.Label> labels = new HashMap<>();
        for (SeatingPlan.Seat seat : plan.seats()) {
            Precedence.Attendee a = byId.get(seat.participantId());
            if (a != null) {
                labels.put(seat.number(), new SeatingChartImage.Label(a.name(), a.title()));
            }
        }
        SeatingGeometry.Plan geometry = plan.geometry();
        return SeatingChartImage.png(SeatingChartImage.render(geometry, labels, i18n.text("seating.front"),
                i18n.text("seating.door"), 2));
    }

    public Path chartPng(long meetingId, I18n i18n, Path target) throws IOException {
        byte[] png = chartPng(meetingId, i18n);
        return SafeFile.write(target, out -> out.write(png));
    }

    /** 좌석배치도 as a .docx page with the meeting's title, date and venue. */
    public Path chartDocx(long meetingId, I18n i18n, Path target) throws IOException {
        byte[] png = chartPng(meetingId, i18n);
        Meeting m = meetings.meeting(meetingId);
        String title = Ordinals.fullTitle(meetings.seriesName(m.seriesId()).orElse(null), m.ordinal(), m.title());
        DateTimeFormatter date = DateTimeFormatter.ofPattern("yyyy. M. d.(E)", Locale.KOREAN);
        String when = (m.date() == null ? "" : date.format(m.date()))
                + (m.startTime() == null ? "" : " " + m.startTime() + (m.endTime() == null ? "" : "~" + m.endTime()))
                + (m.venue() == null ? "" : " · " + m.venue());
        return SafeFile.write(target, out -> SeatingChartWriter.write(i18n.text("seating.chart.heading"), title,
                when.strip(), png, out));
    }

    /** A file name for an export of the meeting: "제16차 디지털 … 간담회 명패.docx", safe on Windows and macOS. */
    public String fileName(long meetingId, String what, String extension) {
        Meeting m = meetings.meeting(meetingId);
        return SafeFile.safeName((m.ordinal() == null ? "" : Ordinals.label(m.ordinal()) + " ") + m.title() + " " + what)
                + "." + extension;
    }
}
