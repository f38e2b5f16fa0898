package kr.roundtable.ui.live;

import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import javafx.animation.KeyFrame;
import javafx.animation.PauseTransition;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.InputMethodEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import kr.roundtable.i18n.I18n;
import kr.roundtable.model.AgendaItem;
import kr.roundtable.model.Attendance;
import kr.roundtable.model.Category;
import kr.roundtable.model.Disposition;
import kr.roundtable.model.DueDates;
import kr.roundtable.model.FollowUp;
import kr.roundtable.model.FollowUpStatus;
import kr.roundtable.model.Invitee;
import kr.roundtable.model.Labelled;
import kr.roundtable.model.Remark;
import kr.roundtable.model.RemarkKind;
import kr.roundtable.model.TranscriptItem;
import kr.roundtable.ui.common.Dialogs;
import kr.roundtable.ui.common.Fxml;

/**
 * The live console. The capture text keeps the focus; everything is reachable from the keyboard:
 * Enter saves, Shift+Enter breaks the line, F2 speaker, F3 category, Alt+1…5 kind, Ctrl+↑/↓ select a remark,
 * Ctrl+R answer, Ctrl+F follow-up, F4 edit, Ctrl+M press flag, Ctrl+Delete delete, Ctrl+←/→ agenda,
 * Ctrl+I check-in, Ctrl+Z / Ctrl+Shift+Z undo and redo.
 */
public final class ConsoleView {
    private final ConsoleViewModel model;
    private final I18n i18n;
    private final Runnable onBack;
    private final Parent root;
    private final PauseTransition draftTimer = new PauseTransition(javafx.util.Duration.millis(700));
    private Timeline clockTick;
    private boolean composing;
    private boolean submitAfterCommit;
    private TranscriptItem formTarget;

    @FXML private Label meetingTitle;
    @FXML private Label meetingStatus;
    @FXML private Button undoButton;
    @FXML private Button redoButton;
    @FXML private Label agendaPosition;
    @FXML private Label agendaCurrent;
    @FXML private Label agendaTimer;
    @FXML private Label saveWarning;
    @FXML private Label notice;
    @FXML private TabPane sideTabs;
    @FXML private javafx.scene.layout.StackPane seatMapHolder;
    private final kr.roundtable.ui.seating.SeatMap seatMap = new kr.roundtable.ui.seating.SeatMap(30);
    @FXML private TextField speakerField;
    @FXML private ListView<Invitee> speakerList;
    @FXML private Label checkInSummary;
    @FXML private ListView<Invitee> checkInList;
    @FXML private Label speakerLabel;
    @FXML private HBox kindButtons;
    @FXML private ComboBox<String> categoryField;
    @FXML private TextArea captureText;
    @FXML private Label savingLabel;
    @FXML private ComboBox<RemarkKind> kindFilter;
    @FXML private ComboBox<Category> categoryFilter;
    @FXML private ComboBox<Invitee> speakerFilter;
    @FXML private ToggleButton orderToggle;
    @FXML private ListView<ConsoleRow> transcript;
    @FXML private javafx.scene.layout.StackPane sidePanel;
    @FXML private VBox answerPanel;
    @FXML private Label answerFor;
    @FXML private ComboBox<Invitee> answerBy;
    @FXML private ComboBox<Disposition> answerDisposition;
    @FXML private TextArea answerText;
    @FXML private Label answerError;
    @FXML private VBox followUpPanel;
    @FXML private Label followUpFor;
    @FXML private ComboBox<String> followUpDepartment;
    @FXML private TextField followUpOwner;
    @FXML private TextField followUpDue;
    @FXML private Label followUpDueParsed;
    @FXML private ComboBox<FollowUpStatus> followUpStatus;
    @FXML private Label followUpError;

