package kr.roundtable.ui.seating;

import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextArea;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DataFormat;
import javafx.scene.input.KeyCode;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.StackPane;

import kr.roundtable.i18n.I18n;
import kr.roundtable.model.Precedence;
import kr.roundtable.model.SeatingLayout;
import java.util.List;

import kr.roundtable.ui.common.Fxml;

/**
 * 좌석배치: drag a person from the ranking onto a seat, a seat onto another to swap, Delete to clear; keyboard: pick a
 * person in the ranking, type a seat number and Enter to seat them; Alt+↑/↓ move a person in the ranking.
 */
public final class SeatingView {
    /** What is dragged: "participantId:rank" (rank −1 when dragged from a seat); one format keeps every platform happy. */
    static final DataFormat ATTENDEE = new DataFormat("application/x-roundtable-attendee");
    private final SeatingViewModel model;
    private final I18n i18n;
    private final Exporter exporter;
    private final Parent root;
    private final SeatMap map = new SeatMap(34);
    private int selectedSeat;
    private final StringBuilder typedSeat = new StringBuilder();

    @FXML private ComboBox<SeatingLayout> layoutField;
    @FXML private Spinner<Integer> seatCountField;
    @FXML private CheckBox rightFirstField;
    @FXML private Spinner<Integer> headSeatsField;
    @FXML private javafx.scene.control.Label headSeatsLabel;
    @FXML private CheckBox togetherField;
    @FXML private ListView<Precedence.Attendee> rankedList;
    @FXML private StackPane mapHolder;
    @FXML private TextArea captionField;
    @FXML private Label message;

    /** Writes an export of the plan: "nameplates", "chart" (.docx) or "png". */
    @FunctionalInterface
    public interface Exporter {
        void export(String kind, SeatingViewModel model, javafx.stage.Window owner);
    }

    public SeatingView(SeatingViewModel model, Exporter exporter) {
        this.model = model;
        this.i18n = model.i18n();
        this.exporter = exporter;
        this.root = Fxml.load(this, i18n);
    }

    public Parent root() {
        return root;
    }

