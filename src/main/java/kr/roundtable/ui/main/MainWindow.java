package kr.roundtable.ui.main;

import java.io.InputStream;
import java.util.List;

import javafx.application.Application;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Screen;
import javafx.stage.Stage;

import atlantafx.base.theme.PrimerLight;

import kr.roundtable.service.SettingsService;

/** Puts the main view in a stage: theme, icons, title, keyboard navigation, remembered size and position. */
public final class MainWindow {
    public static final List<Integer> ICON_SIZES = List.of(16, 32, 48, 64, 128, 256, 512);
    private final Stage stage;
    private final MainViewModel model;
    private final Scene scene;

    public MainWindow(Stage stage, MainViewModel model, Screens screens) {
        this.stage = stage;
        this.model = model;
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        this.scene = new Scene(new MainView(model, screens).root(), 1180, 760);
        scene.getStylesheets().add(MainWindow.class.getResource("/kr/roundtable/ui/app.css").toExternalForm());
        Page[] pages = Page.values();
        KeyCode[] digits = {KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3, KeyCode.DIGIT4};
        for (int i = 0; i < pages.length; i++) {
            Page page = pages[i];
            scene.getAccelerators().put(new KeyCodeCombination(digits[i], KeyCombination.SHORTCUT_DOWN),
                    () -> model.pageProperty().set(page));
        }
        model.i18nProperty().addListener((o, was, now) -> {
            scene.setRoot(new MainView(model, screens).root());
            stage.setTitle(now.text("app.title"));
        });
        stage.setScene(scene);
        stage.setTitle(model.i18n().text("app.title"));
        stage.setMinWidth(800);
        stage.setMinHeight(520);
        for (int size : ICON_SIZES) {
            try (InputStream in = MainWindow.class.getResourceAsStream("/icons/roundtable-" + size + ".png")) {
                if (in != null) {
                    stage.getIcons().add(new Image(in));
                }
            } catch (java.io.IOException ignored) {
                // an icon that cannot be read only costs the icon
            }
        }
        restoreGeometry();
        stage.setOnCloseRequest(e -> rememberGeometry());
    }

    public Stage stage() {
        return stage;
    }

    public MainViewModel model() {
        return model;
    }

    public void show() {
        stage.show();
        model.meetingList().refresh();
    }

    private void restoreGeometry() {
        model.rememberedWindow().ifPresent(g -> {
            boolean visible = !Screen.getScreensForRectangle(new Rectangle2D(g.x(), g.y(), g.width(), g.height()))
                    .isEmpty();
            if (visible && g.width() >= 400 && g.height() >= 300) {
                stage.setX(g.x());
                stage.setY(g.y());
                stage.setWidth(g.width());
                stage.setHeight(g.height());
            }
            stage.setMaximized(g.maximized());
        });
    }

    void rememberGeometry() {
        if (stage.isMaximized()) {
            model.rememberedWindow().ifPresentOrElse(
                    g -> model.rememberWindow(new SettingsService.WindowGeometry(g.x(), g.y(), g.width(), g.height(),
                            true)),
                    () -> model.rememberWindow(new SettingsService.WindowGeometry(stage.getX(), stage.getY(),
                            stage.getWidth(), stage.getHeight(), true)));
        } else {
            model.rememberWindow(new SettingsService.WindowGeometry(stage.getX(), stage.getY(), stage.getWidth(),
                    stage.getHeight(), false));
        }
    }
}
