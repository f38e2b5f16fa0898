package kr.roundtable.ui.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;

import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;

import kr.roundtable.i18n.I18n;

/** Loads a View's FXML from the resource package that mirrors the View's class, with the View as controller. */
public final class Fxml {
    private Fxml() {
    }

    public static Parent load(Object view, I18n i18n) {
        String name = view.getClass().getSimpleName() + ".fxml";
        URL url = view.getClass().getResource(name);
        if (url == null) {
            throw new IllegalStateException("missing FXML " + name + " beside " + view.getClass().getName());
        }
        FXMLLoader loader = new FXMLLoader(url, i18n.bundle());
        loader.setController(view);
        try {
            return loader.load();
        } catch (IOException e) {
            Throwable root = e;
            while (root.getCause() != null) {
                root = root.getCause();
            }
            throw new UncheckedIOException("cannot load " + url + ": " + root, e);
        }
    }
}
