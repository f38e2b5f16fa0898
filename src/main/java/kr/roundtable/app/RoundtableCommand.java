package kr.roundtable.app;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import kr.roundtable.i18n.I18n;
import kr.roundtable.storage.DataFolder;

/** {@code roundtable [--data-dir DIR] [COMMAND]}: no command opens the window. */
@Command(name = "roundtable", mixinStandardHelpOptions = true, resourceBundle = I18n.BUNDLE,
        versionProvider = RoundtableCommand.Version.class,
        subcommands = {Commands.Demo.class, Commands.ListCommand.class, Commands.Backup.class, Commands.Restore.class,
                Commands.Generate.class, Commands.Export.class, Commands.Import.class})
public final class RoundtableCommand implements Callable<Integer> {
    @Option(names = "--data-dir", paramLabel = "DIR", descriptionKey = "cli.option.dataDir")
    Path dataDir;

    @Option(names = "--exit-when-ready", descriptionKey = "cli.option.exitWhenReady")
    boolean exitWhenReady;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Runs the command line and returns the exit code. */
    public static int execute(String[] args, PrintStream out, PrintStream err) {
        CommandLine cli = new CommandLine(new RoundtableCommand());
        cli.setOut(new PrintWriter(out, true, java.nio.charset.StandardCharsets.UTF_8));
        cli.setErr(new PrintWriter(err, true, java.nio.charset.StandardCharsets.UTF_8));
        cli.setExecutionExceptionHandler((e, line, parsed) -> {
            line.getErr().println(messages().text("cli.error", e.getMessage()));
            return ExitCode.FAILED;
        });
        return cli.execute(args);
    }

    /** The words of the command line follow the system's language: Korean unless it is English. */
    static I18n messages() {
        return new I18n(Locale.getDefault());
    }

    DataFolder folder() {
        return DataFolder.resolve(dataDir, System.getenv(), System.getProperty("os.name"),
                Path.of(System.getProperty("user.home")));
    }

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }

    @Override
    public Integer call() {
        return DesktopApp.run(folder(), exitWhenReady, err());
    }

    /** The version from the jar's manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = RoundtableCommand.class.getPackage().getImplementationVersion();
            return new String[] {"Roundtable " + (version == null ? "dev" : version)};
        }
    }
}
