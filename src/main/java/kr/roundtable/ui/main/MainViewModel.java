package kr.roundtable.ui.main;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;

import kr.roundtable.i18n.I18n;
import kr.roundtable.service.BackupService;
import kr.roundtable.service.DemoDataService;
import kr.roundtable.service.MeetingService;
import kr.roundtable.service.SettingsService;
import kr.roundtable.ui.common.Background;
import kr.roundtable.ui.meeting.MeetingListViewModel;

/** The main window's state: the page shown, the language, the status line, and backup/restore/demo actions. */
public final class MainViewModel {
    private final SettingsService settings;
    private final BackupService backups;
    private final DemoDataService demo;
    private final MeetingService meetings;
    private final Background background;
    private final MeetingListViewModel meetingList;
    private final ObjectProperty<Page> page = new SimpleObjectProperty<>(Page.MEETINGS);
    private final ReadOnlyObjectWrapper<I18n> i18n;
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();

    public MainViewModel(SettingsService settings, BackupService backups, DemoDataService demo,
                         MeetingService meetings, Background background, I18n i18n) {
        this.settings = settings;
        this.backups = backups;
        this.demo = demo;
        this.meetings = meetings;
        this.background = background;
        this.i18n = new ReadOnlyObjectWrapper<>(i18n);
        this.meetingList = new MeetingListViewModel(meetings, background);
    }

    public MeetingListViewModel meetingList() {
        return meetingList;
    }

    public ObjectProperty<Page> pageProperty() {
        return page;
    }

    public ReadOnlyObjectProperty<I18n> i18nProperty() {
        return i18n.getReadOnlyProperty();
    }

    public I18n i18n() {
        return i18n.get();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Puts a sentence in the status line. */
    public void tell(String message) {
        status.set(message);
    }

    /** Switches the interface language and remembers it. */
    public void switchLanguage(String code) {
        if (code.equals(i18n.get().language())) {
            return;
        }
        settings.setLanguage(code);
        i18n.set(I18n.forLanguage(code));
        status.set("");
    }

    public void backupNow() {
        busy.set(true);
        status.set(text("status.backup.running"));
        background.run(backups::backupNow, path -> {
            busy.set(false);
            status.set(text("status.backup.done", path.getFileName()));
        }, error -> {
            busy.set(false);
            status.set(text("status.backup.failed", error.getMessage()));
        });
    }

    public List<Path> availableBackups() {
        return backups.backups();
    }

    /** Restores {@code backup}; {@code onFailure} gets a message for the user when the file cannot be used. */
    public void restore(Path backup, Consumer<String> onFailure) {
        busy.set(true);
        status.set(text("status.restore.running"));
        background.run(() -> backups.restore(backup), safety -> {
            busy.set(false);
            status.set(text("status.restore.done", backup.getFileName(), safety.getFileName()));
            meetingList.refresh();
        }, error -> {
            busy.set(false);
            String message = error instanceof BackupService.RestoreRefused refused
                    ? text("restore.refused." + refusedKey(refused.reason()), refused.file().getFileName())
                    : text("status.restore.failed", error.getMessage());
            status.set(message);
            onFailure.accept(message);
        });
    }

    private static String refusedKey(String reason) {
        return switch (reason) {
            case "DAMAGED" -> "damaged";
            case "NOT_A_DATABASE" -> "notDatabase";
            case "NEWER_SCHEMA" -> "newer";
            default -> "unreadable";
        };
    }

    /** Whether to ask, on this start, if demo data should be loaded: only once, and only into an empty database. */
    public boolean shouldOfferDemo() {
        return !settings.demoOffered() && meetings.isEmpty();
    }

    public void answerDemoOffer(boolean load) {
        settings.markDemoOffered();
        if (load) {
            demo.load();
            status.set(text("status.demo.loaded"));
            meetingList.refresh();
        }
    }

    public void rememberWindow(SettingsService.WindowGeometry geometry) {
        settings.setWindow(geometry);
    }

    public java.util.Optional<SettingsService.WindowGeometry> rememberedWindow() {
        return settings.window();
    }

    private String text(String key, Object... args) {
        return i18n.get().text(key, args);
    }
}
