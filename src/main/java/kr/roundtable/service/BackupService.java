package kr.roundtable.service;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import kr.roundtable.storage.Backups;
import kr.roundtable.storage.DatabaseProblem;

/** Backups on demand, the daily one, and restore (which first backs up what is there now). */
public final class BackupService {
    private final Repositories repos;
    private final Backups backups;
    private final Clock clock;

    public BackupService(Repositories repos, Backups backups, Clock clock) {
        this.repos = repos;
        this.backups = backups;
        this.clock = clock;
    }

    public Path backupNow() {
        return backups.create(repos.db(), LocalDateTime.now(clock));
    }

    public Optional<Path> dailyIfDue() {
        return backups.createDailyIfDue(repos.db(), LocalDateTime.now(clock));
    }

    public List<Path> backups() {
        return backups.list();
    }

    public Path folder() {
        return backups.folder();
    }

    /** Restores {@code backup}; returns the backup made of the content it replaced. */
    public Path restore(Path backup) {
        try {
            return backups.restore(repos.db(), backup, LocalDateTime.now(clock));
        } catch (DatabaseProblem problem) {
            throw new RestoreRefused(backup, problem.kind().name(), problem);
        }
    }

    /** The chosen file cannot be restored; {@code reason} is DAMAGED, NOT_A_DATABASE, NEWER_SCHEMA or UNREADABLE. */
    public static final class RestoreRefused extends RuntimeException {
        private final Path file;
        private final String reason;

        RestoreRefused(Path file, String reason, Throwable cause) {
            super(reason + ": " + file, cause);
            this.file = file;
            this.reason = reason;
        }

        public Path file() {
            return file;
        }

        public String reason() {
            return reason;
        }
    }
}
