package kr.roundtable.ui.main;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import javafx.stage.Stage;

import kr.roundtable.i18n.I18n;
import kr.roundtable.service.BackupService;
import kr.roundtable.service.DemoDataService;
import kr.roundtable.service.ImportService;
import kr.roundtable.service.InvitationService;
import kr.roundtable.service.MeetingService;
import kr.roundtable.service.Repositories;
import kr.roundtable.service.RosterService;
import kr.roundtable.service.SettingsService;
import kr.roundtable.storage.Backups;
import kr.roundtable.testutil.TestDatabase;
import kr.roundtable.ui.common.Background;
import kr.roundtable.ui.common.UndoHistory;

/** The whole main window over a real database in a temporary folder, wired as the app wires it. */
public final class AppWindowFixture implements AutoCloseable {
    public final Repositories repos;
    public final Background background = new Background();
    /** The file the "choose a file" dialog answers with; set it before clicking an import button. */
    public final AtomicReference<Path> nextChosenFile = new AtomicReference<>();
    /** Where the "save as" dialog saves (the proposed file name in this folder); null cancels. */
    public final AtomicReference<Path> nextSaveFolder = new AtomicReference<>();
    public final MainWindow window;
    /** What the app asked the system to open after an export. */
    public final java.util.List<Path> opened = new java.util.concurrent.CopyOnWriteArrayList<>();

    public AppWindowFixture(Stage stage, Path dir, boolean demo) {
        repos = TestDatabase.repositories(dir);
        if (demo) {
            new DemoDataService(repos).load();
        }
        MeetingService meetings = new MeetingService(repos);
        kr.roundtable.service.SeatingService seating = new kr.roundtable.service.SeatingService(repos);
        MainViewModel model = new MainViewModel(new SettingsService(repos), new BackupService(repos,
                new Backups(dir.resolve("backups")), Clock.systemDefaultZone()), new DemoDataService(repos), meetings,
                background, I18n.forLanguage("ko"));
        Screens screens = new Screens(new RosterService(repos), meetings, new InvitationService(repos),
                new ImportService(repos), new kr.roundtable.service.CaptureService(repos, Clock.systemDefaultZone()),
                seating, new kr.roundtable.service.ExportService(meetings, seating,
                new kr.roundtable.service.FollowUpService(repos), new kr.roundtable.service.MinutesService(repos,
                new kr.roundtable.service.CaptureService(repos, Clock.systemDefaultZone())), dir.resolve("templates")),
                background, new UndoHistory(), owner -> Optional.ofNullable(nextChosenFile.get()),
                (owner, name) -> Optional.ofNullable(nextSaveFolder.get()).map(folder -> folder.resolve(name)))
                .withOpener(opened::add).withTemplateChooser(owner -> Optional.ofNullable(nextChosenFile.get()));
        window = new MainWindow(stage, model, screens);
        window.show();
    }

    @Override
    public void close() {
        background.close();
        repos.db().close();
    }
}
