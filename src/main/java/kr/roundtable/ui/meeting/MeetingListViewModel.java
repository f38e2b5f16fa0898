package kr.roundtable.ui.meeting;

import java.util.List;
import java.util.Locale;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

import kr.roundtable.model.MeetingStatus;
import kr.roundtable.model.MeetingSummary;
import kr.roundtable.service.MeetingService;
import kr.roundtable.ui.common.Background;

/** The meetings list: all meetings, filtered by text (series, title, venue, 제N차) and by status. */
public final class MeetingListViewModel {
    private final MeetingService service;
    private final Background background;
    private final ObservableList<MeetingSummary> all = FXCollections.observableArrayList();
    private final FilteredList<MeetingSummary> rows = new FilteredList<>(all);
    private final StringProperty filterText = new SimpleStringProperty("");
    private final ObjectProperty<MeetingStatus> statusFilter = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper failure = new ReadOnlyStringWrapper();

    public MeetingListViewModel(MeetingService service, Background background) {
        this.service = service;
        this.background = background;
        filterText.addListener((o, was, now) -> applyFilter());
        statusFilter.addListener((o, was, now) -> applyFilter());
    }

    public void refresh() {
        loading.set(true);
        background.run(service::meetings, this::show, error -> {
            loading.set(false);
            failure.set(String.valueOf(error.getMessage()));
        });
    }

    private void show(List<MeetingSummary> meetings) {
        all.setAll(meetings);
        failure.set(null);
        loading.set(false);
    }

    private void applyFilter() {
        String needle = filterText.get() == null ? "" : filterText.get().strip().toLowerCase(Locale.ROOT);
        MeetingStatus status = statusFilter.get();
        rows.setPredicate(m -> (status == null || m.status() == status) && (needle.isEmpty() || matches(m, needle)));
    }

    static boolean matches(MeetingSummary m, String needle) {
        for (String field : new String[] {m.seriesName(), m.title(), m.venue(), m.ordinalLabel()}) {
            if (field != null && field.toLowerCase(Locale.ROOT).contains(needle)) {
                return true;
            }
        }
        return false;
    }

    /** 제N+1차 of the meeting's series; returns the new meeting's id. */
    public long nextInSeries(long meetingId, String reviewItemTitle) {
        long id = service.nextInSeries(meetingId, reviewItemTitle).id();
        refresh();
        return id;
    }

    public long remarkCount(long meetingId) {
        return service.remarkCount(meetingId);
    }

    /** Deletes the meeting with all it holds; the {@link kr.roundtable.service.Undo} brings it back whole. */
    public kr.roundtable.service.Undo delete(long meetingId) {
        kr.roundtable.service.Undo undo = service.delete(meetingId);
        refresh();
        return undo;
    }

    public ObservableList<MeetingSummary> rows() {
        return rows;
    }

    public int totalCount() {
        return all.size();
    }

    public StringProperty filterTextProperty() {
        return filterText;
    }

    public ObjectProperty<MeetingStatus> statusFilterProperty() {
        return statusFilter;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty failureProperty() {
        return failure.getReadOnlyProperty();
    }
}
