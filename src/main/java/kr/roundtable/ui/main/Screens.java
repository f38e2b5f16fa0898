package kr.roundtable.ui.main;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;

import javafx.scene.Parent;
import javafx.stage.Window;

import kr.roundtable.i18n.I18n;
import kr.roundtable.service.CaptureService;
import kr.roundtable.service.ImportService;
import kr.roundtable.service.InvitationService;
import kr.roundtable.service.MeetingService;
import kr.roundtable.service.RosterService;
import kr.roundtable.ui.common.Background;
import kr.roundtable.ui.common.UndoHistory;
import kr.roundtable.ui.imports.ImportLauncher;
import kr.roundtable.ui.meeting.AgendaViewModel;
import kr.roundtable.ui.meeting.InvitationsViewModel;
import kr.roundtable.ui.meeting.MeetingEditorViewModel;
import kr.roundtable.ui.meeting.MeetingPage;
import kr.roundtable.ui.roster.RosterView;
import kr.roundtable.ui.roster.RosterViewModel;

/** Builds the pages of the main window, in the current language, over the services. */
public final class Screens {
    private final RosterService roster;
    private final MeetingService meetings;
    private final InvitationService invitations;
    private final ImportService imports;
    private final CaptureService capture;
    private final Background background;
    private final UndoHistory undo;
    private final Function<Window, Optional<Path>> fileChooser;

    /** {@code fileChooser} picks files to import: the platform's dialog in the app, a fixed file in tests. */
    public Screens(RosterService roster, MeetingService meetings, InvitationService invitations, ImportService imports,
                   CaptureService capture, Background background, UndoHistory undo,
                   Function<Window, Optional<Path>> fileChooser) {
        this.capture = capture;
        this.roster = roster;
        this.meetings = meetings;
        this.invitations = invitations;
        this.imports = imports;
        this.background = background;
        this.undo = undo;
        this.fileChooser = fileChooser;
    }

    public UndoHistory undo() {
        return undo;
    }

    ImportLauncher importer(I18n i18n) {
        return new ImportLauncher(imports, i18n, fileChooser);
    }

    public Parent roster(I18n i18n) {
        return new RosterView(new RosterViewModel(roster, background, undo, i18n), importer(i18n)).root();
    }

    /** The live console of a meeting; opening it starts the meeting (진행). */
    public Parent console(I18n i18n, long meetingId, Runnable back) {
        kr.roundtable.ui.live.ConsoleViewModel model = new kr.roundtable.ui.live.ConsoleViewModel(capture, meetings,
                invitations, roster, background, java.time.Clock.systemDefaultZone(), i18n);
        model.open(meetingId);
        return new kr.roundtable.ui.live.ConsoleView(model, back).root();
    }

    public MeetingPage meeting(I18n i18n, Runnable back) {
        return new MeetingPage(new MeetingEditorViewModel(meetings, roster, invitations, i18n),
                new InvitationsViewModel(invitations, roster, meetings, undo, i18n),
                new AgendaViewModel(meetings, invitations, undo, i18n), importer(i18n), back);
    }
}
