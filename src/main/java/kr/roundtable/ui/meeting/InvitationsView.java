package kr.roundtable.ui.meeting;

import java.util.List;
import java.util.Optional;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.cell.ComboBoxTableCell;
import javafx.scene.input.KeyCode;

import kr.roundtable.i18n.I18n;
import kr.roundtable.model.Attendance;
import kr.roundtable.model.Invitee;
import kr.roundtable.model.MeetingSummary;
import kr.roundtable.model.Ordinals;
import kr.roundtable.model.ParticipantRole;
import kr.roundtable.model.RosterEntry;
import kr.roundtable.model.Side;
import kr.roundtable.ui.common.Fxml;
import kr.roundtable.ui.imports.ImportLauncher;

/** 참석자 tab: the roster search to invite from, the invitation list with side, role and attendance, the summary. */
public final class InvitationsView {
    private final InvitationsViewModel model;
    private final ImportLauncher importer;
    private final I18n i18n;
    private final Parent root;

    @FXML private TextField searchField;
    @FXML private ListView<RosterEntry> candidateList;
    @FXML private ComboBox<MeetingSummary> otherMeeting;
    @FXML private Label summaryLabel;
    @FXML private TableView<Invitee> table;
    @FXML private TableColumn<Invitee, String> nameColumn;
    @FXML private TableColumn<Invitee, String> orgColumn;
    @FXML private TableColumn<Invitee, String> titleColumn;
    @FXML private TableColumn<Invitee, Side> sideColumn;
    @FXML private TableColumn<Invitee, ParticipantRole> roleColumn;
    @FXML private TableColumn<Invitee, Attendance> attendanceColumn;
    @FXML private TableColumn<Invitee, String> substituteColumn;
    @FXML private Label messageLabel;

    public InvitationsView(InvitationsViewModel model, ImportLauncher importer) {
        this.model = model;
        this.importer = importer;
        this.i18n = model.i18n();
        this.root = Fxml.load(this, i18n);
    }

    public Parent root() {
        return root;
    }

    @FXML
    private void initialize() {
        searchField.textProperty().bindBidirectional(model.queryProperty());
        candidateList.setItems(model.candidates());
        candidateList.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        candidateList.setPlaceholder(new Label(i18n.text("invite.search.hint")));
        candidateList.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(RosterEntry e, boolean empty) {
                super.updateItem(e, empty);
                setText(empty || e == null ? null : e.person().name() + " · " + nz(e.organizationName()) + " "
                        + nz(e.person().title()));
            }
        });
        candidateList.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                invite();
            }
        });
        searchField.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN && !model.candidates().isEmpty()) {
                candidateList.requestFocus();
                candidateList.getSelectionModel().selectFirst();
            } else if (e.getCode() == KeyCode.ENTER && model.candidates().size() == 1) {
                model.invite(List.copyOf(model.candidates()));
                searchField.clear();
            }
        });
        otherMeeting.setItems(model.otherMeetings());
        otherMeeting.setConverter(new LabelConverter<>(m -> (m.seriesName() == null ? "" : m.seriesName() + " "
                + Ordinals.label(m.ordinal()) + " · ") + m.title() + (m.date() == null ? "" : " (" + m.date() + ")")));

        table.setItems(model.invitees());
        table.setPlaceholder(new Label(i18n.text("invite.empty")));
        nameColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().name()));
        orgColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().shownOrganization()));
        titleColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().shownTitle()));
        substituteColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().substituteName()));
        sideColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().participant().side()));
        sideColumn.setCellFactory(ComboBoxTableCell.forTableColumn(new LabelConverter<>(i18n::label), Side.values()));
        sideColumn.setOnEditCommit(e -> model.setSideAndRole(e.getRowValue(), e.getNewValue(),
                e.getRowValue().participant().role()));
        roleColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().participant().role()));
        roleColumn.setCellFactory(ComboBoxTableCell.forTableColumn(new LabelConverter<>(i18n::label),
                ParticipantRole.values()));
        roleColumn.setOnEditCommit(e -> model.setSideAndRole(e.getRowValue(), e.getRowValue().participant().side(),
                e.getNewValue()));
        attendanceColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().participant().attendance()));
        attendanceColumn.setCellFactory(ComboBoxTableCell.forTableColumn(new LabelConverter<>(i18n::label),
                Attendance.values()));
        attendanceColumn.setOnEditCommit(e -> setAttendance(e.getRowValue(), e.getNewValue()));
        // one key per person: 1 초청, 2 참석확정, 3 불참, 4 참석, 5 대리참석
        table.setOnKeyPressed(e -> {
            Invitee selected = table.getSelectionModel().getSelectedItem();
            if (selected == null || table.getEditingCell() != null) {
                return;
            }
            int index = "12345".indexOf(e.getText());
            if (index >= 0) {
                int row = table.getSelectionModel().getSelectedIndex();
                setAttendance(selected, Attendance.values()[index]);
                table.getSelectionModel().select(row);
                e.consume();
            } else if (e.getCode() == KeyCode.DELETE) {
                remove();
            }
        });
        summaryLabel.textProperty().bind(model.summaryProperty());
        messageLabel.textProperty().bind(model.messageProperty());
    }

    private void setAttendance(Invitee invitee, Attendance attendance) {
        String substitute = null;
        if (attendance == Attendance.SUBSTITUTE) {
            TextInputDialog ask = new TextInputDialog();
            ask.initOwner(root.getScene().getWindow());
            ask.setTitle(i18n.text("app.name"));
            ask.setHeaderText(i18n.text("invite.substitute.header", invitee.name()));
            ask.setContentText(i18n.text("invite.substitute.content"));
            Optional<String> name = ask.showAndWait();
            if (name.isEmpty()) {
                model.refresh();
                return;
            }
            substitute = name.get();
        }
        model.setAttendance(invitee, attendance, substitute);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    @FXML
    private void invite() {
        model.invite(List.copyOf(candidateList.getSelectionModel().getSelectedItems()));
    }

    @FXML
    private void copy() {
        model.copyFrom(otherMeeting.getValue());
    }

    @FXML
    private void importList() {
        importer.start(root.getScene().getWindow(), model.meetingId(), model::refresh);
    }

    @FXML
    private void remove() {
        Invitee selected = table.getSelectionModel().getSelectedItem();
        if (selected != null) {
            model.remove(selected);
        }
    }
}
