package kr.roundtable.service;

import java.util.function.Consumer;

import kr.roundtable.model.RegisterFilter;
import kr.roundtable.model.RegisterRow;

/** Follow-ups across meetings: the register (건의사항 처리현황). */
public final class FollowUpService {
    private final Repositories repos;

    public FollowUpService(Repositories repos) {
        this.repos = repos;
    }

    /** Hands every register row to {@code sink} inside one read transaction; returns how many there were. */
    public int forEachRegisterRow(RegisterFilter filter, Consumer<RegisterRow> sink) {
        return repos.db().read(() -> repos.followUps().forEachRegisterRow(filter, sink));
    }

    public java.util.Optional<Long> seriesId(String seriesName) {
        return repos.db().read(() -> repos.series().findByName(seriesName)).map(s -> s.id());
    }
}
