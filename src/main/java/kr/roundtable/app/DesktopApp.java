package kr.roundtable.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.FutureTask;

import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Stage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import kr.roundtable.i18n.I18n;
import kr.roundtable.storage.Backups;
import kr.roundtable.storage.DataFolder;
import kr.roundtable.storage.Database;
import kr.roundtable.storage.DatabaseProblem;
import kr.roundtable.storage.InstanceLock;
import kr.roundtable.ui.common.Background;
import kr.roundtable.ui.common.Dialogs;
import kr.roundtable.ui.main.MainViewModel;
import kr.roundtable.ui.main.MainWindow;
import kr.roundtable.ui.main.Screens;
import kr.roundtable.ui.common.UndoHistory;
import kr.roundtable.ui.imports.ImportLauncher;

/**
 * Starts the window: takes the folder's lock, opens the database (offering the newest good backup when the file
 * cannot be used), makes the day's backup, shows the main window and waits until it is closed.
 */
final class DesktopApp {
    private static final Logger LOG = LoggerFactory.getLogger(DesktopApp.class);

    private DesktopApp() {
    }

    static int run(DataFolder folder, boolean exitWhenReady, PrintWriter err) {
        I18n system = new I18n(Locale.getDefault());
        try {
            folder.create();
        } catch (IOException e) {
            err.println(system.text("startup.folder", folder.root(), e.getMessage()));
            return ExitCode.FAILED;
        }
        folder.useForNativeLibraries();
        Optional<InstanceLock> lock;
        try {
            lock = InstanceLock.tryAcquire(folder.lockFile());
        } catch (IOException e) {
            err.println(system.text("startup.folder", folder.root(), e.getMessage()));
            return ExitCode.FAILED;
        }
        startToolkit();
        if (lock.isEmpty()) {
            String message = system.text("startup.locked", folder.root());
            err.println(message);
            if (!exitWhenReady) {
                onFx(() -> {
                    Dialogs.error(null, system, system.text("startup.locked.header"), message);
                    return null;
                });
            }
            Platform.exit();
            return ExitCode.LOCKED;
        }
        try (InstanceLock held = lock.get()) {
            Database db = openWithRecovery(folder, system, err, exitWhenReady);
            if (db == null) {
                Platform.exit();
                return ExitCode.DATABASE_PROBLEM;
            }
            try (AppContext context = new AppContext(folder, db, Clock.systemDefaultZone());
                 Background background = new Background()) {
                try {
                    context.backups().dailyIfDue();
                } catch (RuntimeException e) {
                    LOG.warn("daily backup failed", e);
                }
                CountDownLatch closed = new CountDownLatch(1);
                Platform.runLater(() -> showMainWindow(context, background, exitWhenReady, closed));
                closed.await();
            }
            Platform.exit();
            return ExitCode.OK;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ExitCode.FAILED;
        } catch (IOException e) {
            err.println(system.text("cli.error", e.getMessage()));
            return ExitCode.FAILED;
        }
    }

    private static void showMainWindow(AppContext context, Background background, boolean exitWhenReady,
                                       CountDownLatch closed) {
        MainViewModel model = new MainViewModel(context.settings(), context.backups(), context.demo(),
                context.meetings(), background, context.i18n());
        Stage stage = new Stage();
        Screens screens = new Screens(context.roster(), context.meetings(), context.invitations(), context.imports(),
                context.capture(), context.seating(), context.exports(), background, new UndoHistory(),
                ImportLauncher.fileDialog(context.i18n()), Screens.saveDialog(context.i18n()));
        MainWindow window = new MainWindow(stage, model, screens);
        stage.setOnHidden(e -> closed.countDown());
        if (exitWhenReady) {
            stage.getScene().addPostLayoutPulseListener(new Runnable() {
                @Override
                public void run() {
                    stage.getScene().removePostLayoutPulseListener(this);
                    Platform.runLater(() -> {
                        long ms = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
                        System.out.println("ready in " + ms + " ms");
                        System.out.flush();
                        stage.hide();
                    });
                }
            });
        }
        window.show();
        if (!exitWhenReady && model.shouldOfferDemo()) {
            Platform.runLater(() -> model.answerDemoOffer(Dialogs.confirm(stage, model.i18n(),
                    model.i18n().text("demo.offer.header"), model.i18n().text("demo.offer.content"))));
        }
    }

    /** Opens the database; when it cannot be used, tells the user and offers the newest good backup or quitting. */
    private static Database openWithRecovery(DataFolder folder, I18n i18n, PrintWriter err, boolean noDialogs) {
        Backups backups = new Backups(folder.backups());
        while (true) {
            try {
                return Database.open(folder.database());
            } catch (DatabaseProblem problem) {
                String message = i18n.text("startup.problem." + problem.kind().name(), problem.file());
                err.println(message);
                LOG.error("cannot open {}", problem.file(), problem);
                Optional<Path> newest = backups.newestGood();
                if (noDialogs || newest.isEmpty()) {
                    if (!noDialogs) {
                        onFx(() -> {
                            Dialogs.error(null, i18n, i18n.text("startup.problem.header"),
                                    message + "\n\n" + i18n.text("startup.problem.noBackup", folder.backups()));
                            return null;
                        });
                    }
                    return null;
                }
                boolean restore = onFx(() -> askRestore(i18n, message, newest.get()));
                if (!restore) {
                    return null;
                }
                try {
                    Path aside = Backups.replaceDamaged(folder.database(), newest.get(), LocalDateTime.now());
                    err.println(i18n.text("startup.restored", newest.get(), aside));
                } catch (DatabaseProblem again) {
                    err.println(i18n.text("startup.problem." + again.kind().name(), again.file()));
                    return null;
                }
            }
        }
    }

    private static boolean askRestore(I18n i18n, String message, Path backup) {
        ButtonType restore = new ButtonType(i18n.text("startup.problem.restore"), ButtonBar.ButtonData.YES);
        ButtonType quit = new ButtonType(i18n.text("startup.problem.quit"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.ERROR,
                message + "\n\n" + i18n.text("startup.problem.offer", backup.getFileName()), restore, quit);
        alert.setTitle(i18n.text("app.name"));
        alert.setHeaderText(i18n.text("startup.problem.header"));
        return alert.showAndWait().filter(restore::equals).isPresent();
    }

    private static void startToolkit() {
        CountDownLatch started = new CountDownLatch(1);
        try {
            Platform.startup(started::countDown);
        } catch (IllegalStateException alreadyRunning) {
            started.countDown();
        }
        Platform.setImplicitExit(false);
        try {
            started.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> work) {
        FutureTask<T> task = new FutureTask<>(work);
        Platform.runLater(task);
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }
}
