package kr.roundtable.ui.meeting;

import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

import kr.roundtable.i18n.I18n;
import kr.roundtable.ui.common.Fxml;
import kr.roundtable.ui.imports.ImportLauncher;

/** One meeting: its details, its participants and its agenda, in tabs; a new meeting first needs its details. */
public final class MeetingPage {
    private final MeetingEditorViewModel editor;
    private final InvitationsViewModel invitations;
    private final AgendaViewModel agenda;
    private final ImportLauncher importer;
    private final Runnable onBack;
    private final I18n i18n;
    private final Parent root;
    private MeetingEditorView editorView;

    @FXML private Label heading;
    @FXML private javafx.scene.control.MenuButton documents;
    private kr.roundtable.ui.documents.DocumentExports documentExports;
    private long openId;
    @FXML private TabPane tabs;
    @FXML private Tab detailsTab;
    @FXML private Tab participantsTab;
    @FXML private Tab agendaTab;
    @FXML private Tab seatingTab;
    private final kr.roundtable.ui.seating.SeatingViewModel seating;
    private final kr.roundtable.ui.seating.SeatingView.Exporter exporter;

    public MeetingPage(MeetingEditorViewModel editor, InvitationsViewModel invitations, AgendaViewModel agenda,
                       kr.roundtable.ui.seating.SeatingViewModel seating,
                       kr.roundtable.ui.seating.SeatingView.Exporter exporter, ImportLauncher importer,
                       Runnable onBack) {
        this.seating = seating;
        this.exporter = exporter;
        this.editor = editor;
        this.invitations = invitations;
        this.agenda = agenda;
        this.importer = importer;
        this.onBack = onBack;
        this.i18n = editor.i18n();
        this.root = Fxml.load(this, i18n);
    }

    public Parent root() {
        return root;
    }

    /** Shows meeting {@code id}, or a blank form for 0. */
    public MeetingPage open(long id) {
        editor.load(id);
        editorView = new MeetingEditorView(editor, this::saved);
        detailsTab.setContent(editorView.root());
        participantsTab.setContent(new InvitationsView(invitations, importer).root());
        agendaTab.setContent(new AgendaView(agenda).root());
        seatingTab.setContent(new kr.roundtable.ui.seating.SeatingView(seating, exporter).root());
        loaded(id);
        if (id == 0) {
            javafx.application.Platform.runLater(editorView::focusTitle);
        }
        return this;
    }

    private void saved(long id) {
        loaded(id);
    }

    private void loaded(long id) {
        openId = id;
        documents.setDisable(id == 0);
        heading.setText(id == 0 ? i18n.text("meeting.new") : editor.titleProperty().get());
        participantsTab.setDisable(id == 0);
        agendaTab.setDisable(id == 0);
        seatingTab.setDisable(id == 0);
        if (id != 0) {
            invitations.load(id);
            agenda.load(id);
            seating.load(id);
        }
        seatingTab.setOnSelectionChanged(e -> {
            if (seatingTab.isSelected() && id != 0) {
                seating.load(id); // the participants may have changed in the other tab
            }
        });
        // the chair is picked among the participants, so the list follows the participants tab
        participantsTab.setOnSelectionChanged(e -> {
            if (!participantsTab.isSelected() && id != 0) {
                editor.invitees().setAll(invitations.invitees());
                agenda.load(id);
            }
        });
    }

    /** What writes the meeting's documents (the 문서 menu). */
    public MeetingPage withDocuments(kr.roundtable.ui.documents.DocumentExports exports) {
        this.documentExports = exports;
        return this;
    }

    private void document(kr.roundtable.ui.documents.DocumentExports.Kind kind) {
        if (documentExports != null && openId != 0) {
            documentExports.export(root.getScene().getWindow(), i18n, openId, kind);
        }
    }

    @FXML
    private void exportMinutes() {
        document(kr.roundtable.ui.documents.DocumentExports.Kind.MINUTES);
    }

    @FXML
    private void exportMinutesWithTemplate() {
        if (documentExports != null && openId != 0) {
            documentExports.exportMinutesWithTemplate(root.getScene().getWindow(), i18n, openId);
        }
    }

    @FXML
    private void exportPress() {
        document(kr.roundtable.ui.documents.DocumentExports.Kind.PRESS);
    }

    @FXML
    private void exportAttendeesXlsx() {
        document(kr.roundtable.ui.documents.DocumentExports.Kind.ATTENDEES_XLSX);
    }

    @FXML
    private void exportAttendeesDocx() {
        document(kr.roundtable.ui.documents.DocumentExports.Kind.ATTENDEES_DOCX);
    }

    @FXML
    private void exportAttendeesContacts() {
        document(kr.roundtable.ui.documents.DocumentExports.Kind.ATTENDEES_CONTACTS);
    }

    @FXML
    private void exportRegister() {
        document(kr.roundtable.ui.documents.DocumentExports.Kind.REGISTER);
    }

    /** Selects a tab: 0 details, 1 participants, 2 agenda, 3 seating. */
    public void select(int tab) {
        tabs.getSelectionModel().select(tab);
    }

    @FXML
    private void back() {
        onBack.run();
    }
}
