package kr.roundtable.ui.main;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javafx.fxml.FXML;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import kr.roundtable.i18n.I18n;
import kr.roundtable.ui.common.Dialogs;
import kr.roundtable.ui.common.Fxml;
import kr.roundtable.ui.meeting.MeetingListView;

/** The main window's content: menu, navigation, the current page and the status line. */
public final class MainView {
    private final MainViewModel model;
    private final Screens screens;
    private final I18n i18n;
    private final Parent root;
    private Map<Page, ToggleButton> navButtons;
    private Node meetingsPage;
    private Node rosterPage;
    private kr.roundtable.ui.meeting.MeetingPage openMeeting;
    private Node console;

    @FXML private ToggleButton navMeetings;
    @FXML private ToggleButton navPeople;
    @FXML private ToggleButton navFollowUps;
    @FXML private ToggleButton navSearch;
    @FXML private StackPane content;
    @FXML private Label statusLabel;
    @FXML private ProgressBar busyBar;
    @FXML private RadioMenuItem koreanItem;
    @FXML private RadioMenuItem englishItem;
    @FXML private MenuItem backupItem;
    @FXML private MenuItem restoreItem;
    @FXML private MenuItem undoItem;

    public MainView(MainViewModel model, Screens screens) {
        this.model = model;
        this.screens = screens;
        this.i18n = model.i18n();
        this.root = Fxml.load(this, i18n);
    }

    public Parent root() {
        return root;
    }

    @FXML
    private void initialize() {
        // in page order: the toggle group's order is what the arrow keys follow
        navButtons = new java.util.EnumMap<>(Page.class);
        navButtons.put(Page.MEETINGS, navMeetings);
        navButtons.put(Page.PEOPLE, navPeople);
        navButtons.put(Page.FOLLOW_UPS, navFollowUps);
        navButtons.put(Page.SEARCH, navSearch);
        ToggleGroup nav = new ToggleGroup();
        navButtons.forEach((page, button) -> {
            button.setToggleGroup(nav);
            button.setUserData(page);
        });
        // the selected button is the page: clicks, arrow keys and shortcuts all go through the selection
        nav.selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null && was != null) {
                was.setSelected(true); // clicking the selected button again keeps it selected
            } else if (now != null) {
                model.pageProperty().set((Page) now.getUserData());
            }
        });
        model.pageProperty().addListener((o, was, now) -> show(now));
        show(model.pageProperty().get());

        ToggleGroup languages = new ToggleGroup();
        koreanItem.setToggleGroup(languages);
        englishItem.setToggleGroup(languages);
        (i18n.language().equals("en") ? englishItem : koreanItem).setSelected(true);

        statusLabel.textProperty().bind(model.statusProperty());
        busyBar.visibleProperty().bind(model.busyProperty());
        backupItem.disableProperty().bind(model.busyProperty());
        restoreItem.disableProperty().bind(model.busyProperty());
        undoItem.disableProperty().bind(screens.undo().canUndoProperty().not());
        undoItem.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() ->
                screens.undo().lastDescriptionProperty().get().isEmpty() ? i18n.text("menu.edit.undo")
                        : i18n.text("menu.edit.undoWhat", screens.undo().lastDescriptionProperty().get()),
                screens.undo().lastDescriptionProperty()));
    }

    private void show(Page page) {
        navButtons.get(page).setSelected(true);
        content.getChildren().setAll(page(page));
    }

    private Node page(Page page) {
        if (page == Page.MEETINGS) {
            if (console != null) {
                return console;
            }
            if (openMeeting != null) {
                return openMeeting.root();
            }
            if (meetingsPage == null) {
                meetingsPage = new MeetingListView(model.meetingList(), i18n, this::openMeeting, this::openConsole,
                        screens.undo()).root();
            }
            return meetingsPage;
        }
        if (page == Page.FOLLOW_UPS) {
            return new kr.roundtable.ui.followup.FollowUpsView(screens.documents(i18n), i18n).root();
        }
        if (page == Page.PEOPLE) {
            if (rosterPage == null) {
                rosterPage = screens.roster(i18n);
            }
            return rosterPage;
        }
        String key = switch (page) {
            case PEOPLE -> "people";
            case FOLLOW_UPS -> "followUps";
            default -> "search";
        };
        Label title = new Label(i18n.text("nav." + key));
        title.getStyleClass().add("page-title");
        Label note = new Label(i18n.text("placeholder." + key));
        note.setWrapText(true);
        note.getStyleClass().add("muted");
        VBox box = new VBox(12, title, note);
        box.setId("page-" + key);
        box.setPadding(new Insets(20, 24, 16, 24));
        return box;
    }

    /** Shows meeting {@code id} (0: a new one) in place of the list. */
    public void openMeeting(long id) {
        openMeeting = screens.meeting(i18n, this::closeMeeting).open(id);
        model.pageProperty().set(Page.MEETINGS);
        show(Page.MEETINGS);
    }

    /** Starts meeting {@code id} and shows its live console. */
    public void openConsole(long id) {
        try {
            console = screens.console(i18n, id, this::closeConsole);
        } catch (RuntimeException e) {
            Dialogs.error(window(), i18n, i18n.text("live.start.failed"), kr.roundtable.ui.common.Messages.of(e, i18n));
            return;
        }
        openMeeting = null;
        model.pageProperty().set(Page.MEETINGS);
        show(Page.MEETINGS);
    }

    private void closeConsole() {
        console = null;
        model.meetingList().refresh();
        show(Page.MEETINGS);
    }

    private void closeMeeting() {
        openMeeting = null;
        model.meetingList().refresh();
        show(Page.MEETINGS);
    }

    @FXML
    private void undo() {
        String what = screens.undo().undo();
        if (what != null) {
            model.tell(i18n.text("status.undone", what));
            model.meetingList().refresh();
        }
    }

    private Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }

    @FXML
    private void backup() {
        model.backupNow();
    }

    @FXML
    private void restore() {
        List<Path> backups = model.availableBackups();
        if (backups.isEmpty()) {
            Dialogs.info(window(), i18n, i18n.text("restore.none.header"), i18n.text("restore.none.content"));
            return;
        }
        ChoiceDialog<Path> choose = new ChoiceDialog<>(backups.get(0), backups);
        choose.initOwner(window());
        choose.setTitle(i18n.text("app.name"));
        choose.setHeaderText(i18n.text("restore.choose.header"));
        choose.setContentText(i18n.text("restore.choose.content"));
        Optional<Path> picked = choose.showAndWait();
        if (picked.isPresent() && Dialogs.confirm(window(), i18n, i18n.text("restore.confirm.header"),
                i18n.text("restore.confirm.content", picked.get().getFileName()))) {
            model.restore(picked.get(), message -> Dialogs.error(window(), i18n, i18n.text("restore.failed"),
                    message));
        }
    }

    @FXML
    private void quit() {
        Window window = window();
        if (window != null) {
            window.fireEvent(new javafx.stage.WindowEvent(window, javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST));
        }
    }

    @FXML
    private void useKorean() {
        model.switchLanguage("ko");
    }

    @FXML
    private void useEnglish() {
        model.switchLanguage("en");
    }

    @FXML
    private void about() {
        String version = Optional.ofNullable(MainView.class.getPackage().getImplementationVersion()).orElse("dev");
        Dialogs.info(window(), i18n, i18n.text("about.header", version), i18n.text("about.content"));
    }
}
