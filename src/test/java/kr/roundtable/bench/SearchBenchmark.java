package kr.roundtable.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

import kr.roundtable.model.Hangul;
import kr.roundtable.model.RosterEntry;
import kr.roundtable.service.GeneratorService;
import kr.roundtable.service.Repositories;
import kr.roundtable.service.RosterService;
import kr.roundtable.storage.DataFolder;
import kr.roundtable.storage.Database;

/**
 * Roster search latency on a large roster: p50 and p95 for one-, two- and three-syllable queries and for 초성 queries,
 * through {@link RosterService#search}, against the floor of a plain indexed lookup (exact name, B-tree index) on
 * the same data in the same run. Not a test: it prints figures.
 *
 * <pre>mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=kr.roundtable.bench.SearchBenchmark
 *     -Dexec.args="/tmp/roundtable-bench 100000"</pre>
 */
public final class SearchBenchmark {
    private static final int QUERIES = 300;
    private static final int WARMUP = 50;

    private SearchBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args.length > 0 ? args[0] : "/tmp/roundtable-bench");
        int people = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        DataFolder data = new DataFolder(folder).create();
        data.useForNativeLibraries();
        boolean fresh = !Files.exists(data.database());
        try (Database db = Database.open(data.database())) {
            Repositories repos = Repositories.over(db);
            if (fresh) {
                System.out.println("generating " + people + " people …");
                new GeneratorService(repos).generate(people, 2_000, 0, 20261121L, (p, d, t) -> { });
            }
            RosterService roster = new RosterService(repos);
            roster.reindexMissing();
            long count = db.read(() -> repos.people().count());
            List<RosterEntry> sample = roster.search("");
            Random random = new Random(7);
            List<String> names = db.read(() -> repos.people().all()).stream().map(p -> p.name()).toList();
            List<String> orgs = roster.organizations().stream().map(o -> o.name()).toList();
            System.out.printf("roster: %,d people, %,d organizations (sample %d)%n", count, orgs.size(), sample.size());

            run("1 syllable", names, random, n -> n.substring(0, 1), roster);
            run("2 syllables", orgs, random, o -> o.substring(0, 2), roster);
            run("2 syllables (given name)", names, random, n -> n.substring(n.length() - 2), roster);
            run("3 syllables (full name)", names, random, n -> n, roster);
            run("초성 of a name", names, random, Hangul::initials, roster);
            run("초성 of 2 syllables", names, random, n -> Hangul.initials(n).substring(0, 2), roster);
            floor(data.database(), names, random);
        }
    }

    private static void run(String label, List<String> source, Random random, Function<String, String> query,
                            RosterService roster) {
        long[] nanos = new long[QUERIES];
        int hits = 0;
        for (int i = -WARMUP; i < QUERIES; i++) {
            String q = query.apply(source.get(random.nextInt(source.size())));
            long start = System.nanoTime();
            int found = roster.search(q).size();
            long took = System.nanoTime() - start;
            if (i >= 0) {
                nanos[i] = took;
                hits += found;
            }
        }
        report(label + " (search)", nanos, hits);
    }

    private static void floor(Path file, List<String> names, Random random) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             PreparedStatement ps = c.prepareStatement("SELECT p.id, p.name, o.name FROM person p LEFT JOIN "
                     + "organization o ON o.id = p.organization_id WHERE p.name = ? LIMIT 201")) {
            long[] nanos = new long[QUERIES];
            int hits = 0;
            for (int i = -WARMUP; i < QUERIES; i++) {
                ps.setString(1, names.get(random.nextInt(names.size())));
                long start = System.nanoTime();
                int found = 0;
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        found++;
                    }
                }
                long took = System.nanoTime() - start;
                if (i >= 0) {
                    nanos[i] = took;
                    hits += found;
                }
            }
            report("floor: exact name, indexed", nanos, hits);
        }
    }

    private static void report(String label, long[] nanos, int hits) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        System.out.printf("%-34s p50 %7.2f ms   p95 %7.2f ms   max %7.2f ms   avg hits %5.1f%n", label,
                sorted[sorted.length / 2] / 1e6, sorted[(int) (sorted.length * 0.95)] / 1e6,
                sorted[sorted.length - 1] / 1e6, hits / (double) nanos.length);
    }
}
