package kr.roundtable.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import kr.roundtable.i18n.I18n;
import kr.roundtable.model.MeetingSummary;
import kr.roundtable.service.BackupService;
import kr.roundtable.service.GeneratorService;
import kr.roundtable.storage.DataFolder;
import kr.roundtable.storage.Database;
import kr.roundtable.storage.DatabaseProblem;
import kr.roundtable.storage.InstanceLock;

/** The command-line commands. Writers take the data folder's lock (or refuse); readers run beside an open window. */
final class Commands {
    private Commands() {
    }

    /** Opens the data folder for a command and reports problems on stderr with the right exit code. */
    abstract static class DataCommand implements Callable<Integer> {
        @ParentCommand
        RoundtableCommand root;

        final I18n i18n = RoundtableCommand.messages();

        RoundtableCommand root() {
            return root;
        }

        PrintWriter out() {
            return root().out();
        }

        PrintWriter err() {
            return root().err();
        }

        /** Runs {@code work} with the lock held and the database open for writing. */
        int writing(Work work) throws IOException {
            DataFolder folder = root().folder().create();
            folder.useForNativeLibraries();
            Optional<InstanceLock> lock = InstanceLock.tryAcquire(folder.lockFile());
            if (lock.isEmpty()) {
                err().println(i18n.text("startup.locked", folder.root()));
                return ExitCode.LOCKED;
            }
            try (InstanceLock held = lock.get()) {
                return withDatabase(folder, Database.open(folder.database()), work);
            } catch (DatabaseProblem problem) {
                return report(problem);
            }
        }

        /** Runs {@code work} with the database open for reading only, without the lock. */
        int reading(Work work) throws IOException {
            DataFolder folder = root().folder();
            if (!java.nio.file.Files.isRegularFile(folder.database())) {
                err().println(i18n.text("cli.noDatabase", folder.root()));
                return ExitCode.DATABASE_PROBLEM;
            }
            java.nio.file.Files.createDirectories(folder.nativeLibraries());
            folder.useForNativeLibraries();
            try {
                return withDatabase(folder, Database.openReadOnly(folder.database()), work);
            } catch (DatabaseProblem problem) {
                return report(problem);
            }
        }

        private int withDatabase(DataFolder folder, Database db, Work work) throws DatabaseProblem {
            try (AppContext context = new AppContext(folder, db, Clock.systemDefaultZone())) {
                return work.run(context);
            }
        }

        int report(DatabaseProblem problem) {
            err().println(i18n.text("startup.problem." + problem.kind().name(), problem.file()));
            return ExitCode.DATABASE_PROBLEM;
        }
    }

    @FunctionalInterface
    interface Work {
        int run(AppContext context) throws DatabaseProblem;
    }

    @Command(name = "demo")
    static final class Demo extends DataCommand {
        @Override
        public Integer call() throws IOException {
            return writing(context -> {
                if (!context.meetings().isEmpty()) {
                    err().println(i18n.text("cli.demo.notEmpty", context.folder().database()));
                    return ExitCode.FAILED;
                }
                context.demo().load();
                out().println(i18n.text("cli.demo.done", context.meetings().meetings().size()));
                return ExitCode.OK;
            });
        }
    }

    @Command(name = "list")
    static final class ListCommand extends DataCommand {
        @Parameters(index = "0", paramLabel = "WHAT", descriptionKey = "cli.list.what")
        String what;

        @Option(names = "--meeting", paramLabel = "ID", descriptionKey = "cli.export.meeting")
        Long meeting;

        @Override
        public Integer call() throws IOException {
            if ("templates".equals(what)) {
                return templates();
            }
            if ("participants".equals(what)) {
                if (meeting == null) {
                    err().println(i18n.text("cli.export.needsMeeting", what));
                    return ExitCode.USAGE;
                }
                return reading(context -> {
                    try {
                        for (kr.roundtable.model.AttendeeListEntry e : context.seating().attendeeList(meeting)) {
                            out().println(String.join("\t", i18n.label(e.side()), orEmpty(e.organization()),
                                    orEmpty(e.title()), e.name(), i18n.label(e.attendance())));
                        }
                        return ExitCode.OK;
                    } catch (kr.roundtable.service.Refusal refusal) {
                        err().println(i18n.text(refusal.key(), refusal.args()));
                        return ExitCode.FAILED;
                    }
                });
            }
            if (!"meetings".equals(what)) {
                err().println(i18n.text("cli.list.unknown", what));
                return ExitCode.USAGE;
            }
            return reading(context -> {
                for (MeetingSummary m : context.meetings().meetings()) {
                    out().println(String.join("\t", String.valueOf(m.id()), orEmpty(m.seriesName()),
                            m.ordinalLabel(), m.date() == null ? "" : m.date().toString(), m.title()));
                }
                return ExitCode.OK;
            });
        }

        private static String orEmpty(String s) {
            return s == null ? "" : s;
        }

