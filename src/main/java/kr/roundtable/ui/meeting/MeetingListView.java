package kr.roundtable.ui.meeting;

import java.text.Collator;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Comparator;
import java.util.function.Function;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.transformation.SortedList;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;

import kr.roundtable.i18n.I18n;
import kr.roundtable.model.MeetingStatus;
import kr.roundtable.model.MeetingSummary;
import kr.roundtable.ui.common.Fxml;

/** The meetings list screen: binds the table and the filters to {@link MeetingListViewModel}. */
public final class MeetingListView {
    private final MeetingListViewModel model;
    private final I18n i18n;
    private final java.util.function.LongConsumer open;
    private final java.util.function.LongConsumer start;
    private final kr.roundtable.ui.common.UndoHistory undo;
    private final Parent root;

    @FXML private TextField filterField;
    @FXML private ComboBox<MeetingStatus> statusFilter;
    @FXML private TableView<MeetingSummary> table;
    @FXML private TableColumn<MeetingSummary, String> seriesColumn;
    @FXML private TableColumn<MeetingSummary, Integer> ordinalColumn;
    @FXML private TableColumn<MeetingSummary, LocalDate> dateColumn;
    @FXML private TableColumn<MeetingSummary, String> titleColumn;
    @FXML private TableColumn<MeetingSummary, String> venueColumn;
    @FXML private TableColumn<MeetingSummary, MeetingStatus> statusColumn;
    @FXML private Label countLabel;
    @FXML private ProgressIndicator loadingIndicator;

    /** {@code open} shows a meeting (0 for a new one); deletes go into {@code undo}. */
    public MeetingListView(MeetingListViewModel model, I18n i18n, java.util.function.LongConsumer open,
                           java.util.function.LongConsumer start, kr.roundtable.ui.common.UndoHistory undo) {
        this.model = model;
        this.i18n = i18n;
        this.open = open;
        this.start = start;
        this.undo = undo;
        this.root = Fxml.load(this, i18n);
    }

    public Parent root() {
        return root;
    }

    @FXML
    private void initialize() {
        Collator korean = Collator.getInstance(i18n.locale());
        Comparator<String> text = Comparator.nullsLast(korean::compare);
        column(seriesColumn, MeetingSummary::seriesName, text);
        column(titleColumn, MeetingSummary::title, text);
        column(venueColumn, MeetingSummary::venue, text);
        column(ordinalColumn, MeetingSummary::ordinal, Comparator.nullsLast(Comparator.naturalOrder()));
        ordinalColumn.setCellFactory(c -> cell(n -> kr.roundtable.model.Ordinals.label(n)));
        column(dateColumn, MeetingSummary::date, Comparator.nullsLast(Comparator.naturalOrder()));
        DateTimeFormatter dates = DateTimeFormatter.ofPattern(i18n.text("format.date"), i18n.locale());
        dateColumn.setCellFactory(c -> cell(dates::format));
        column(statusColumn, MeetingSummary::status, Comparator.nullsLast(Comparator.naturalOrder()));
        statusColumn.setCellFactory(c -> cell(i18n::label));

        SortedList<MeetingSummary> sorted = new SortedList<>(model.rows());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.setPlaceholder(new Label(i18n.text("meetings.empty")));

        filterField.textProperty().bindBidirectional(model.filterTextProperty());
        statusFilter.setItems(FXCollections.observableArrayList(Arrays.asList(MeetingStatus.values())));
        statusFilter.getItems().add(0, null);
        statusFilter.setButtonCell(statusCell());
        statusFilter.setCellFactory(c -> statusCell());
        statusFilter.valueProperty().bindBidirectional(model.statusFilterProperty());

        countLabel.textProperty().bind(Bindings.createStringBinding(
                () -> i18n.text("meetings.count", model.rows().size(), model.totalCount()), model.rows()));
        loadingIndicator.visibleProperty().bind(model.loadingProperty());
        table.setRowFactory(t -> {
            javafx.scene.control.TableRow<MeetingSummary> row = new javafx.scene.control.TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    open.accept(row.getItem().id());
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER) {
                openMeeting();
            } else if (e.getCode() == javafx.scene.input.KeyCode.DELETE) {
                deleteMeeting();
            }
        });
    }

    private MeetingSummary selected() {
        return table.getSelectionModel().getSelectedItem();
    }

    private javafx.stage.Window window() {
        return root.getScene().getWindow();
    }

    @FXML
    private void newMeeting() {
        open.accept(0);
    }

    @FXML
    private void openMeeting() {
        if (selected() != null) {
            open.accept(selected().id());
        }
    }

    @FXML
    private void startMeeting() {
        if (selected() != null) {
            start.accept(selected().id());
        }
    }

    @FXML
    private void nextMeeting() {
        MeetingSummary m = selected();
        if (m == null) {
            return;
        }
        try {
            open.accept(model.nextInSeries(m.id(), i18n.text("meeting.next.reviewItem")));
        } catch (RuntimeException e) {
            kr.roundtable.ui.common.Dialogs.error(window(), i18n, i18n.text("meeting.next.failed"),
                    kr.roundtable.ui.common.Messages.of(e, i18n));
        }
    }

    @FXML
    private void deleteMeeting() {
        MeetingSummary m = selected();
        if (m == null) {
            return;
        }
        long remarks = model.remarkCount(m.id());
        boolean sure = kr.roundtable.ui.common.Dialogs.confirm(window(), i18n,
                i18n.text("meeting.delete.confirm.header", m.title()), remarks == 0
                        ? i18n.text("meeting.delete.confirm.content")
                        : i18n.text("meeting.delete.confirm.remarks", remarks));
        // a meeting with notes in it is asked about twice
        if (sure && remarks > 0) {
            sure = kr.roundtable.ui.common.Dialogs.confirm(window(), i18n, i18n.text("meeting.delete.again.header"),
                    i18n.text("meeting.delete.again.content", m.title(), remarks));
        }
        if (sure) {
            undo.push(i18n.text("meeting.undo.delete", m.title()), model.delete(m.id()), model::refresh);
        }
    }

    private ListCell<MeetingStatus> statusCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(MeetingStatus item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item == null ? i18n.text("meetings.filter.allStatuses") : i18n.label(item));
            }
        };
    }

    private static <T> void column(TableColumn<MeetingSummary, T> column, Function<MeetingSummary, T> value,
                                   Comparator<T> order) {
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setComparator(order);
    }

    private static <T> TableCell<MeetingSummary, T> cell(Function<T, String> format) {
        return new TableCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : format.apply(item));
            }
        };
    }
}
