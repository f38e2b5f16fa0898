package kr.roundtable.ui.documents;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.BiFunction;

import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

import kr.roundtable.i18n.I18n;
import kr.roundtable.model.RegisterFilter;
import kr.roundtable.service.ExportService;
import kr.roundtable.ui.common.Background;
import kr.roundtable.ui.common.Dialogs;
import kr.roundtable.ui.common.Messages;

/**
 * The documents in the app: ask where to save, write off the FX thread with a progress window that can cancel, then
 * offer to open the file or its folder. The file is written whole or not at all (see the export package).
 */
public final class DocumentExports {
    /** A document of a meeting. */
    public enum Kind {
        MINUTES, PRESS, ATTENDEES_XLSX, ATTENDEES_DOCX, ATTENDEES_CONTACTS, REGISTER
    }

    private final ExportService exports;
    private final Background background;
    private final BiFunction<Window, String, Optional<Path>> saveChooser;
    private final Opener opener;

    /** Opens a file or a folder with the system's program. */
    @FunctionalInterface
    public interface Opener {
        void open(Path path);
    }

    private final java.util.function.Function<Window, Optional<Path>> templateChooser;

    public DocumentExports(ExportService exports, Background background,
                           BiFunction<Window, String, Optional<Path>> saveChooser,
                           java.util.function.Function<Window, Optional<Path>> templateChooser, Opener opener) {
        this.exports = exports;
        this.background = background;
        this.saveChooser = saveChooser;
        this.templateChooser = templateChooser;
        this.opener = opener;
    }

    /** The minutes with a template the user picks (a .docx edited in Word). */
    public void exportMinutesWithTemplate(Window owner, I18n i18n, long meetingId) {
        Optional<Path> template = templateChooser.apply(owner);
        if (template.isEmpty()) {
            return;
        }
        Optional<Path> target = saveChooser.apply(owner, exports.fileName(meetingId,
                i18n.text("documents.file.minutes"), "docx"));
        target.ifPresent(path -> run(owner, i18n, path, () -> exports.minutes(meetingId,
                System.getProperty("user.name"), LocalDate.now(), template.get(), i18n, path)));
    }

    /** The platform's file dialog for a Word template. */
    public static java.util.function.Function<Window, Optional<Path>> templateDialog(I18n i18n) {
        return owner -> {
            javafx.stage.FileChooser dialog = new javafx.stage.FileChooser();
            dialog.setTitle(i18n.text("documents.chooseTemplate"));
            dialog.getExtensionFilters().add(new javafx.stage.FileChooser.ExtensionFilter("Word (*.docx)", "*.docx"));
            return Optional.ofNullable(dialog.showOpenDialog(owner)).map(java.io.File::toPath);
        };
    }

    /** The system's way to open a file or folder (none under a headless test platform). */
    public static Opener desktop() {
        return path -> new Thread(() -> {
            try {
                if (java.awt.Desktop.isDesktopSupported()) {
                    java.awt.Desktop.getDesktop().open(path.toFile());
                }
            } catch (IOException | UnsupportedOperationException ignored) {
                // nothing to open with: the file is saved all the same
            }
        }, "open-document").start();
    }

    public void export(Window owner, I18n i18n, long meetingId, Kind kind) {
        String name = switch (kind) {
            case MINUTES -> exports.fileName(meetingId, i18n.text("documents.file.minutes"), "docx");
            case PRESS -> exports.fileName(meetingId, i18n.text("documents.file.press"), "docx");
            case ATTENDEES_XLSX -> exports.fileName(meetingId, i18n.text("documents.file.attendees"), "xlsx");
            case ATTENDEES_DOCX -> exports.fileName(meetingId, i18n.text("documents.file.attendees"), "docx");
            case ATTENDEES_CONTACTS -> exports.fileName(meetingId, i18n.text("documents.file.attendeesContacts"),
                    "xlsx");
            case REGISTER -> exports.fileName(meetingId, i18n.text("documents.file.register"), "xlsx");
        };
        Optional<Path> target = saveChooser.apply(owner, name);
        target.ifPresent(path -> run(owner, i18n, path, () -> {
            switch (kind) {
                case MINUTES -> exports.minutes(meetingId, System.getProperty("user.name"), LocalDate.now(), null, i18n,
                        path);
                case PRESS -> exports.pressRelease(meetingId, i18n, path);
                case ATTENDEES_XLSX -> exports.attendees(meetingId, "xlsx", false, false, i18n, path);
                case ATTENDEES_DOCX -> exports.attendees(meetingId, "docx", false, false, i18n, path);
                case ATTENDEES_CONTACTS -> exports.attendees(meetingId, "xlsx", true, false, i18n, path);
                default -> exports.followUpRegister(RegisterFilter.meeting(meetingId, LocalDate.now()), i18n,
                        LocalDate.now(), path);
            }
        }));
    }

    /** The register of every meeting, or of the follow-ups matching {@code filter}. */
    public void exportRegister(Window owner, I18n i18n, RegisterFilter filter) {
        Optional<Path> target = saveChooser.apply(owner, i18n.text("documents.file.registerAll") + ".xlsx");
        target.ifPresent(path -> run(owner, i18n, path, () -> exports.followUpRegister(filter, i18n,
                LocalDate.now(), path)));
    }

    @FunctionalInterface
    private interface Write {
        void run() throws IOException;
    }

    private void run(Window owner, I18n i18n, Path path, Write write) {
        Stage progress = new Stage();
        progress.initOwner(owner);
        progress.initModality(Modality.WINDOW_MODAL);
        progress.setTitle(i18n.text("app.name"));
        ProgressBar bar = new ProgressBar();
        bar.setPrefWidth(320);
        Button cancel = new Button(i18n.text("import.cancel"));
        cancel.setId("cancelExport");
        VBox box = new VBox(10, new Label(i18n.text("documents.writing", path.getFileName())), bar, cancel);
        box.setId("exportProgress");
        box.setPadding(new Insets(16));
        progress.setScene(new Scene(box));
        java.util.concurrent.atomic.AtomicBoolean cancelled = new java.util.concurrent.atomic.AtomicBoolean();
        Task<Void> task = background.run(() -> {
            try {
                kr.roundtable.export.Cancellation.watching(cancelled::get, write::run);
                return null;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, done -> {
            progress.close();
            offerToOpen(owner, i18n, path);
        }, error -> {
            progress.close();
            Dialogs.error(owner, i18n, i18n.text("documents.failed"), Messages.of(error, i18n));
        });
        cancel.setOnAction(e -> {
            cancelled.set(true); // the writer stops at its next row, or before moving the file into place
            task.cancel(false);
            progress.close();
        });
        task.setOnCancelled(e -> progress.close());
        progress.show();
    }

    private void offerToOpen(Window owner, I18n i18n, Path path) {
        ButtonType openFile = new ButtonType(i18n.text("documents.openFile"), ButtonBar.ButtonData.YES);
        ButtonType openFolder = new ButtonType(i18n.text("documents.openFolder"), ButtonBar.ButtonData.OTHER);
        ButtonType close = new ButtonType(i18n.text("dialog.ok"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert done = new Alert(Alert.AlertType.INFORMATION, path.toString(), openFile, openFolder, close);
        done.initOwner(owner);
        done.setTitle(i18n.text("app.name"));
        done.setHeaderText(i18n.text("documents.saved"));
        done.showAndWait().ifPresent(choice -> {
            if (choice == openFile) {
                opener.open(path);
            } else if (choice == openFolder) {
                opener.open(path.toAbsolutePath().getParent());
            }
        });
    }
}
