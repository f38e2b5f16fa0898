package kr.roundtable.ui.imports;

import java.nio.file.Path;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import kr.roundtable.i18n.I18n;
import kr.roundtable.imports.ImportProblem;
import kr.roundtable.model.ImportField;
import kr.roundtable.model.ImportRowStatus;
import kr.roundtable.service.ImportService;
import kr.roundtable.ui.common.Messages;

/** The import preview: the detected header row and mapping (both changeable), the rows, and the import itself. */
public final class ImportViewModel {
    private final ImportService imports;
    private final I18n i18n;
    private final ReadOnlyObjectWrapper<ImportService.Preview> preview = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper canImport = new ReadOnlyBooleanWrapper();

    public ImportViewModel(ImportService imports, I18n i18n) {
        this.imports = imports;
        this.i18n = i18n;
        preview.addListener((o, was, now) -> describe(now));
    }

    /** Reads the file; false (with the reason in {@link #errorProperty()}) when it cannot be imported at all. */
    public boolean open(Path file, Long meetingId) {
        try {
            preview.set(imports.preview(file, meetingId));
            error.set("");
            return true;
        } catch (ImportProblem problem) {
            error.set(i18n.text("import.problem." + problem.kind().name(), file.getFileName()));
            return false;
        } catch (RuntimeException e) {
            error.set(Messages.of(e, i18n));
            return false;
        }
    }

    /** Takes the header at the given row, numbered as the spreadsheet numbers it (1-based). */
    public void headerAt(int rowNumber) {
        try {
            preview.set(imports.withHeaderRow(preview.get(), rowNumber - 1));
            error.set("");
        } catch (RuntimeException e) {
            error.set(Messages.of(e, i18n));
        }
    }

    public void map(int column, ImportField field) {
        preview.set(imports.remap(preview.get(), column, field));
    }

    /** Imports all rows in one transaction; returns the result, or null with the reason in the error text. */
    public ImportService.Result apply() {
        try {
            ImportService.Result result = imports.apply(preview.get());
            error.set("");
            return result;
        } catch (RuntimeException e) {
            error.set(Messages.of(e, i18n));
            return null;
        }
    }

    private void describe(ImportService.Preview p) {
        if (p == null) {
            summary.set("");
            canImport.set(false);
            return;
        }
        summary.set(i18n.text("import.summary", p.count(ImportRowStatus.NEW), p.count(ImportRowStatus.UPDATE),
                p.count(ImportRowStatus.ERROR)));
        canImport.set(!p.hasErrors() && !p.rows().isEmpty() && p.columns().containsValue(ImportField.NAME));
    }

    public ReadOnlyObjectProperty<ImportService.Preview> previewProperty() {
        return preview.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canImportProperty() {
        return canImport.getReadOnlyProperty();
    }

    public I18n i18n() {
        return i18n;
    }
}
