package kr.roundtable.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * The folder that holds the database, its lock, backups and user templates. Chosen by {@code --data-dir}, else the
 * environment variable {@code ROUNDTABLE_HOME}, else the platform's usual place for application data.
 */
public record DataFolder(Path root) {
    public static final String ENV_HOME = "ROUNDTABLE_HOME";
    public static final String DATABASE_FILE = "roundtable.db";

    public DataFolder {
        root = root.toAbsolutePath().normalize();
    }

    public static DataFolder resolve(Path explicit, Map<String, String> env, String osName, Path userHome) {
        if (explicit != null) {
            return new DataFolder(explicit);
        }
        String home = env.get(ENV_HOME);
        if (home != null && !home.isBlank()) {
            return new DataFolder(Path.of(home));
        }
        return new DataFolder(platformDefault(env, osName, userHome));
    }

    static Path platformDefault(Map<String, String> env, String osName, Path userHome) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = env.get("APPDATA");
            return appData != null && !appData.isBlank()
                    ? Path.of(appData, "Roundtable")
                    : userHome.resolve("AppData").resolve("Roaming").resolve("Roundtable");
        }
        if (os.contains("mac")) {
            return userHome.resolve("Library").resolve("Application Support").resolve("Roundtable");
        }
        String xdg = env.get("XDG_DATA_HOME");
        return xdg != null && !xdg.isBlank()
                ? Path.of(xdg, "roundtable")
                : userHome.resolve(".local").resolve("share").resolve("roundtable");
    }

    public Path database() {
        return root.resolve(DATABASE_FILE);
    }

    public Path backups() {
        return root.resolve("backups");
    }

    public Path templates() {
        return root.resolve("templates");
    }

    public Path lockFile() {
        return root.resolve("roundtable.lock");
    }

    /** Where sqlite-jdbc unpacks its native library, so a {@code noexec} temp folder cannot stop the app. */
    public Path nativeLibraries() {
        return root.resolve("native");
    }

    public DataFolder create() throws IOException {
        Files.createDirectories(root);
        Files.createDirectories(backups());
        Files.createDirectories(nativeLibraries());
        return this;
    }

    /** Must run before the first SQLite connection of the process. */
    public void useForNativeLibraries() {
        System.setProperty("org.sqlite.tmpdir", nativeLibraries().toString());
    }
}
