package kr.roundtable.ui.meeting;

import java.util.function.LongConsumer;

import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;

import kr.roundtable.i18n.I18n;
import kr.roundtable.model.Invitee;
import kr.roundtable.model.MeetingKind;
import kr.roundtable.model.MeetingStatus;
import kr.roundtable.model.Organization;
import kr.roundtable.ui.common.Fxml;

/** The meeting form, bound to {@link MeetingEditorViewModel}. */
public final class MeetingEditorView {
    private final MeetingEditorViewModel model;
    private final I18n i18n;
    private final LongConsumer onSaved;
    private final Parent root;

    @FXML private ComboBox<String> seriesField;
    @FXML private TextField ordinalField;
    @FXML private TextField titleField;
    @FXML private ComboBox<MeetingKind> kindField;
    @FXML private DatePicker dateField;
    @FXML private TextField startField;
    @FXML private TextField endField;
    @FXML private ComboBox<MeetingStatus> statusField;
    @FXML private TextField venueField;
    @FXML private ListView<Organization> hostList;
    @FXML private ComboBox<Organization> hostChoice;
    @FXML private ListView<Organization> coHostList;
    @FXML private ComboBox<Organization> coHostChoice;
    @FXML private ComboBox<Invitee> chairField;
    @FXML private TextArea purposeField;
    @FXML private Label errorLabel;
    @FXML private Label messageLabel;

    public MeetingEditorView(MeetingEditorViewModel model, LongConsumer onSaved) {
        this.model = model;
        this.i18n = model.i18n();
        this.onSaved = onSaved;
        this.root = Fxml.load(this, i18n);
    }

    public Parent root() {
        return root;
    }

    @FXML
    private void initialize() {
        seriesField.setItems(model.seriesNames());
        seriesField.getEditor().textProperty().bindBidirectional(model.seriesNameProperty());
        ordinalField.textProperty().bindBidirectional(model.ordinalProperty());
        ordinalField.setOnKeyTyped(e -> model.ordinalEdited());
        titleField.textProperty().bindBidirectional(model.titleProperty());
        kindField.setItems(FXCollections.observableArrayList(MeetingKind.values()));
        kindField.setConverter(new LabelConverter<>(i18n::label));
        kindField.valueProperty().bindBidirectional(model.kindProperty());
        // typed and shown as 2026-03-05 whatever the system's locale: unambiguous in both languages
        java.time.format.DateTimeFormatter iso = java.time.format.DateTimeFormatter.ISO_LOCAL_DATE;
        dateField.setConverter(new javafx.util.converter.LocalDateStringConverter(iso, iso));
        dateField.setPromptText("2026-03-05");
        dateField.valueProperty().bindBidirectional(model.dateProperty());
        startField.textProperty().bindBidirectional(model.startProperty());
        endField.textProperty().bindBidirectional(model.endProperty());
        statusField.setItems(FXCollections.observableArrayList(MeetingStatus.values()));
        statusField.setConverter(new LabelConverter<>(i18n::label));
        statusField.valueProperty().bindBidirectional(model.statusProperty());
        venueField.textProperty().bindBidirectional(model.venueProperty());
        LabelConverter<Organization> orgNames = new LabelConverter<>(Organization::name);
        hostList.setItems(model.hosts());
        hostList.setCellFactory(l -> orgCell());
        coHostList.setItems(model.coHosts());
        coHostList.setCellFactory(l -> orgCell());
        hostChoice.setItems(model.organizations());
        hostChoice.setConverter(orgNames);
        coHostChoice.setItems(model.organizations());
        coHostChoice.setConverter(orgNames);
        chairField.setItems(model.invitees());
        chairField.setConverter(new LabelConverter<>(i -> i.name() + " · " + nz(i.shownOrganization()) + " "
                + nz(i.shownTitle())));
        chairField.valueProperty().bindBidirectional(model.chairProperty());
        purposeField.textProperty().bindBidirectional(model.purposeProperty());
        errorLabel.textProperty().bind(model.errorProperty());
        messageLabel.textProperty().bind(model.messageProperty());
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static ListCell<Organization> orgCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(Organization item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.name());
            }
        };
    }

    public void focusTitle() {
        titleField.requestFocus();
    }

    @FXML
    private void save() {
        model.save(onSaved);
    }

    @FXML
    private void addHost() {
        model.addHost(hostChoice.getValue(), false);
    }

    @FXML
    private void addCoHost() {
        model.addHost(coHostChoice.getValue(), true);
    }

    @FXML
    private void removeHost() {
        model.hosts().remove(hostList.getSelectionModel().getSelectedItem());
    }

    @FXML
    private void removeCoHost() {
        model.coHosts().remove(coHostList.getSelectionModel().getSelectedItem());
    }
}