        /** The built-in templates and the user's own in the data folder (which win). */
        private int templates() {
            java.nio.file.Path folder = root().folder().templates();
            out().println(i18n.text("cli.templates.builtIn", "nameplate.docx"));
            if (java.nio.file.Files.isDirectory(folder)) {
                try (var files = java.nio.file.Files.list(folder)) {
                    files.filter(f -> f.toString().endsWith(".docx") || f.toString().endsWith(".xlsx")).sorted()
                            .forEach(f -> out().println(i18n.text("cli.templates.user", f)));
                } catch (IOException e) {
                    err().println(i18n.text("cli.error", e.getMessage()));
                    return ExitCode.FAILED;
                }
            }
            return ExitCode.OK;
        }
    }

    @Command(name = "backup")
    static final class Backup extends DataCommand {
        @Override
        public Integer call() throws IOException {
            // VACUUM INTO only reads the database, so a backup may run beside an open window
            return reading(context -> {
                out().println(i18n.text("cli.backup.done", context.backups().backupNow()));
                return ExitCode.OK;
            });
        }
    }

    @Command(name = "restore")
    static final class Restore extends DataCommand {
        @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "cli.restore.file")
        Path file;

        @Override
        public Integer call() throws IOException {
            Path backup = file.toAbsolutePath();
            if (!java.nio.file.Files.isRegularFile(backup)) {
                err().println(i18n.text("cli.restore.missing", backup));
                return ExitCode.FAILED;
            }
            try {
                return writing(context -> {
                    Path safety = context.backups().restore(backup);
                    out().println(i18n.text("cli.restore.done", backup, safety));
                    return ExitCode.OK;
                });
            } catch (BackupService.RestoreRefused refused) {
                err().println(i18n.text("startup.problem." + refused.reason(), refused.file()));
                return ExitCode.DATABASE_PROBLEM;
            }
        }
    }

    @Command(name = "generate")
    static final class Generate extends DataCommand {
        @Option(names = "--people", defaultValue = "1000", descriptionKey = "cli.generate.people")
        int people;

        @Option(names = "--meetings", defaultValue = "100", descriptionKey = "cli.generate.meetings")
        int meetings;

        @Option(names = "--remarks", defaultValue = "5000", descriptionKey = "cli.generate.remarks")
        int remarks;

        @Option(names = "--seed", defaultValue = "20261121", descriptionKey = "cli.generate.seed")
        long seed;

        @Override
        public Integer call() throws IOException {
            if (people < 1 || meetings < 0 || remarks < 0 || (remarks > 0 && meetings == 0)) {
                err().println(i18n.text("cli.generate.badCounts"));
                return ExitCode.USAGE;
            }
            return writing(context -> {
                long started = System.nanoTime();
                GeneratorService.Counts counts = context.generator().generate(people, meetings, remarks, seed,
                        (phase, done, total) -> out().println(i18n.text("cli.generate.progress",
                                i18n.text("cli.generate.phase." + phase), done, total)));
                out().println(i18n.text("cli.generate.done", counts.people(), counts.meetings(), counts.remarks(),
                        (System.nanoTime() - started) / 1_000_000));
                return ExitCode.OK;
            });
        }
    }

    @Command(name = "export")
    static final class Export extends DataCommand {
        @Parameters(index = "0", paramLabel = "WHAT", descriptionKey = "cli.export.what")
        String what;

        @Option(names = "--meeting", paramLabel = "ID", descriptionKey = "cli.export.meeting")
        Long meeting;

        @Option(names = "--series", paramLabel = "NAME", descriptionKey = "cli.export.series")
        String series;

        @Option(names = "--all", descriptionKey = "cli.export.all")
        boolean all;

        @Option(names = "--status", paramLabel = "STATUS", split = ",", descriptionKey = "cli.export.status")
        java.util.List<kr.roundtable.model.FollowUpStatus> statuses = new java.util.ArrayList<>();

        @Option(names = "--department", paramLabel = "NAME", descriptionKey = "cli.export.department")
        String department;

        @Option(names = "--overdue", descriptionKey = "cli.export.overdue")
        boolean overdue;

        @Option(names = "--out", paramLabel = "FILE", required = true, descriptionKey = "cli.export.out")
        Path out;

        @Option(names = "--format", paramLabel = "xlsx|docx", defaultValue = "xlsx", descriptionKey = "cli.export.format")
        String format;

        @Option(names = "--contacts", descriptionKey = "cli.export.contacts")
        boolean contacts;

        @Option(names = "--unmasked", descriptionKey = "cli.export.unmasked")
        boolean unmasked;

        @Option(names = "--template", paramLabel = "FILE", descriptionKey = "cli.export.template")
        Path template;

        @Option(names = "--author", paramLabel = "NAME", descriptionKey = "cli.export.author")
        String author;

        @Override
        public Integer call() throws IOException {
            if (!java.util.List.of("followups", "nameplates", "seating", "attendees", "minutes", "press").contains(what)) {
                err().println(i18n.text("cli.export.unknown", what));
                return ExitCode.USAGE;
            }
            if (!"followups".equals(what) && meeting == null) {
                err().println(i18n.text("cli.export.needsMeeting", what));
                return ExitCode.USAGE;
            }
            int scopes = (meeting == null ? 0 : 1) + (series == null ? 0 : 1) + (all ? 1 : 0);
            if ("followups".equals(what) && scopes != 1) {
                err().println(i18n.text("cli.export.scope"));
                return ExitCode.USAGE;
            }
            Path target = out.toAbsolutePath();
            return reading(context -> {
                try {
                    switch (what) {
                        case "followups" -> {
                            Long seriesId = null;
                            if (series != null) {
                                java.util.Optional<Long> found = context.followUps().seriesId(series);
                                if (found.isEmpty()) {
                                    err().println(i18n.text("cli.export.noSeries", series));
                                    return ExitCode.FAILED;
                                }
                                seriesId = found.get();
                            }
                            java.time.LocalDate today = java.time.LocalDate.now();
                            int rows = context.exports().followUpRegister(new kr.roundtable.model.RegisterFilter(meeting,
                                    seriesId, java.util.Set.copyOf(statuses), department, overdue, today), i18n, today,
                                    target);
                            out().println(i18n.text("cli.export.doneRows", target, rows));
                        }
                        case "press" -> out().println(i18n.text("cli.export.done",
                                context.exports().pressRelease(meeting, i18n, target)));
                        case "minutes" -> out().println(i18n.text("cli.export.done", context.exports().minutes(
                                meeting, author != null ? author : System.getProperty("user.name"),
                                java.time.LocalDate.now(), template == null ? null : template.toAbsolutePath(), i18n,
                                target)));
                        case "attendees" -> {
                            if (!java.util.List.of("xlsx", "docx").contains(format)) {
                                err().println(i18n.text("cli.export.badFormat", format));
                                return ExitCode.USAGE;
                            }
                            out().println(i18n.text("cli.export.done", context.exports().attendees(meeting, format,
                                    contacts, unmasked, i18n, target)));
                        }
                        case "nameplates" -> out().println(i18n.text("cli.export.done",
                                context.exports().nameplates(meeting, target)));
                        default -> out().println(i18n.text("cli.export.done", target.toString().toLowerCase(
                                java.util.Locale.ROOT).endsWith(".png") ? context.exports().chartPng(meeting, i18n, target)
                                : context.exports().chartDocx(meeting, i18n, target)));
                    }
                    return ExitCode.OK;
                } catch (kr.roundtable.service.Refusal refusal) {
                    err().println(i18n.text(refusal.key(), refusal.args()));
                    return ExitCode.FAILED;
                } catch (IOException e) {
                    err().println(i18n.text("cli.error", e.getMessage()));
                    return ExitCode.FAILED;
                }
            });
        }
    }

    @Command(name = "import")
    static final class Import extends DataCommand {
        @Parameters(index = "0", paramLabel = "WHAT", descriptionKey = "cli.import.what")
        String what;

        @Parameters(index = "1", paramLabel = "FILE", descriptionKey = "cli.import.file")
        Path file;

        @Option(names = "--meeting", paramLabel = "ID", descriptionKey = "cli.export.meeting")
        Long meeting;

        @Override
        public Integer call() throws IOException {
            if (!"attendees".equals(what)) {
                err().println(i18n.text("cli.import.unknown", what));
                return ExitCode.USAGE;
            }
            Path source = file.toAbsolutePath();
            return writing(context -> {
                kr.roundtable.service.ImportService.Preview preview;
                try {
                    preview = context.imports().preview(source, meeting);
                } catch (kr.roundtable.imports.ImportProblem problem) {
                    err().println(i18n.text("import.problem." + problem.kind().name(), source.getFileName()));
                    return ExitCode.FAILED;
                }
                if (preview.hasErrors()) {
                    // nothing is imported when any row has an error: list them all
                    for (kr.roundtable.model.ImportRow row : preview.rows()) {
                        if (row.status() == kr.roundtable.model.ImportRowStatus.ERROR) {
                            err().println(i18n.text("cli.import.rowError", row.rowNumber(),
                                    i18n.text(row.reasonKey(), row.reasonArg())));
                        }
                    }
                    err().println(i18n.text("import.error.rowsWithErrors", preview.count(
                            kr.roundtable.model.ImportRowStatus.ERROR)));
                    return ExitCode.FAILED;
                }
                try {
                    kr.roundtable.service.ImportService.Result result = context.imports().apply(preview);
                    out().println(i18n.text("import.done.content", result.created(), result.updated(),
                            result.invited(), result.alreadyInvited()));
                    return ExitCode.OK;
                } catch (kr.roundtable.service.Refusal refusal) {
                    err().println(i18n.text(refusal.key(), refusal.args()));
                    return ExitCode.FAILED;
                }
            });
        }
    }
}
