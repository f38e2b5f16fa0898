package kr.roundtable.ui.meeting;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.ComboBoxTableCell;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DataFormat;
import javafx.scene.input.KeyCode;
import javafx.scene.input.TransferMode;
import javafx.util.converter.DefaultStringConverter;

import kr.roundtable.i18n.I18n;
import kr.roundtable.model.AgendaItem;
import kr.roundtable.model.Invitee;
import kr.roundtable.ui.common.Fxml;

/** 안건 tab: the ordered agenda, edited in place, reordered by drag or Alt+↑/↓, with the time against the slot. */
public final class AgendaView {
    private static final DataFormat AGENDA_ROW = new DataFormat("application/x-roundtable-agenda-row");
    private final AgendaViewModel model;
    private final I18n i18n;
    private final Parent root;

    @FXML private TextField newTitle;
    @FXML private TextField newMinutes;
    @FXML private TableView<AgendaItem> table;
    @FXML private TableColumn<AgendaItem, Integer> positionColumn;
    @FXML private TableColumn<AgendaItem, String> titleColumn;
    @FXML private TableColumn<AgendaItem, Invitee> presenterColumn;
    @FXML private TableColumn<AgendaItem, String> minutesColumn;
    @FXML private Label totalLabel;
    @FXML private Label messageLabel;

    public AgendaView(AgendaViewModel model) {
        this.model = model;
        this.i18n = model.i18n();
        this.root = Fxml.load(this, i18n);
    }

    public Parent root() {
        return root;
    }

    @FXML
    private void initialize() {
        table.setItems(model.items());
        table.setPlaceholder(new Label(i18n.text("agenda.empty")));
        positionColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().position()));
        titleColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().title()));
        titleColumn.setCellFactory(TextFieldTableCell.forTableColumn(new DefaultStringConverter()));
        titleColumn.setOnEditCommit(e -> {
            AgendaItem a = e.getRowValue();
            if (e.getNewValue() != null && !e.getNewValue().isBlank()) {
                model.update(new AgendaItem(a.id(), a.meetingId(), a.position(), e.getNewValue(), a.description(),
                        a.presenterId(), a.plannedMinutes(), a.actualStart(), a.actualEnd()));
            } else {
                model.refresh();
            }
        });
        presenterColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(model.presenters().stream()
                .filter(i -> Long.valueOf(i.participant().id()).equals(c.getValue().presenterId())).findFirst()
                .orElse(null)));
        presenterColumn.setCellFactory(ComboBoxTableCell.forTableColumn(new LabelConverter<>(Invitee::name),
                model.presenters()));
        presenterColumn.setOnEditCommit(e -> {
            AgendaItem a = e.getRowValue();
            model.update(new AgendaItem(a.id(), a.meetingId(), a.position(), a.title(), a.description(),
                    e.getNewValue() == null ? null : e.getNewValue().participant().id(), a.plannedMinutes(),
                    a.actualStart(), a.actualEnd()));
        });
        minutesColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().plannedMinutes() == null
                ? "" : String.valueOf(c.getValue().plannedMinutes())));
        minutesColumn.setCellFactory(TextFieldTableCell.forTableColumn(new DefaultStringConverter()));
        minutesColumn.setOnEditCommit(e -> {
            AgendaItem a = e.getRowValue();
            Integer minutes = AgendaViewModel.parseMinutes(e.getNewValue());
            if (minutes != null && minutes < 0) {
                model.refresh();
                return;
            }
            model.update(new AgendaItem(a.id(), a.meetingId(), a.position(), a.title(), a.description(),
                    a.presenterId(), minutes, a.actualStart(), a.actualEnd()));
        });
        table.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            AgendaItem selected = table.getSelectionModel().getSelectedItem();
            if (selected == null || table.getEditingCell() != null) {
                return;
            }
            if (e.isAltDown() && (e.getCode() == KeyCode.UP || e.getCode() == KeyCode.DOWN)) {
                int index = model.move(selected, e.getCode() == KeyCode.UP ? -1 : 1);
                table.getSelectionModel().clearAndSelect(index);
                table.getFocusModel().focus(index);
                e.consume();
            } else if (e.getCode() == KeyCode.DELETE) {
                model.delete(selected);
                e.consume();
            }
        });
        table.setRowFactory(t -> dragRow());
        totalLabel.textProperty().bind(model.totalProperty());
        model.overrunProperty().addListener((o, was, now) -> overrunStyle(now));
        overrunStyle(model.overrunProperty().get());
        messageLabel.textProperty().bind(model.messageProperty());
        newTitle.setOnAction(e -> add());
        newMinutes.setOnAction(e -> add());
    }

    private void overrunStyle(boolean overrun) {
        totalLabel.getStyleClass().remove("warning");
        if (overrun) {
            totalLabel.getStyleClass().add("warning");
        }
    }

    /** Rows can be dragged onto another row to take its place. */
    private TableRow<AgendaItem> dragRow() {
        TableRow<AgendaItem> row = new TableRow<>();
        row.setOnDragDetected(e -> {
            if (!row.isEmpty()) {
                var board = row.startDragAndDrop(TransferMode.MOVE);
                ClipboardContent content = new ClipboardContent();
                content.put(AGENDA_ROW, row.getIndex());
                board.setContent(content);
                e.consume();
            }
        });
        row.setOnDragOver(e -> {
            if (e.getDragboard().hasContent(AGENDA_ROW)) {
                e.acceptTransferModes(TransferMode.MOVE);
                e.consume();
            }
        });
        row.setOnDragDropped(e -> {
            if (e.getDragboard().hasContent(AGENDA_ROW)) {
                int from = (Integer) e.getDragboard().getContent(AGENDA_ROW);
                int to = row.isEmpty() ? model.items().size() - 1 : row.getIndex();
                int index = model.moveTo(model.items().get(from), to);
                table.getSelectionModel().clearAndSelect(index);
                e.setDropCompleted(true);
                e.consume();
            }
        });
        return row;
    }

    @FXML
    private void add() {
        if (model.add(newTitle.getText(), newMinutes.getText())) {
            newTitle.clear();
            newMinutes.clear();
            newTitle.requestFocus();
        }
    }

    @FXML
    private void up() {
        moveSelected(-1);
    }

    @FXML
    private void down() {
        moveSelected(1);
    }

    private void moveSelected(int delta) {
        AgendaItem selected = table.getSelectionModel().getSelectedItem();
        if (selected != null) {
            table.getSelectionModel().clearAndSelect(model.move(selected, delta));
        }
    }

    @FXML
    private void delete() {
        AgendaItem selected = table.getSelectionModel().getSelectedItem();
        if (selected != null) {
            model.delete(selected);
        }
    }
}
