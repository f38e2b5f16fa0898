package kr.roundtable.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kr.roundtable.testutil.TestDatabase;

class SettingsServiceTest {
    @TempDir
    Path dir;

    @Test
    void languageAndWindowAreRememberedAcrossRestarts() {
        Repositories repos = TestDatabase.repositories(dir);
        SettingsService settings = new SettingsService(repos);
        settings.setLanguage("en");
        settings.setWindow(new SettingsService.WindowGeometry(10, 20, 1000, 700, false));
        repos.db().close();

        Repositories again = TestDatabase.repositories(dir);
        try {
            SettingsService reopened = new SettingsService(again);
            assertEquals(Optional.of("en"), reopened.language());
            assertEquals(Optional.of(new SettingsService.WindowGeometry(10, 20, 1000, 700, false)), reopened.window());
        } finally {
            again.db().close();
        }
    }

    @Test
    void unknownLanguageIsRefused() {
        Repositories repos = TestDatabase.repositories(dir);
        try {
            assertThrows(IllegalArgumentException.class, () -> new SettingsService(repos).setLanguage("fr"));
        } finally {
            repos.db().close();
        }
    }
}
