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
    private final kr.roundtable.service.SeatingService seating;
    private final kr.roundtable.service.ExportService exports;
    private final java.util.function.BiFunction<Window, String, Optional<Path>> saveChooser;
    private final Background background;
    private final UndoHistory undo;
    private final Function<Window, Optional<Path>> fileChooser;

    /** {@code fileChooser} picks files to import: the platform's dialog in the app, a fixed file in tests. */
    public Screens(RosterService roster, MeetingService meetings, InvitationService invitations, ImportService imports,
                   CaptureService capture, kr.roundtable.service.SeatingService seating,
                   kr.roundtable.service.ExportService exports, Background background, UndoHistory undo,
                   Function<Window, Optional<Path>> fileChooser,
                   java.util.function.BiFunction<Window, String, Optional<Path>> saveChooser) {
        this.capture = capture;
        this.seating = seating;
        this.exports = exports;
        this.saveChooser = saveChooser;
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
                invitations, roster, seating, background, java.time.Clock.systemDefaultZone(), i18n);
        model.open(meetingId);
        return new kr.roundtable.ui.live.ConsoleView(model, back).root();
    }

    /** The seating exports: asks where to save, writes off the FX thread, says where it went. */
    kr.roundtable.ui.seating.SeatingView.Exporter seatingExporter(I18n i18n) {
        return (kind, model, owner) -> {
            long id = model.meetingId();
            String name = switch (kind) {
                case "nameplates" -> exports.fileName(id, i18n.text("seating.file.nameplates"), "docx");
                case "chart" -> exports.fileName(id, i18n.text("seating.file.chart"), "docx");
                default -> exports.fileName(id, i18n.text("seating.file.chart"), "png");
            };
            Optional<Path> target = saveChooser.apply(owner, name);
            if (target.isEmpty()) {
                return;
            }
            model.tell(i18n.text("export.running"));
            background.run(() -> {
                try {
                    return switch (kind) {
                        case "nameplates" -> exports.nameplates(id, target.get());
                        case "chart" -> exports.chartDocx(id, i18n, target.get());
                        default -> exports.chartPng(id, i18n, target.get());
                    };
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }, path -> model.tell(i18n.text("export.done", path)),
                    error -> model.tell(kr.roundtable.ui.common.Messages.of(error, i18n)));
        };
    }

    private kr.roundtable.ui.documents.DocumentExports.Opener opener = kr.roundtable.ui.documents.DocumentExports
            .desktop();

    /** Replaces how files are opened after an export (tests record instead of launching programs). */
    public Screens withOpener(kr.roundtable.ui.documents.DocumentExports.Opener replacement) {
        this.opener = replacement;
        return this;
    }

    private Function<Window, Optional<Path>> templateChooser;

    /** Replaces the dialog that picks a minutes template (tests answer with a fixed file). */
    public Screens withTemplateChooser(Function<Window, Optional<Path>> replacement) {
        this.templateChooser = replacement;
        return this;
    }

    public kr.roundtable.ui.documents.DocumentExports documents(I18n i18n) {
        return new kr.roundtable.ui.documents.DocumentExports(exports, background, saveChooser,
                templateChooser != null ? templateChooser : kr.roundtable.ui.documents.DocumentExports
                        .templateDialog(i18n), opener);
    }

    /** The platform's save dialog, proposing {@code name}. */
    public static java.util.function.BiFunction<Window, String, Optional<Path>> saveDialog(I18n i18n) {
        return (owner, name) -> {
            javafx.stage.FileChooser dialog = new javafx.stage.FileChooser();
            dialog.setTitle(i18n.text("export.choose"));
            dialog.setInitialFileName(name);
            return Optional.ofNullable(dialog.showSaveDialog(owner)).map(java.io.File::toPath);
        };
    }

    public MeetingPage meeting(I18n i18n, Runnable back) {
        return new MeetingPage(new MeetingEditorViewModel(meetings, roster, invitations, i18n),
                new InvitationsViewModel(invitations, roster, meetings, undo, i18n),
                new AgendaViewModel(meetings, invitations, undo, i18n),
                new kr.roundtable.ui.seating.SeatingViewModel(seating, i18n), seatingExporter(i18n), importer(i18n),
                back).withDocuments(documents(i18n));
    }
}