    public ConsoleView(ConsoleViewModel model, Runnable onBack) {
        this.model = model;
        this.i18n = model.i18n();
        this.onBack = onBack;
        this.root = Fxml.load(this, i18n);
        // what needs the root node can only be set up once the loader returned it
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::shortcuts);
        root.sceneProperty().addListener((o, was, now) -> {
            if (now == null) {
                clockTick.stop();
                model.saveDraftIfChanged();
            }
        });
    }

    public Parent root() {
        return root;
    }

    @FXML
    private void initialize() {
        meetingTitle.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() ->
                model.meetingProperty().get() == null ? "" : model.meetingProperty().get().title(),
                model.meetingProperty()));
        meetingStatus.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() ->
                model.meetingProperty().get() == null ? "" : i18n.label(model.meetingProperty().get().status()),
                model.meetingProperty()));
        undoButton.disableProperty().bind(model.canUndoProperty().not());
        redoButton.disableProperty().bind(model.canRedoProperty().not());
        saveWarning.textProperty().bind(model.saveWarningProperty());
        saveWarning.visibleProperty().bind(model.saveWarningProperty().isNotEmpty());
        saveWarning.managedProperty().bind(saveWarning.visibleProperty());
        notice.textProperty().bind(model.noticeProperty());
        notice.visibleProperty().bind(model.noticeProperty().isNotEmpty());
        notice.managedProperty().bind(notice.visibleProperty());
        savingLabel.textProperty().bind(javafx.beans.binding.Bindings.when(model.savingProperty())
                .then(i18n.text("live.saving")).otherwise(""));

        setUpSpeakers();
        setUpCheckIn();
        setUpSeatMap();
        setUpKinds();
        setUpCategory();
        setUpCapture();
        setUpTranscript();
        setUpForms();
        setUpAgenda();
        Platform.runLater(captureText::requestFocus);
    }

    // ---- speakers

    private void setUpSpeakers() {
        speakerField.textProperty().bindBidirectional(model.speakerQueryProperty());
        speakerList.setItems(model.speakerChoices());
        speakerList.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(Invitee p, boolean empty) {
                super.updateItem(p, empty);
                getStyleClass().remove("absent");
                if (empty || p == null) {
                    setText(null);
                    return;
                }
                setText(model.speakerLabel(p));
                if (!ConsoleViewModel.isHere(p)) {
                    getStyleClass().add("absent");
                }
            }
        });
        speakerField.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN) {
                speakerList.getSelectionModel().selectNext();
                e.consume();
            } else if (e.getCode() == KeyCode.UP) {
                speakerList.getSelectionModel().selectPrevious();
                e.consume();
            } else if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.TAB) {
                model.pickSpeaker(speakerList.getSelectionModel().getSelectedItem());
                captureText.requestFocus();
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                model.speakerQueryProperty().set("");
                captureText.requestFocus();
                e.consume();
            }
        });
        model.speakerChoices().addListener((ListChangeListener<Invitee>) c -> {
            if (!model.speakerChoices().isEmpty()) {
                speakerList.getSelectionModel().selectFirst();
            }
        });
        speakerList.setOnMouseClicked(e -> {
            if (speakerList.getSelectionModel().getSelectedItem() != null) {
                model.pickSpeaker(speakerList.getSelectionModel().getSelectedItem());
                captureText.requestFocus();
            }
        });
        speakerLabel.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() ->
                model.speakerProperty().get() == null ? i18n.text("live.speaker.none")
                        : model.speakerLabel(model.speakerProperty().get()), model.speakerProperty()));
    }

    // ---- the small seating map: a click on a seat picks that speaker

    private void setUpSeatMap() {
        seatMapHolder.getChildren().add(seatMap);
        seatMap.prefWidthProperty().bind(seatMapHolder.widthProperty());
        seatMap.prefHeightProperty().bind(seatMapHolder.heightProperty());
        model.seatingPlanProperty().addListener((o, was, now) -> drawSeats());
        model.participants().addListener((ListChangeListener<Invitee>) c -> drawSeats());
        drawSeats();
    }

    private void drawSeats() {
        kr.roundtable.model.SeatingPlan plan = model.seatingPlanProperty().get();
        if (plan == null) {
            seatMap.getChildren().removeIf(n -> !(n instanceof javafx.scene.Group));
            return;
        }
        var geometry = plan.geometry();
        seatMap.draw(geometry, n -> model.inSeat(n).map(p -> (kr.roundtable.ui.seating.SeatMap.Occupant)
                new kr.roundtable.ui.seating.SeatMap.Occupant() {
                    @Override
                    public String name() {
                        return p.substituteName() != null ? p.substituteName() : p.name();
                    }

                    @Override
                    public String detail() {
                        return p.shownTitle();
                    }
                }).orElse(null), i18n, n -> model.inSeat(n).ifPresent(p -> {
                    model.pickSpeaker(p);
                    captureText.requestFocus();
                }), null);
    }

    // ---- check-in

    private void setUpCheckIn() {
        checkInList.setItems(model.participants());
        checkInList.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(Invitee p, boolean empty) {
                super.updateItem(p, empty);
                if (empty || p == null) {
                    setText(null);
                    setGraphic(null);
                    return;
                }
                Button here = new Button(i18n.label(Attendance.PRESENT));
                here.setFocusTraversable(false);
                here.setOnAction(e -> checkIn(p, Attendance.PRESENT));
                setGraphic(here);
                setText(p.name() + " · " + i18n.label(p.participant().attendance())
                        + (p.substituteName() == null ? "" : " (" + p.substituteName() + ")"));
            }
        });
        checkInList.setOnKeyPressed(e -> {
            Invitee p = checkInList.getSelectionModel().getSelectedItem();
            if (p == null) {
                return;
            }
            int row = checkInList.getSelectionModel().getSelectedIndex();
            Attendance a = switch (e.getCode()) {
                case DIGIT1, NUMPAD1, SPACE -> Attendance.PRESENT;
                case DIGIT2, NUMPAD2 -> Attendance.DECLINED;
                case DIGIT3, NUMPAD3 -> Attendance.SUBSTITUTE;
                default -> null;
            };
            if (a != null) {
                checkIn(p, a);
                checkInList.getSelectionModel().select(Math.min(row + 1, model.participants().size() - 1));
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                sideTabs.getSelectionModel().select(0);
                captureText.requestFocus();
            }
        });
        model.participants().addListener((ListChangeListener<Invitee>) c -> updateCheckInSummary());
        updateCheckInSummary();
    }

    private void checkIn(Invitee p, Attendance attendance) {
        String substitute = null;
        if (attendance == Attendance.SUBSTITUTE) {
            TextInputDialog ask = new TextInputDialog();
            ask.initOwner(root.getScene().getWindow());
            ask.setTitle(i18n.text("app.name"));
            ask.setHeaderText(i18n.text("invite.substitute.header", p.name()));
            ask.setContentText(i18n.text("invite.substitute.content"));
            Optional<String> name = ask.showAndWait();
            if (name.isEmpty()) {
                return;
            }
            substitute = name.get();
        }
        String error = model.checkIn(p, attendance, substitute);
        model.tell(error);
    }

    private void updateCheckInSummary() {
        checkInSummary.setText(i18n.text("live.checkIn.summary", model.present(), model.participants().size()));
    }

    // ---- kind and category

    private void setUpKinds() {
        ToggleGroup group = new ToggleGroup();
        RemarkKind[] kinds = ConsoleViewModel.kinds();
        for (int i = 0; i < kinds.length; i++) {
            RemarkKind k = kinds[i];
            ToggleButton b = new ToggleButton(i18n.label(k));
            b.setId("kind" + k.name());
            b.setToggleGroup(group);
            b.setFocusTraversable(false);
            b.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            b.setTooltip(new javafx.scene.control.Tooltip("Alt+" + (i + 1)));
            b.setOnAction(e -> {
                model.kindProperty().set(k);
                captureText.requestFocus();
            });
            kindButtons.getChildren().add(b);
        }
        Runnable sync = () -> kindButtons.getChildren().forEach(n -> ((ToggleButton) n)
                .setSelected(n.getId().equals("kind" + model.kindProperty().get().name())));
        model.kindProperty().addListener((o, was, now) -> sync.run());
        sync.run();
    }

    private void setUpCategory() {
        categoryField.setItems(FXCollections.observableArrayList(model.categories().stream().map(Category::name)
                .toList()));
        model.categories().addListener((ListChangeListener<Category>) c -> categoryField.setItems(
                FXCollections.observableArrayList(model.categories().stream().map(Category::name).toList())));
        model.categoryProperty().addListener((o, was, now) -> categoryField.getEditor().setText(now == null ? ""
                : now.name()));

        categoryField.setOnAction(e -> {
            String chosen = categoryField.getValue();
            model.categories().stream().filter(c -> c.name().equals(chosen)).findFirst()
                    .ifPresent(model.categoryProperty()::set);
        });
    }

    // ---- capture

    private void setUpCapture() {
        captureText.textProperty().bindBidirectional(model.textProperty());
        // an Enter that commits a syllable being composed must not save half a word: wait for the commit
        captureText.addEventHandler(InputMethodEvent.INPUT_METHOD_TEXT_CHANGED, e -> {
            composing = !e.getComposed().isEmpty();
            if (!composing && submitAfterCommit) {
                submitAfterCommit = false;
                Platform.runLater(model::submit);
            }
        });
        captureText.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() != KeyCode.ENTER) {
                return;
            }
            e.consume();
            if (e.isShiftDown()) {
                captureText.insertText(captureText.getCaretPosition(), "\n");
            } else if (composing) {
                submitAfterCommit = true;
            } else {
                Platform.runLater(model::submit); // after any commit the same key press delivers
            }
        });
        for (javafx.beans.Observable o : List.of(model.textProperty(), model.speakerProperty(), model.kindProperty(),
                model.categoryProperty())) {
            o.addListener(x -> draftTimer.playFromStart());
        }
        draftTimer.setOnFinished(e -> model.saveDraftIfChanged());
    }

    // ---- transcript

    private void setUpTranscript() {
        transcript.setItems(model.rows());
        transcript.setFocusTraversable(false);
        transcript.setCellFactory(l -> new TranscriptCell());
        transcript.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && selected() != null) {
                edit();
            }
        });
        kindFilter.setItems(FXCollections.observableArrayList(ConsoleViewModel.kinds()));
        kindFilter.getItems().add(0, null);
        kindFilter.setConverter(converter(k -> k == null ? i18n.text("live.filter.allKinds") : i18n.label(k)));
        kindFilter.setButtonCell(filterCell(k -> k == null ? i18n.text("live.filter.allKinds") : i18n.label(k)));
        kindFilter.valueProperty().bindBidirectional(model.kindFilterProperty());
        categoryFilter.setItems(FXCollections.observableArrayList(model.categories()));
        categoryFilter.getItems().add(0, null);
        categoryFilter.setConverter(converter(c -> c == null ? i18n.text("live.filter.allCategories") : c.name()));
        categoryFilter.setButtonCell(filterCell(c -> c == null ? i18n.text("live.filter.allCategories") : c.name()));
        categoryFilter.valueProperty().bindBidirectional(model.categoryFilterProperty());
        speakerFilter.setItems(FXCollections.observableArrayList(model.participants()));
        speakerFilter.getItems().add(0, null);
        speakerFilter.setConverter(converter(p -> p == null ? i18n.text("live.filter.allSpeakers") : p.name()));
        speakerFilter.setButtonCell(filterCell(p -> p == null ? i18n.text("live.filter.allSpeakers") : p.name()));
        speakerFilter.valueProperty().bindBidirectional(model.speakerFilterProperty());
        orderToggle.selectedProperty().bindBidirectional(model.newestFirstProperty());
        orderToggle.textProperty().bind(javafx.beans.binding.Bindings.when(model.newestFirstProperty())
                .then(i18n.text("live.order.newest")).otherwise(i18n.text("live.order.spoken")));
    }

    private <T> StringConverter<T> converter(java.util.function.Function<T, String> f) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) {
                return f.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }

    private <T> ListCell<T> filterCell(java.util.function.Function<T, String> f) {
        return new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : f.apply(item));
            }
        };
    }

    /** A remark with its answers and follow-ups, or an agenda item's heading. */
    private final class TranscriptCell extends ListCell<ConsoleRow> {
        private final DateTimeFormatter time = DateTimeFormatter.ofPattern("HH:mm");

        @Override
        protected void updateItem(ConsoleRow row, boolean empty) {
            super.updateItem(row, empty);
            getStyleClass().removeAll("transcript-heading", "transcript-entry");
            setText(null);
            if (empty || row == null) {
                setGraphic(null);
                return;
            }
            if (row instanceof ConsoleRow.Heading h) {
                getStyleClass().add("transcript-heading");
                Label title = new Label((h.item() == null ? i18n.text("live.transcript.noItem")
                        : h.item().position() + ". " + h.item().title()) + "  (" + h.count() + ")");
                setGraphic(title);
                return;
            }
            TranscriptItem t = ((ConsoleRow.Entry) row).item();
            Remark r = t.remark();
            getStyleClass().add("transcript-entry");
            VBox box = new VBox(2);
            String category = model.categories().stream().filter(c -> c.id() == (r.categoryId() == null ? -1
                    : r.categoryId())).map(Category::name).findFirst().orElse(null);
            Label head = new Label((r.pressFlag() ? "★ " : "") + time.format(r.recordedAt()) + "  ["
                    + i18n.label(r.kind()) + (category == null ? "" : " · " + category) + "]  "
                    + (t.speaker() == null ? i18n.text("live.speaker.unknown") : t.speaker()));
            head.getStyleClass().add("transcript-head");
            Label body = new Label(r.text());
            body.setWrapText(true);
            box.getChildren().addAll(head, body);
            for (TranscriptItem.Answer a : t.answers()) {
                Label answer = new Label("└ " + i18n.text("live.transcript.answer", a.speaker() == null ? "" : a.speaker(),
                        a.remark().disposition() == null ? "" : " [" + i18n.label(a.remark().disposition()) + "]")
                        + " " + a.remark().text());
                answer.setWrapText(true);
                answer.getStyleClass().add("transcript-answer");
                box.getChildren().add(answer);
            }
            for (FollowUp f : t.followUps()) {
                Label follow = new Label("→ " + i18n.text("live.transcript.followUp",
                        f.department() == null ? "-" : f.department(), f.owner() == null ? "" : " · " + f.owner(),
                        f.dueText() == null ? "" : " · " + f.dueText()
                                + (f.dueDate() == null ? "" : " (" + f.dueDate() + ")"), i18n.label(f.status())));
                follow.setWrapText(true);
                follow.getStyleClass().add("transcript-followup");
                box.getChildren().add(follow);
            }
            box.prefWidthProperty().bind(transcript.widthProperty().subtract(30));
            setGraphic(box);
        }
    }

    private TranscriptItem selected() {
        ConsoleRow row = transcript.getSelectionModel().getSelectedItem();
        return row instanceof ConsoleRow.Entry e ? e.item() : null;
    }

    /** Selects the next (+1) or previous (−1) remark, skipping headings. */
    private void moveSelection(int delta) {
        int i = transcript.getSelectionModel().getSelectedIndex();
        int n = model.rows().size();
        for (int j = i + delta; j >= 0 && j < n; j += delta) {
            if (model.rows().get(j) instanceof ConsoleRow.Entry) {
                transcript.getSelectionModel().clearAndSelect(j);
                transcript.scrollTo(Math.max(0, j - 1));
                return;
            }
        }
        if (i < 0) {
            for (int j = 0; j < n; j++) {
                if (model.rows().get(j) instanceof ConsoleRow.Entry) {
                    transcript.getSelectionModel().clearAndSelect(j);
                    return;
                }
            }
        }
    }

    /** Keeps the same remark selected after the transcript was rebuilt. */
    private void reselect(long remarkId) {
        for (int j = 0; j < model.rows().size(); j++) {
            if (model.rows().get(j) instanceof ConsoleRow.Entry e && e.item().remark().id() == remarkId) {
                transcript.getSelectionModel().clearAndSelect(j);
                return;
            }
        }
    }

    // ---- answer and follow-up forms

    private void setUpForms() {
        answerBy.setItems(model.participants());
        answerBy.setConverter(converter(p -> p == null ? "" : model.speakerLabel(p)));
        answerDisposition.setItems(FXCollections.observableArrayList(Disposition.values()));
        answerDisposition.setConverter(converter(d -> d == null ? "" : i18n.label(d)));
        followUpDepartment.setItems(model.departments());
        followUpStatus.setItems(FXCollections.observableArrayList(FollowUpStatus.values()));
        followUpStatus.setConverter(converter(s -> s == null ? "" : i18n.label(s)));
        followUpDue.textProperty().addListener((o, was, now) -> followUpDueParsed.setText(
                DueDates.parse(now, LocalDate.now()).map(d -> i18n.text("live.followUp.due.parsed", d)).orElse(
                        now == null || now.isBlank() ? "" : i18n.text("live.followUp.due.kept"))));
        answerPanel.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                closeForms();
                e.consume();
            } else if (e.getCode() == KeyCode.ENTER && !e.isShiftDown() && e.getTarget() == answerText) {
                e.consume();
                Platform.runLater(this::saveAnswer);
            } else if (e.isAltDown() && e.getCode().isDigitKey()) {
                int index = e.getCode().getCode() - KeyCode.DIGIT1.getCode();
                if (index >= 0 && index < Disposition.values().length) {
                    answerDisposition.setValue(Disposition.values()[index]);
                }
                e.consume();
            }
        });
        followUpPanel.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                closeForms();
                e.consume();
            } else if (e.getCode() == KeyCode.ENTER) {
                e.consume();
                Platform.runLater(this::saveFollowUp);
            }
        });
        answerPanel.managedProperty().bind(answerPanel.visibleProperty());
        followUpPanel.managedProperty().bind(followUpPanel.visibleProperty());
        // the side panel takes room only while a form is open
        sidePanel.visibleProperty().bind(answerPanel.visibleProperty().or(followUpPanel.visibleProperty()));
        sidePanel.managedProperty().bind(sidePanel.visibleProperty());
    }

    private String excerpt(TranscriptItem t) {
        String text = t.remark().text().replace('\n', ' ');
        return (t.speaker() == null ? "" : t.speaker() + ": ") + (text.length() > 80 ? text.substring(0, 80) + "…" : text);
    }

    private void openAnswer() {
        TranscriptItem t = selected();
        if (t == null) {
            model.tell(i18n.text("live.select.first"));
            return;
        }
        formTarget = t;
        followUpPanel.setVisible(false);
        answerPanel.setVisible(true);
        answerFor.setText(excerpt(t));
        answerBy.setValue(model.chair().orElse(null));
        answerDisposition.setValue(null);
        answerText.clear();
        answerError.setText("");
        answerText.requestFocus();
    }

    private void saveAnswer() {
        String error = model.answer(formTarget, answerBy.getValue(), answerText.getText(), answerDisposition.getValue());
        if (error != null) {
            answerError.setText(error);
            return;
        }
        long id = formTarget.remark().id();
        closeForms();
        reselect(id);
    }

    private void openFollowUp() {
        TranscriptItem t = selected();
        if (t == null) {
            model.tell(i18n.text("live.select.first"));
            return;
        }
        formTarget = t;
        answerPanel.setVisible(false);
        followUpPanel.setVisible(true);
        followUpFor.setText(excerpt(t));
        followUpDepartment.getEditor().setText(model.departments().isEmpty() ? "" : model.departments().get(0));
        followUpOwner.clear();
        followUpDue.clear();
        followUpStatus.setValue(FollowUpStatus.PLANNED);
        followUpError.setText("");
        // typing replaces the suggested department; Enter alone keeps it (the two-keystroke follow-up)
        followUpDepartment.getEditor().requestFocus();
        Platform.runLater(() -> followUpDepartment.getEditor().selectAll());
    }

    private void saveFollowUp() {
        String error = model.addFollowUp(formTarget, followUpDepartment.getEditor().getText(), followUpOwner.getText(),
                followUpDue.getText(), followUpStatus.getValue());
        if (error != null) {
            followUpError.setText(error);
            return;
        }
        long id = formTarget.remark().id();
        closeForms();
        reselect(id);
    }

    private void closeForms() {
        answerPanel.setVisible(false);
        followUpPanel.setVisible(false);
        formTarget = null;
        captureText.requestFocus();
    }

    /** Edits a remark in place: text, kind, category, speaker, agenda item, press flag. */
    private void edit() {
        TranscriptItem t = selected();
        if (t == null) {
            return;
        }
        Remark r = t.remark();
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(root.getScene().getWindow());
        dialog.setTitle(i18n.text("live.edit.title"));
        ButtonType save = new ButtonType(i18n.text("roster.save"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(save, new ButtonType(i18n.text("import.cancel"),
                ButtonBar.ButtonData.CANCEL_CLOSE));
        TextArea text = new TextArea(r.text());
        text.setId("editText");
        text.setWrapText(true);
        text.setPrefRowCount(4);
        ComboBox<RemarkKind> kind = labelled(FXCollections.observableArrayList(ConsoleViewModel.kinds()), r.kind());
        ComboBox<Category> category = new ComboBox<>(model.categories());
        category.setConverter(converter(c -> c == null ? "" : c.name()));
        category.setValue(model.categories().stream().filter(c -> r.categoryId() != null && c.id() == r.categoryId())
                .findFirst().orElse(null));
        ComboBox<Invitee> speaker = new ComboBox<>(model.participants());
        speaker.setId("editSpeaker");
        speaker.setConverter(converter(p -> p == null ? "" : model.speakerLabel(p)));
        speaker.setValue(model.participants().stream().filter(p -> r.speakerId() != null
                && p.participant().id() == r.speakerId()).findFirst().orElse(null));
        ComboBox<AgendaItem> item = new ComboBox<>(model.agenda());
        item.setId("editAgendaItem");
        item.setConverter(converter(a -> a == null ? "" : a.position() + ". " + a.title()));
        item.setValue(model.agenda().stream().filter(a -> r.agendaItemId() != null && a.id() == r.agendaItemId())
                .findFirst().orElse(null));
        CheckBox press = new CheckBox(i18n.text("live.edit.press"));
        press.setSelected(r.pressFlag());
        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(8);
        form.addRow(0, new Label(i18n.text("live.kind")), kind);
        form.addRow(1, new Label(i18n.text("live.category")), category);
        form.addRow(2, new Label(i18n.text("live.speaker")), speaker);
        form.addRow(3, new Label(i18n.text("agenda.column.title")), item);
        form.add(press, 1, 4);
        form.add(text, 0, 5, 2, 1);
        dialog.getDialogPane().setContent(form);
        Platform.runLater(text::requestFocus);
        Optional<ButtonType> answer = dialog.showAndWait();
        if (answer.isPresent() && answer.get() == save && !text.getText().isBlank()) {
            Remark after = new Remark(r.id(), r.meetingId(), item.getValue() == null ? null : item.getValue().id(),
                    speaker.getValue() == null ? null : speaker.getValue().participant().id(), kind.getValue(),
                    category.getValue() == null ? null : category.getValue().id(), text.getText().strip(),
                    r.recordedAt(), r.replyToId(), r.disposition(), press.isSelected());
            model.tell(model.edit(r, after));
            reselect(r.id());
        }
        captureText.requestFocus();
    }

    private <T extends Labelled> ComboBox<T> labelled(javafx.collections.ObservableList<T> items, T value) {
        ComboBox<T> box = new ComboBox<>(items);
        box.setConverter(converter(v -> v == null ? "" : i18n.label(v)));
        box.setValue(value);
        return box;
    }

    // ---- agenda

    private void setUpAgenda() {
        Runnable show = () -> {
            AgendaItem a = model.currentItemProperty().get();
            agendaCurrent.setText(a == null ? i18n.text("live.agenda.none") : a.title());
            agendaPosition.setText(a == null ? "" : i18n.text("live.agenda.position", a.position(),
                    model.agenda().size()));
            tick();
        };
        model.currentItemProperty().addListener((o, was, now) -> show.run());
        show.run();
        clockTick = new Timeline(new KeyFrame(javafx.util.Duration.seconds(1), e -> tick()));
        clockTick.setCycleCount(Timeline.INDEFINITE);
        clockTick.play();
    }

    private void tick() {
        AgendaItem a = model.currentItemProperty().get();
        Duration elapsed = model.elapsed();
        agendaTimer.getStyleClass().remove("warning");
        if (a == null || elapsed == null) {
            agendaTimer.setText("");
            return;
        }
        String spent = String.format("%d:%02d", elapsed.toMinutes(), elapsed.toSecondsPart());
        if (a.plannedMinutes() == null) {
            agendaTimer.setText(i18n.text("live.agenda.elapsed", spent));
            return;
        }
        long over = elapsed.toMinutes() - a.plannedMinutes();
        if (elapsed.compareTo(Duration.ofMinutes(a.plannedMinutes())) > 0) {
            agendaTimer.getStyleClass().add("warning");
            agendaTimer.setText(i18n.text("live.agenda.overrun", spent, a.plannedMinutes(), Math.max(1, over)));
        } else {
            agendaTimer.setText(i18n.text("live.agenda.timer", spent, a.plannedMinutes()));
        }
    }

    // ---- keys

    /** Enter or Tab in the category field picks the category typed and goes back to the text; Esc just goes back. */
    private boolean categoryKeys(KeyEvent e) {
        if (!categoryField.getEditor().isFocused()) {
            return false;
        }
        if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.TAB) {
            model.categoryProperty().set(model.categoryFor(categoryField.getEditor().getText()).orElse(null));
            categoryField.getEditor().setText(model.categoryProperty().get() == null ? ""
                    : model.categoryProperty().get().name());
            categoryField.hide();
            captureText.requestFocus();
            return true;
        }
        if (e.getCode() == KeyCode.ESCAPE) {
            categoryField.hide();
            captureText.requestFocus();
            return true;
        }
        return false;
    }

    private void shortcuts(KeyEvent e) {
        KeyCode code = e.getCode();
        boolean ctrl = e.isShortcutDown();
        if (categoryKeys(e)) {
            e.consume();
            return;
        }
        if (e.isAltDown() && !ctrl && code.isDigitKey() && !answerPanel.isVisible()) {
            model.setKind(code.getCode() - KeyCode.DIGIT1.getCode());
            e.consume();
        } else if (code == KeyCode.F2) {
            sideTabs.getSelectionModel().select(0);
            speakerField.requestFocus();
            e.consume();
        } else if (code == KeyCode.F3) {
            categoryField.getEditor().requestFocus();
            categoryField.getEditor().selectAll();
            e.consume();
        } else if (code == KeyCode.F4) {
            edit();
            e.consume();
        } else if (ctrl && (code == KeyCode.UP || code == KeyCode.DOWN)) {
            moveSelection(code == KeyCode.UP ? -1 : 1);
            e.consume();
        } else if (ctrl && (code == KeyCode.LEFT || code == KeyCode.RIGHT)) {
            model.moveAgenda(code == KeyCode.LEFT ? -1 : 1);
            e.consume();
        } else if (ctrl && code == KeyCode.R) {
            openAnswer();
            e.consume();
        } else if (ctrl && code == KeyCode.F) {
            openFollowUp();
            e.consume();
        } else if (ctrl && code == KeyCode.M) {
            TranscriptItem t = selected();
            if (t != null) {
                model.togglePress(t);
                reselect(t.remark().id());
            }
            e.consume();
        } else if (ctrl && code == KeyCode.DELETE) {
            TranscriptItem t = selected();
            if (t != null) {
                model.delete(t);
            }
            e.consume();
        } else if (ctrl && e.isShiftDown() && code == KeyCode.E) {
            closeMeeting(); // 종료 (End)
            e.consume();
        } else if (ctrl && code == KeyCode.I) {
            sideTabs.getTabs().stream().filter(t -> "tabCheckIn".equals(t.getId())).findFirst()
                    .ifPresent(t -> sideTabs.getSelectionModel().select(t));
            checkInList.requestFocus();
            if (checkInList.getSelectionModel().isEmpty()) {
                checkInList.getSelectionModel().selectFirst();
            }
            e.consume();
        } else if (ctrl && code == KeyCode.Z && !(captureText.isFocused() && !captureText.getText().isEmpty())) {
            // in a non-empty entry Ctrl+Z undoes typing; otherwise it undoes the console's last change
            model.tell(e.isShiftDown() ? model.redo() : model.undo());
            e.consume();
        } else if (ctrl && code == KeyCode.Y && !(captureText.isFocused() && !captureText.getText().isEmpty())) {
            model.tell(model.redo());
            e.consume();
        }
    }

    @FXML
    private void undo() {
        model.tell(model.undo());
        captureText.requestFocus();
    }

    @FXML
    private void redo() {
        model.tell(model.redo());
        captureText.requestFocus();
    }

    @FXML
    private void previousItem() {
        model.moveAgenda(-1);
        captureText.requestFocus();
    }

    @FXML
    private void nextItem() {
        model.moveAgenda(1);
        captureText.requestFocus();
    }

    @FXML
    private void closeMeeting() {
        long open = model.unansweredCount();
        ButtonType yes = new ButtonType(i18n.text("live.close.makeFollowUps"), ButtonBar.ButtonData.YES);
        ButtonType no = new ButtonType(i18n.text("live.close.without"), ButtonBar.ButtonData.NO);
        ButtonType cancel = new ButtonType(i18n.text("import.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        javafx.scene.control.Alert ask = new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.CONFIRMATION,
                open == 0 ? i18n.text("live.close.noneOpen") : i18n.text("live.close.open", open), open == 0
                ? new ButtonType[] {no, cancel} : new ButtonType[] {yes, no, cancel});
        ask.initOwner(root.getScene().getWindow());
        ask.setTitle(i18n.text("app.name"));
        ask.setHeaderText(i18n.text("live.close.header"));
        Optional<ButtonType> answer = ask.showAndWait();
        if (answer.isEmpty() || answer.get() == cancel) {
            captureText.requestFocus();
            return;
        }
        int made = model.close(answer.get() == yes);
        model.tell(i18n.text("live.closed", made));
    }

    @FXML
    private void back() {
        model.saveDraftIfChanged();
        clockTick.stop();
        onBack.run();
    }

    static String join(List<String> parts) {
        return parts.stream().filter(s -> s != null && !s.isBlank()).collect(Collectors.joining(" · "));
    }

    Node captureNode() {
        return captureText;
    }
}
