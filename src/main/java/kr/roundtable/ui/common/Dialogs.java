package kr.roundtable.ui.common;

import java.util.Optional;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

import kr.roundtable.i18n.I18n;

/** The app's standard dialogs, with buttons and titles in the user's language. */
public final class Dialogs {
    private Dialogs() {
    }

    /** Asks a yes/no question; {@code true} only when the user chose yes. */
    public static boolean confirm(Window owner, I18n i18n, String header, String content) {
        ButtonType yes = new ButtonType(i18n.text("dialog.yes"), ButtonBar.ButtonData.YES);
        ButtonType no = new ButtonType(i18n.text("dialog.no"), ButtonBar.ButtonData.NO);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, content, yes, no);
        alert.initOwner(owner);
        alert.setTitle(i18n.text("app.name"));
        alert.setHeaderText(header);
        Optional<ButtonType> answer = alert.showAndWait();
        return answer.isPresent() && answer.get() == yes;
    }

    public static void error(Window owner, I18n i18n, String header, String content) {
        Alert alert = new Alert(Alert.AlertType.ERROR, content, new ButtonType(i18n.text("dialog.ok"),
                ButtonBar.ButtonData.OK_DONE));
        alert.initOwner(owner);
        alert.setTitle(i18n.text("app.name"));
        alert.setHeaderText(header);
        alert.showAndWait();
    }

    public static void info(Window owner, I18n i18n, String header, String content) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, content, new ButtonType(i18n.text("dialog.ok"),
                ButtonBar.ButtonData.OK_DONE));
        alert.initOwner(owner);
        alert.setTitle(i18n.text("app.name"));
        alert.setHeaderText(header);
        alert.showAndWait();
    }
}
