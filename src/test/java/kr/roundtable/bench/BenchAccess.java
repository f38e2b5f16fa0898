package kr.roundtable.bench;

import java.util.List;

import kr.roundtable.storage.Database;

/** What the benchmarks need from storage that the app never asks for. */
final class BenchAccess {
    private BenchAccess() {
    }

    static long followUps(Database db) {
        return kr.roundtable.storage.StorageTestAccess.count(db, "SELECT count(*) FROM follow_up");
    }

    static List<Long> remarkIds(Database db, int limit) {
        return kr.roundtable.storage.StorageTestAccess.ids(db, "SELECT id FROM remark ORDER BY id LIMIT " + limit);
    }
}
