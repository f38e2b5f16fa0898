package kr.roundtable.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kr.roundtable.model.Person;
import kr.roundtable.testutil.TestDatabase;

class GeneratorServiceTest {
    @TempDir
    Path dir;

    @Test
    void generatesTheAskedCountsWithProgressPerBatch() {
        Repositories repos = TestDatabase.repositories(dir);
        try {
            List<String> progress = new ArrayList<>();
            new GeneratorService(repos).generate(7_000, 12, 6_000, 1L,
                    (phase, done, total) -> progress.add(phase + " " + done + "/" + total));
            assertEquals(7_000L, repos.db().read(() -> repos.people().count()));
            assertEquals(12L, repos.db().read(() -> repos.meetings().count()));
            assertEquals(6_000L, repos.db().read(() -> repos.remarks().count()));
            assertEquals(List.of("people 5000/7000", "people 7000/7000", "meetings 12/12", "remarks 5000/6000",
                    "remarks 6000/6000"), progress);
        } finally {
            repos.db().close();
        }
    }

    @Test
    void peopleHaveKoreanNamesAndUniquePhones() {
        Repositories repos = TestDatabase.repositories(dir);
        try {
            new GeneratorService(repos).generate(300, 1, 0, 7L, (p, d, t) -> { });
            List<Person> people = repos.db().read(() -> repos.people().all());
            assertTrue(people.stream().allMatch(p -> p.name().matches("[가-힣]{3,4}")), people.get(0).name());
            assertEquals(300L, people.stream().map(Person::phone).distinct().count());
        } finally {
            repos.db().close();
        }
    }

    @Test
    void remarksWithoutMeetingsAreRefused() {
        Repositories repos = TestDatabase.repositories(dir);
        try {
            assertThrows(IllegalArgumentException.class,
                    () -> new GeneratorService(repos).generate(10, 0, 5, 1L, (p, d, t) -> { }));
        } finally {
            repos.db().close();
        }
    }

    @Test
    void namesUseKoreanSurnames() {
        String name = GeneratorService.koreanName(new Random(3));
        assertTrue(name.matches("[가-힣]{3,4}"), name);
    }
}
