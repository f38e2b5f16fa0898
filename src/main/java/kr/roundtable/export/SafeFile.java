package kr.roundtable.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Every export is written to a temporary file in the target folder and moved into place only when complete, so a
 * crash or a full disk never leaves a truncated document or destroys the previous one.
 */
public final class SafeFile {
    private SafeFile() {
    }

    /** Writes the content of a file. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    public static Path write(Path target, Content content) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        Path temp = Files.createTempFile(folder, "." + target.getFileName() + ".", ".part");
        try {
            // a plain file stream: an interrupt must not close the channel under a writer halfway through
            try (OutputStream out = new java.io.BufferedOutputStream(new java.io.FileOutputStream(temp.toFile()))) {
                content.writeTo(out);
            }
            Cancellation.check();
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            return target;
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** A file name made from a meeting title that Windows and macOS both accept. */
    public static String safeName(String name) {
        String cleaned = name.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").replaceAll("\\s+", " ").strip();
        cleaned = cleaned.replaceAll("[. ]+$", "");
        if (cleaned.isEmpty()) {
            cleaned = "roundtable";
        }
        if (cleaned.matches("(?i)(CON|PRN|AUX|NUL|COM[1-9]|LPT[1-9])(\\..*)?")) {
            cleaned = "_" + cleaned;
        }
        return cleaned.length() > 120 ? cleaned.substring(0, 120) : cleaned;
    }
}
