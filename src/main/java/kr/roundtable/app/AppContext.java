package kr.roundtable.app;

import java.time.Clock;

import kr.roundtable.i18n.I18n;
import kr.roundtable.service.BackupService;
import kr.roundtable.service.DemoDataService;
import kr.roundtable.service.GeneratorService;
import kr.roundtable.service.ImportService;
import kr.roundtable.service.InvitationService;
import kr.roundtable.service.MeetingService;
import kr.roundtable.service.Repositories;
import kr.roundtable.service.RosterService;
import kr.roundtable.service.SettingsService;
import kr.roundtable.storage.Backups;
import kr.roundtable.storage.DataFolder;
import kr.roundtable.storage.Database;

/** The composition root: every part of the app built once, with plain constructors, over one open database. */
public final class AppContext implements AutoCloseable {
    private final DataFolder folder;
    private final Database db;
    private final MeetingService meetings;
    private final SettingsService settings;
    private final BackupService backups;
    private final DemoDataService demo;
    private final GeneratorService generator;
    private final RosterService roster;
    private final InvitationService invitations;
    private final ImportService imports;
    private final kr.roundtable.service.CaptureService capture;
    private final kr.roundtable.service.SeatingService seating;
    private final kr.roundtable.service.ExportService exports;
    private final kr.roundtable.service.FollowUpService followUps;

    public AppContext(DataFolder folder, Database db, Clock clock) {
        this.folder = folder;
        this.db = db;
        Repositories repos = Repositories.over(db);
        this.meetings = new MeetingService(repos);
        this.settings = new SettingsService(repos);
        this.backups = new BackupService(repos, new Backups(folder.backups()), clock);
        this.demo = new DemoDataService(repos);
        this.generator = new GeneratorService(repos);
        this.roster = new RosterService(repos);
        this.invitations = new InvitationService(repos);
        this.imports = new ImportService(repos);
        this.capture = new kr.roundtable.service.CaptureService(repos, clock);
        this.seating = new kr.roundtable.service.SeatingService(repos);
        this.followUps = new kr.roundtable.service.FollowUpService(repos);
        this.exports = new kr.roundtable.service.ExportService(meetings, seating, followUps,
                new kr.roundtable.service.MinutesService(repos, capture), folder.templates());
        if (!db.isReadOnly()) {
            roster.reindexMissing(); // rows from before the search column, or written by an older version
        }
    }

    public RosterService roster() {
        return roster;
    }

    public InvitationService invitations() {
        return invitations;
    }

    public kr.roundtable.service.SeatingService seating() {
        return seating;
    }

    public kr.roundtable.service.FollowUpService followUps() {
        return followUps;
    }

    public kr.roundtable.service.ExportService exports() {
        return exports;
    }

    public kr.roundtable.service.CaptureService capture() {
        return capture;
    }

    public ImportService imports() {
        return imports;
    }

    public DataFolder folder() {
        return folder;
    }

    public MeetingService meetings() {
        return meetings;
    }

    public SettingsService settings() {
        return settings;
    }

    public BackupService backups() {
        return backups;
    }

    public DemoDataService demo() {
        return demo;
    }

    public GeneratorService generator() {
        return generator;
    }

    /** The language the user chose, else Korean. */
    public I18n i18n() {
        return I18n.forLanguage(settings.language().orElse("ko"));
    }

    @Override
    public void close() {
        db.close();
    }
}
