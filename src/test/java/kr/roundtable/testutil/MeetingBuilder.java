package kr.roundtable.testutil;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import kr.roundtable.model.Meeting;
import kr.roundtable.model.MeetingKind;
import kr.roundtable.model.MeetingStatus;

/** A meeting with sensible defaults: 수출기업 현장 간담회 on 2026-03-05, 14:00–16:00, 준비. */
public final class MeetingBuilder {
    private Long seriesId;
    private Integer ordinal;
    private String title = "수출기업 현장 간담회";
    private LocalDate date = LocalDate.of(2026, 3, 5);
    private String venue = "정부세종청사 6동 대회의실";
    private List<Long> hosts = List.of();
    private List<Long> coHosts = List.of();
    private Long chair;
    private MeetingStatus status = MeetingStatus.PREPARING;

    public MeetingBuilder inSeries(long value, int number) {
        this.seriesId = value;
        this.ordinal = number;
        return this;
    }

    public MeetingBuilder withTitle(String value) {
        this.title = value;
        return this;
    }

    public MeetingBuilder on(LocalDate value) {
        this.date = value;
        return this;
    }

    public MeetingBuilder withVenue(String value) {
        this.venue = value;
        return this;
    }

    public MeetingBuilder hostedBy(List<Long> hostIds, List<Long> coHostIds) {
        this.hosts = hostIds;
        this.coHosts = coHostIds;
        return this;
    }

    public MeetingBuilder chairedBy(Long personId) {
        this.chair = personId;
        return this;
    }

    public MeetingBuilder withStatus(MeetingStatus value) {
        this.status = value;
        return this;
    }

    public Meeting build() {
        return new Meeting(0, seriesId, ordinal, title, MeetingKind.ROUNDTABLE, date, LocalTime.of(14, 0),
                LocalTime.of(16, 0), venue, hosts, coHosts, chair, "수출 애로 청취", status);
    }
}
