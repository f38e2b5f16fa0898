package kr.roundtable.ui.imports;

import java.util.Map;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import kr.roundtable.i18n.I18n;
import kr.roundtable.model.ImportField;
import kr.roundtable.model.ImportRow;
import kr.roundtable.model.ImportRowStatus;
import kr.roundtable.service.ImportService;
import kr.roundtable.ui.common.Fxml;

/** The preview of an attendee list: header row, column mapping, each row as it will be stored, and import. */
public final class ImportView {
    private final ImportViewModel model;
    private final I18n i18n;
    private final Parent root;
    private Runnable onDone = () -> { };
    private boolean updatingSpinner;

    @FXML private Label fileLabel;
    @FXML private Spinner<Integer> headerRow;
    @FXML private HBox mapping;
    @FXML private TableView<ImportRow> rows;
    @FXML private Label summary;
    @FXML private Label error;
    @FXML private Button importButton;

    public ImportView(ImportViewModel model) {
        this.model = model;
        this.i18n = model.i18n();
        this.root = Fxml.load(this, i18n);
    }

    public Parent root() {
        return root;
    }

    /** What to do once the rows were imported or the dialog cancelled (close it, refresh the list). */
    public void setOnDone(Runnable action) {
        this.onDone = action;
    }

    @FXML
    private void initialize() {
        headerRow.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(1, 10_000, 1));
        headerRow.valueProperty().addListener((o, was, now) -> {
            if (!updatingSpinner && now != null) {
                model.headerAt(now);
            }
        });
        addColumn(i18n.text("import.column.row"), r -> String.valueOf(r.rowNumber()), 45);
        addColumn(i18n.text("import.column.status"), r -> i18n.label(r.status())
                + (r.alreadyInvited() ? " · " + i18n.text("import.alreadyInvited") : ""), 110);
        for (ImportField field : ImportField.values()) {
            if (field != ImportField.IGNORED) {
                addColumn(i18n.label(field), r -> r.value(field), 110);
            }
        }
        addColumn(i18n.text("import.column.reason"), r -> r.reasonKey() == null ? ""
                : i18n.text(r.reasonKey(), r.reasonArg()), 220);
        rows.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(ImportRow item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().remove("import-error");
                if (!empty && item != null && item.status() == ImportRowStatus.ERROR) {
                    getStyleClass().add("import-error");
                }
            }
        });
        summary.textProperty().bind(model.summaryProperty());
        error.textProperty().bind(model.errorProperty());
        importButton.disableProperty().bind(model.canImportProperty().not());
        model.previewProperty().addListener((o, was, now) -> show(now));
        show(model.previewProperty().get());
    }

    private void addColumn(String title, java.util.function.Function<ImportRow, String> value, double width) {
        TableColumn<ImportRow, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setPrefWidth(width);
        column.setSortable(false);
        rows.getColumns().add(column);
    }

    private void show(ImportService.Preview preview) {
        if (preview == null) {
            return;
        }
        fileLabel.setText(preview.file().getFileName().toString());
        updatingSpinner = true;
        headerRow.getValueFactory().setValue(preview.headerRow() + 1);
        updatingSpinner = false;
        mapping.getChildren().clear();
        for (Map.Entry<Integer, String> label : new java.util.TreeMap<>(preview.labels()).entrySet()) {
            int column = label.getKey();
            ComboBox<ImportField> choice = new ComboBox<>(FXCollections.observableArrayList(ImportField.values()));
            choice.setId("mapColumn" + column);
            choice.setConverter(new StringConverter<>() {
                @Override
                public String toString(ImportField f) {
                    return f == null ? "" : i18n.label(f);
                }

                @Override
                public ImportField fromString(String s) {
                    return null;
                }
            });
            choice.setValue(preview.columns().getOrDefault(column, ImportField.IGNORED));
            choice.valueProperty().addListener((o, was, now) -> {
                if (now != null && now != was) {
                    model.map(column, now);
                }
            });
            String header = label.getValue().isEmpty() ? i18n.text("import.column.unnamed", column + 1) : label.getValue();
            Label name = new Label(columnLetter(column) + ": " + header);
            name.getStyleClass().add("muted");
            mapping.getChildren().add(new VBox(2, name, choice));
        }
        rows.setItems(FXCollections.observableArrayList(preview.rows()));
    }

    static String columnLetter(int index) {
        StringBuilder s = new StringBuilder();
        for (int i = index; i >= 0; i = i / 26 - 1) {
            s.insert(0, (char) ('A' + i % 26));
        }
        return s.toString();
    }

    @FXML
    private void doImport() {
        ImportService.Result result = model.apply();
        if (result != null) {
            kr.roundtable.ui.common.Dialogs.info(root.getScene().getWindow(), i18n, i18n.text("import.done.header"),
                    i18n.text("import.done.content", result.created(), result.updated(), result.invited(),
                            result.alreadyInvited()));
            onDone.run();
        }
    }

    @FXML
    private void cancel() {
        onDone.run();
    }
}
