package kr.roundtable.ui.roster;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.util.StringConverter;

import kr.roundtable.i18n.I18n;
import kr.roundtable.model.Labelled;
import kr.roundtable.model.Ordinals;
import kr.roundtable.model.Organization;
import kr.roundtable.model.OrganizationKind;
import kr.roundtable.model.PersonHistory;
import kr.roundtable.model.RosterEntry;
import kr.roundtable.ui.common.Dialogs;
import kr.roundtable.ui.common.Fxml;
import kr.roundtable.ui.imports.ImportLauncher;

/** 인물·기관: binds the roster's search, table, form, history and organizations to {@link RosterViewModel}. */
public final class RosterView {
    private final RosterViewModel model;
    private final ImportLauncher importer;
    private final I18n i18n;
    private final Parent root;
    private Organization editingOrganization;

    @FXML private TextField searchField;
    @FXML private TableView<RosterEntry> peopleTable;
    @FXML private TableColumn<RosterEntry, String> nameColumn;
    @FXML private TableColumn<RosterEntry, String> orgColumn;
    @FXML private TableColumn<RosterEntry, String> deptColumn;
    @FXML private TableColumn<RosterEntry, String> titleColumn;
    @FXML private TableColumn<RosterEntry, String> phoneColumn;
    @FXML private Label resultInfo;
    @FXML private Label formTitle;
    @FXML private TextField nameField;
    @FXML private ComboBox<String> orgField;
    @FXML private Label kindLabel;
    @FXML private ComboBox<OrganizationKind> kindField;
    @FXML private TextField deptField;
    @FXML private TextField titleField;
    @FXML private TextField phoneField;
    @FXML private TextField emailField;
    @FXML private TextArea noteField;
    @FXML private Label formError;
    @FXML private ListView<PersonHistory.Participation> historyMeetings;
    @FXML private ListView<PersonHistory.RaisedRemark> historyRemarks;
    @FXML private TableView<Organization> orgTable;
    @FXML private TableColumn<Organization, String> orgNameColumn;
    @FXML private TableColumn<Organization, String> orgKindColumn;
    @FXML private TableColumn<Organization, String> orgSectorColumn;
    @FXML private TextField orgNameField;
    @FXML private ComboBox<OrganizationKind> orgKindField;
    @FXML private TextField orgSectorField;
    @FXML private Label orgError;
    @FXML private Label statusLabel;

