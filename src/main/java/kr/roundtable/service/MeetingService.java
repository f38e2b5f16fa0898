package kr.roundtable.service;

import java.util.List;

import kr.roundtable.model.MeetingSummary;

/** Use cases over meetings. The list is what the main window and {@code list meetings} show. */
public final class MeetingService {
    private final Repositories repos;

    public MeetingService(Repositories repos) {
        this.repos = repos;
    }

    /** Every meeting, newest first. */
    public List<MeetingSummary> meetings() {
        return repos.db().read(() -> repos.meetings().summaries());
    }

    /** Whether the database holds nothing yet (no meeting, no person): the moment to offer demo data. */
    public boolean isEmpty() {
        return repos.db().read(() -> repos.meetings().count() == 0 && repos.people().count() == 0);
    }
}