    @FXML
    private void initialize() {
        layoutField.setItems(FXCollections.observableArrayList(SeatingLayout.values()));
        layoutField.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(SeatingLayout l) {
                return l == null ? "" : i18n.label(l);
            }

            @Override
            public SeatingLayout fromString(String s) {
                return null;
            }
        });
        layoutField.valueProperty().bindBidirectional(model.layoutProperty());
        bind(seatCountField, 1, model.seatCountProperty());
        rightFirstField.selectedProperty().bindBidirectional(model.rightFirstProperty());
        // 마주보기 and 강의식 have a head side whose size the organizer sets; 0 is the usual split
        // never more than the seats there are: a larger number would silently mean the usual split
        bind(headSeatsField, 0, model.headSeatsProperty()).maxProperty().bind(model.seatCountProperty());
        javafx.beans.binding.BooleanBinding hasHeadSide = javafx.beans.binding.Bindings.createBooleanBinding(() ->
                model.layoutProperty().get() == SeatingLayout.FACING
                        || model.layoutProperty().get() == SeatingLayout.CLASSROOM, model.layoutProperty());
        headSeatsField.visibleProperty().bind(hasHeadSide);
        headSeatsField.managedProperty().bind(hasHeadSide);
        headSeatsLabel.visibleProperty().bind(hasHeadSide);
        headSeatsLabel.managedProperty().bind(hasHeadSide);
        togetherField.selectedProperty().bindBidirectional(model.sidesTogetherProperty());
        captionField.textProperty().bindBidirectional(model.captionProperty());
        captionField.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                model.saveCaption();
            }
        });
        message.textProperty().bind(model.messageProperty());

        rankedList.setItems(model.ranked());
        rankedList.setCellFactory(l -> rankCell());
        rankedList.setOnKeyPressed(e -> {
            int index = rankedList.getSelectionModel().getSelectedIndex();
            if (e.isAltDown() && (e.getCode() == KeyCode.UP || e.getCode() == KeyCode.DOWN) && index >= 0) {
                int to = index + (e.getCode() == KeyCode.UP ? -1 : 1);
                model.moveInRanking(index, to);
                rankedList.getSelectionModel().clearAndSelect(Math.max(0, Math.min(to, model.ranked().size() - 1)));
                e.consume();
            } else if (e.getCode().isDigitKey()) {
                typedSeat.append(e.getText());
                model.tell(i18n.text("seating.typedSeat", typedSeat));
                e.consume();
            } else if (e.getCode() == KeyCode.ENTER && typedSeat.length() > 0 && index >= 0) {
                seatSelected(Integer.parseInt(typedSeat.toString()));
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                typedSeat.setLength(0);
                model.tell("");
            }
        });
        mapHolder.getChildren().add(map);
        map.prefWidthProperty().bind(mapHolder.widthProperty());
        map.prefHeightProperty().bind(mapHolder.heightProperty());
        map.setFocusTraversable(true);
        map.setOnKeyPressed(e -> {
            if ((e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE) && selectedSeat > 0) {
                model.clear(selectedSeat);
                e.consume();
            }
        });
        model.seats().addListener((ListChangeListener<Object>) c -> {
            redraw();
            rankedList.refresh(); // who is seated shows in the ranking
        });
        model.ranked().addListener((ListChangeListener<Object>) c -> {
            redraw();
            rankedList.refresh();
        });
        model.geometryProperty().addListener((o, was, now) -> redraw());
        redraw();
    }

    private void seatSelected(int seat) {
        Precedence.Attendee who = rankedList.getSelectionModel().getSelectedItem();
        typedSeat.setLength(0);
        if (who == null || seat < 1 || seat > model.seatCountProperty().get()) {
            model.tell(i18n.text("seating.noSuchSeat", seat));
            return;
        }
        model.place(seat, who.participantId());
        model.tell(i18n.text("seating.placed", who.name(), seat));
    }

    private ListCell<Precedence.Attendee> rankCell() {
        ListCell<Precedence.Attendee> cell = new ListCell<>() {
            @Override
            protected void updateItem(Precedence.Attendee a, boolean empty) {
                super.updateItem(a, empty);
                getStyleClass().remove("absent");
                if (empty || a == null) {
                    setText(null);
                    return;
                }
                setText((getIndex() + 1) + ". " + a.name() + " · " + (nz(a.organization()) + " " + nz(a.title())).strip());
                if (!model.seated().contains(a.participantId())) {
                    getStyleClass().add("absent"); // not seated yet
                }
            }
        };
        cell.setOnDragDetected(e -> {
            if (cell.getItem() != null) {
                var board = cell.startDragAndDrop(TransferMode.MOVE);
                ClipboardContent content = new ClipboardContent();
                content.put(ATTENDEE, cell.getItem().participantId() + ":" + cell.getIndex());
                board.setContent(content);
                e.consume();
            }
        });
        cell.setOnDragOver(e -> {
            if (e.getDragboard().hasContent(ATTENDEE) && rank(e.getDragboard()) >= 0) {
                e.acceptTransferModes(TransferMode.MOVE);
                e.consume();
            }
        });
        cell.setOnDragDropped(e -> {
            if (e.getDragboard().hasContent(ATTENDEE) && rank(e.getDragboard()) >= 0) {
                int from = rank(e.getDragboard());
                model.moveInRanking(from, cell.isEmpty() ? model.ranked().size() - 1 : cell.getIndex());
                e.setDropCompleted(true);
                e.consume();
            }
        });
        return cell;
    }

    private static int rank(javafx.scene.input.Dragboard board) {
        return Integer.parseInt(String.valueOf(board.getContent(ATTENDEE)).split(":")[1]);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private void redraw() {
        if (model.geometryProperty().get() == null) {
            return;
        }
        map.draw(model.geometryProperty().get(), n -> model.occupant(n).map(a -> (SeatMap.Occupant) new SeatMap.Occupant() {
            @Override
            public String name() {
                return a.name();
            }

            @Override
            public String detail() {
                return nz(a.title());
            }
        }).orElse(null), i18n, n -> {
            selectedSeat = n;
            map.requestFocus();
            model.tell(i18n.text("seating.selected", n));
        }, this::dragAndDrop);
    }

    /** A seat takes a person dragged from the ranking or from another seat (the two swap). */
    private void dragAndDrop(StackPane seat, int number) {
        seat.setOnDragDetected(e -> model.occupant(number).ifPresent(a -> {
            var board = seat.startDragAndDrop(TransferMode.MOVE);
            ClipboardContent content = new ClipboardContent();
            content.put(ATTENDEE, a.participantId() + ":-1");
            board.setContent(content);
            e.consume();
        }));
        seat.setOnDragOver(e -> {
            if (e.getDragboard().hasContent(ATTENDEE)) {
                e.acceptTransferModes(TransferMode.MOVE);
                e.consume();
            }
        });
        seat.setOnDragDropped(e -> {
            if (e.getDragboard().hasContent(ATTENDEE)) {
                long id = Long.parseLong(String.valueOf(e.getDragboard().getContent(ATTENDEE)).split(":")[0]);
                model.place(number, id);
                e.setDropCompleted(true);
                e.consume();
            }
        });
    }

    @FXML
    private void autoArrange() {
        model.autoArrange();
    }

    /** The editable table of titles to levels: change a level or the head mark, or add a title. */
    @FXML
    private void editTitles() {
        javafx.scene.control.Dialog<Void> dialog = new javafx.scene.control.Dialog<>();
        dialog.initOwner(root.getScene().getWindow());
        dialog.setTitle(i18n.text("seating.titles"));
        dialog.setHeaderText(i18n.text("seating.titles.header"));
        dialog.getDialogPane().getButtonTypes().add(new javafx.scene.control.ButtonType(i18n.text("dialog.ok"),
                javafx.scene.control.ButtonBar.ButtonData.OK_DONE));
        javafx.scene.control.TableView<kr.roundtable.model.TitleLevels.Level> table =
                new javafx.scene.control.TableView<>(FXCollections.observableArrayList(model.titleLevels()));
        table.setId("titleLevels");
        table.setEditable(true);
        table.setPrefSize(420, 460);
        javafx.scene.control.TableColumn<kr.roundtable.model.TitleLevels.Level, String> title =
                new javafx.scene.control.TableColumn<>(i18n.text("roster.column.title"));
        title.setCellValueFactory(c -> new javafx.beans.property.ReadOnlyObjectWrapper<>(c.getValue().title()));
        javafx.scene.control.TableColumn<kr.roundtable.model.TitleLevels.Level, String> level =
                new javafx.scene.control.TableColumn<>(i18n.text("seating.titles.level"));
        level.setCellValueFactory(c -> new javafx.beans.property.ReadOnlyObjectWrapper<>(
                String.valueOf(c.getValue().level())));
        level.setCellFactory(javafx.scene.control.cell.TextFieldTableCell.forTableColumn());
        level.setOnEditCommit(e -> {
            try {
                var old = e.getRowValue();
                var changed = new kr.roundtable.model.TitleLevels.Level(old.title(),
                        Integer.parseInt(e.getNewValue().strip()), old.head());
                model.saveTitleLevel(changed);
                table.getItems().set(e.getTablePosition().getRow(), changed);
            } catch (NumberFormatException ex) {
                model.tell(i18n.text("seating.titles.number", e.getNewValue()));
                table.refresh();
            }
        });
        javafx.scene.control.TableColumn<kr.roundtable.model.TitleLevels.Level, Boolean> head =
                new javafx.scene.control.TableColumn<>(i18n.text("seating.titles.head"));
        head.setCellValueFactory(c -> {
            javafx.beans.property.SimpleBooleanProperty value = new javafx.beans.property.SimpleBooleanProperty(
                    c.getValue().head());
            value.addListener((o, was, now) -> model.saveTitleLevel(new kr.roundtable.model.TitleLevels.Level(
                    c.getValue().title(), c.getValue().level(), now)));
            return value;
        });
        head.setCellFactory(javafx.scene.control.cell.CheckBoxTableCell.forTableColumn(head));
        table.getColumns().setAll(List.of(title, level, head));
        javafx.scene.control.TextField newTitle = new javafx.scene.control.TextField();
        newTitle.setPromptText(i18n.text("seating.titles.new"));
        javafx.scene.control.TextField newLevel = new javafx.scene.control.TextField();
        newLevel.setPromptText(i18n.text("seating.titles.level"));
        newLevel.setPrefColumnCount(5);
        javafx.scene.control.Button add = new javafx.scene.control.Button(i18n.text("seating.titles.add"));
        add.setId("addTitle");
        add.setOnAction(e -> {
            try {
                var row = new kr.roundtable.model.TitleLevels.Level(newTitle.getText().strip(),
                        Integer.parseInt(newLevel.getText().strip()), false);
                if (!row.title().isEmpty()) {
                    model.saveTitleLevel(row);
                    table.getItems().setAll(model.titleLevels());
                    newTitle.clear();
                    newLevel.clear();
                }
            } catch (NumberFormatException ex) {
                model.tell(i18n.text("seating.titles.number", newLevel.getText()));
            }
        });
        dialog.getDialogPane().setContent(new javafx.scene.layout.VBox(8, table,
                new javafx.scene.layout.HBox(6, newTitle, newLevel, add)));
        dialog.showAndWait();
    }

    @FXML
    private void closeUp() {
        model.closeUp();
    }

    @FXML
    private void resetRanking() {
        model.resetRanking();
    }

    @FXML
    private void makeCaption() {
        model.makeCaption();
    }

    @FXML
    private void copyCaption() {
        ClipboardContent content = new ClipboardContent();
        content.putString(model.captionProperty().get());
        javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
        model.saveCaption();
        model.tell(i18n.text("seating.caption.copied"));
    }

    @FXML
    private void exportNameplates() {
        exporter.export("nameplates", model, root.getScene().getWindow());
    }

    @FXML
    private void exportChart() {
        exporter.export("chart", model, root.getScene().getWindow());
    }

    @FXML
    private void exportPng() {
        exporter.export("png", model, root.getScene().getWindow());
    }

    @FXML
    private void print() {
        javafx.print.PrinterJob job = javafx.print.PrinterJob.createPrinterJob();
        if (job != null && job.showPrintDialog(root.getScene().getWindow())) {
            if (job.printPage(map)) {
                job.endJob();
            }
        } else {
            model.tell(i18n.text("seating.print.none"));
        }
    }

    /** For tests: drops participant {@code id} on seat {@code number} as a drag and drop would. */
    SeatMap map() {
        return map;
    }
    /** A spinner from {@code min} to 80 that edits {@code value} both ways. */
    private static SpinnerValueFactory.IntegerSpinnerValueFactory bind(Spinner<Integer> field, int min,
                                                                        javafx.beans.property.IntegerProperty value) {
        SpinnerValueFactory.IntegerSpinnerValueFactory factory = new SpinnerValueFactory.IntegerSpinnerValueFactory(min,
                80, value.get());
        // typed text that is not a number goes back to the current value instead of throwing on the FX thread
        factory.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Integer number) {
                return number == null ? "" : number.toString();
            }

            @Override
            public Integer fromString(String text) {
                try {
                    return Integer.valueOf(text.strip());
                } catch (NumberFormatException | NullPointerException notANumber) {
                    // the value does not change, so the spinner would not redraw the field: put the number back
                    javafx.application.Platform.runLater(() -> field.getEditor().setText(toString(factory.getValue())));
                    return factory.getValue();
                }
            }
        });
        field.setValueFactory(factory);
        factory.valueProperty().addListener((o, was, now) -> {
            if (now != null && now != value.get()) {
                value.set(now);
            }
        });
        value.addListener((o, was, now) -> factory.setValue(now.intValue()));
        return factory;
    }
}