    public RosterView(RosterViewModel model, ImportLauncher importer) {
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
        text(nameColumn, e -> e.person().name());
        text(orgColumn, RosterEntry::organizationName);
        text(deptColumn, e -> e.person().department());
        text(titleColumn, e -> e.person().title());
        text(phoneColumn, e -> e.person().phone());
        peopleTable.setItems(model.results());
        peopleTable.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        peopleTable.setPlaceholder(new Label(i18n.text("roster.empty")));
        peopleTable.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null) {
                model.selectedProperty().set(now);
            }
        });
        peopleTable.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DELETE) {
                delete();
            }
        });
        // Down from the search field moves into the results, as in any search box
        searchField.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN && !model.results().isEmpty()) {
                peopleTable.requestFocus();
                peopleTable.getSelectionModel().selectFirst();
            }
        });
        resultInfo.textProperty().bind(model.resultInfoProperty());

        nameField.textProperty().bindBidirectional(model.nameProperty());
        orgField.getEditor().textProperty().bindBidirectional(model.organizationProperty());
        model.organizations().addListener((ListChangeListener<Organization>) c ->
                orgField.setItems(FXCollections.observableArrayList(model.organizations().stream()
                        .map(Organization::name).toList())));
        kindField.setItems(FXCollections.observableArrayList(OrganizationKind.values()));
        kindField.setConverter(labels());
        kindField.valueProperty().bindBidirectional(model.newOrganizationKindProperty());
        // the kind matters only when the typed organization is new
        kindField.visibleProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(() ->
                !model.organizationProperty().get().isBlank() && model.organizations().stream()
                        .noneMatch(o -> o.name().equals(model.organizationProperty().get().strip())),
                model.organizationProperty(), model.organizations()));
        kindLabel.visibleProperty().bind(kindField.visibleProperty());
        kindField.managedProperty().bind(kindField.visibleProperty());
        kindLabel.managedProperty().bind(kindField.visibleProperty());
        deptField.textProperty().bindBidirectional(model.departmentProperty());
        titleField.textProperty().bindBidirectional(model.titleProperty());
        phoneField.textProperty().bindBidirectional(model.phoneProperty());
        emailField.textProperty().bindBidirectional(model.emailProperty());
        noteField.textProperty().bindBidirectional(model.noteProperty());
        formError.textProperty().bind(model.formErrorProperty());
        formTitle.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() ->
                model.selectedProperty().get() == null ? i18n.text("roster.form.new")
                        : i18n.text("roster.form.edit", model.selectedProperty().get().person().name()),
                model.selectedProperty()));
        statusLabel.textProperty().bind(model.statusProperty());

        DateTimeFormatter dates = DateTimeFormatter.ofPattern(i18n.text("format.date"), i18n.locale());
        historyMeetings.setItems(model.participations());
        historyMeetings.setPlaceholder(new Label(i18n.text("roster.history.none")));
        historyMeetings.setCellFactory(l -> cell(l, p -> (p.date() == null ? "" : dates.format(p.date())) + "  "
                + (p.seriesName() == null ? "" : p.seriesName() + " " + Ordinals.label(p.ordinal()) + " ")
                + (p.seriesName() == null ? p.meetingTitle() : "") + " · " + i18n.label(p.role()) + " · "
                + join(p.organizationThen(), p.titleThen()) + " · " + i18n.label(p.attendance())));
        historyRemarks.setItems(model.remarks());
        historyRemarks.setPlaceholder(new Label(i18n.text("roster.history.none")));
        historyRemarks.setCellFactory(l -> cell(l, r -> "[" + i18n.label(r.kind()) + "] " + r.text() + "  ("
                + r.meetingTitle() + (r.followUps().isEmpty() ? "" : " · " + i18n.text("roster.history.followUps",
                String.join(", ", r.followUps().stream().map(i18n::label).toList()))) + ")"));

        orgTable.setItems(model.organizations());
        orgNameColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().name()));
        orgKindColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(i18n.label(c.getValue().kind())));
        orgSectorColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().sector()));
        orgKindField.setItems(FXCollections.observableArrayList(OrganizationKind.values()));
        orgKindField.setConverter(labels());
        orgKindField.setValue(OrganizationKind.OTHER);
        orgTable.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            editingOrganization = now;
            if (now != null) {
                orgNameField.setText(now.name());
                orgKindField.setValue(now.kind());
                orgSectorField.setText(now.sector() == null ? "" : now.sector());
            }
        });

        model.search();
        model.loadOrganizations();
        javafx.application.Platform.runLater(searchField::requestFocus);
    }

    private static String join(String a, String b) {
        return ((a == null ? "" : a) + " " + (b == null ? "" : b)).strip();
    }

    private <T extends Labelled> StringConverter<T> labels() {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return i18n.label(value);
            }

            @Override
            public T fromString(String text) {
                return null;
            }
        };
    }

    /** A cell whose text wraps at the list's width instead of scrolling sideways. */
    private static <T> ListCell<T> cell(ListView<T> list, Function<T, String> format) {
        ListCell<T> cell = new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : format.apply(item));
            }
        };
        cell.setWrapText(true);
        cell.prefWidthProperty().bind(list.widthProperty().subtract(18));
        cell.setMaxWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return cell;
    }

    private static void text(TableColumn<RosterEntry, String> column, Function<RosterEntry, String> value) {
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
    }

    private javafx.stage.Window window() {
        return root.getScene().getWindow();
    }

    @FXML
    private void newPerson() {
        peopleTable.getSelectionModel().clearSelection();
        model.newPerson();
        nameField.requestFocus();
    }

    @FXML
    private void save() {
        model.save();
    }

    @FXML
    private void delete() {
        RosterEntry entry = model.selectedProperty().get();
        if (entry != null && Dialogs.confirm(window(), i18n, i18n.text("roster.delete.confirm.header",
                entry.person().name()), i18n.text("roster.delete.confirm.content"))) {
            model.deleteSelected();
        }
    }

    @FXML
    private void merge() {
        List<RosterEntry> chosen = List.copyOf(peopleTable.getSelectionModel().getSelectedItems());
        if (chosen.size() != 2) {
            Dialogs.info(window(), i18n, i18n.text("roster.merge.pickTwo.header"),
                    i18n.text("roster.merge.pickTwo.content"));
            return;
        }
        List<String> options = chosen.stream().map(this::describe).toList();
        ChoiceDialog<String> keep = new ChoiceDialog<>(options.get(0), options);
        keep.initOwner(window());
        keep.setTitle(i18n.text("app.name"));
        keep.setHeaderText(i18n.text("roster.merge.keep.header"));
        keep.setContentText(i18n.text("roster.merge.keep.content"));
        Optional<String> answer = keep.showAndWait();
        if (answer.isEmpty()) {
            return;
        }
        int keepIndex = options.indexOf(answer.get());
        RosterEntry kept = chosen.get(keepIndex);
        RosterEntry dropped = chosen.get(1 - keepIndex);
        if (Dialogs.confirm(window(), i18n, i18n.text("roster.merge.confirm.header"),
                i18n.text("roster.merge.confirm.content", describe(dropped), describe(kept)))) {
            model.merge(kept, dropped);
        }
    }

    private String describe(RosterEntry e) {
        return String.join(" · ", List.of(e.person().name(), nz(e.organizationName()), nz(e.person().title()),
                nz(e.person().phone()), "#" + e.person().id()).stream().filter(s -> !s.isEmpty()).toList());
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    @FXML
    private void importPeople() {
        importer.start(window(), null, model::search);
    }

    @FXML
    private void saveOrganization() {
        long id = editingOrganization == null ? 0 : editingOrganization.id();
        try {
            String error = model.saveOrganization(new Organization(id, orgNameField.getText(), orgKindField.getValue(),
                    orgSectorField.getText()));
            orgError.setText(error == null ? "" : error);
        } catch (IllegalArgumentException e) {
            orgError.setText(i18n.text("roster.org.nameRequired"));
        }
    }

    @FXML
    private void newOrganization() {
        orgTable.getSelectionModel().clearSelection();
        editingOrganization = null;
        orgNameField.clear();
        orgSectorField.clear();
        orgKindField.setValue(OrganizationKind.OTHER);
        orgNameField.requestFocus();
    }
}
