package kr.roundtable.ui.imports;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;

import javafx.scene.Scene;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

import kr.roundtable.i18n.I18n;
import kr.roundtable.service.ImportService;
import kr.roundtable.ui.common.Dialogs;

/** Asks for an attendee list, then shows its preview in a window of its own. */
public final class ImportLauncher {
    private final ImportService imports;
    private final I18n i18n;
    private final Function<Window, Optional<Path>> chooser;

    /** {@code chooser} picks the file: a real file dialog in the app, a fixed file in tests. */
    public ImportLauncher(ImportService imports, I18n i18n, Function<Window, Optional<Path>> chooser) {
        this.imports = imports;
        this.i18n = i18n;
        this.chooser = chooser;
    }

    /** The file dialog of the platform, filtered to spreadsheets. */
    public static Function<Window, Optional<Path>> fileDialog(I18n i18n) {
        return owner -> {
            FileChooser dialog = new FileChooser();
            dialog.setTitle(i18n.text("import.choose"));
            dialog.getExtensionFilters().add(new FileChooser.ExtensionFilter(i18n.text("import.filter"),
                    "*.xlsx", "*.xls", "*.csv", "*.txt"));
            return Optional.ofNullable(dialog.showOpenDialog(owner)).map(java.io.File::toPath);
        };
    }

    public void start(Window owner, Long meetingId, Runnable afterImport) {
        Optional<Path> file = chooser.apply(owner);
        if (file.isEmpty()) {
            return;
        }
        ImportViewModel model = new ImportViewModel(imports, i18n);
        if (!model.open(file.get(), meetingId)) {
            Dialogs.error(owner, i18n, i18n.text("import.failed"), model.errorProperty().get());
            return;
        }
        ImportView view = new ImportView(model);
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(i18n.text("import.title"));
        Scene scene = new Scene(view.root(), 1060, 620);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().addAll(owner.getScene().getStylesheets());
        }
        stage.setScene(scene);
        view.setOnDone(() -> {
            stage.close();
            afterImport.run();
        });
        stage.show();
    }
}
