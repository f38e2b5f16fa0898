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
    private final I18n i18n;
    private final Parent root;
    private Map<Page, ToggleButton> navButtons;
    private Node meetingsPage;

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

    public MainView(MainViewModel model) {
        this.model = model;
        this.i18n = model.i18n();
        this.root = Fxml.load(this, i18n);
    }

    public Parent root() {
        return root;
    }

    @FXML
    private void initialize() {
        navButtons = Map.of(Page.MEETINGS, navMeetings, Page.PEOPLE, navPeople, Page.FOLLOW_UPS, navFollowUps,
                Page.SEARCH, navSearch);
        ToggleGroup nav = new ToggleGroup();
        navButtons.forEach((page, button) -> {
            button.setToggleGroup(nav);
            button.setOnAction(e -> model.pageProperty().set(page));
        });
        // a selected navigation button stays selected when clicked again
        nav.selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null && was != null) {
                was.setSelected(true);
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
    }

    private void show(Page page) {
        navButtons.get(page).setSelected(true);
        content.getChildren().setAll(page(page));
    }

    private Node page(Page page) {
        if (page == Page.MEETINGS) {
            if (meetingsPage == null) {
                meetingsPage = new MeetingListView(model.meetingList(), i18n).root();
            }
            return meetingsPage;
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
