package kr.roundtable.testutil;

import java.nio.file.Path;

import kr.roundtable.service.Repositories;
import kr.roundtable.storage.DataFolder;
import kr.roundtable.storage.Database;
import kr.roundtable.storage.DatabaseProblem;

/** A real SQLite file with the real migrations, in a test's temporary folder. */
public final class TestDatabase {
    private TestDatabase() {
    }

    public static Database open(Path folder) {
        DataFolder data = new DataFolder(folder);
        try {
            data.create();
            data.useForNativeLibraries();
            return Database.open(data.database());
        } catch (java.io.IOException | DatabaseProblem e) {
            throw new IllegalStateException("cannot open a test database in " + folder, e);
        }
    }

    public static Repositories repositories(Path folder) {
        return Repositories.over(open(folder));
    }
}
