package kr.roundtable.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import kr.roundtable.model.Labelled;

/**
 * Every key the code uses is in both bundles, and every key in a bundle is used. Keys are found as literal
 * {@code text("…")} calls, {@code "%…"} in FXML, picocli {@code descriptionKey}s and command names, and the labels of
 * every {@link Labelled} enum.
 */
class LocalizationTest {
    private static final Path MAIN = Path.of("src/main");
    private static final Pattern CODE_KEY = Pattern.compile("text\\(\\s*\"([A-Za-z0-9_.]+)\"");
    private static final Pattern PREFIX_KEY = Pattern.compile("text\\(\\s*\"([A-Za-z0-9_.]+\\.)\"\\s*\\+");
    private static final Pattern FXML_KEY = Pattern.compile("\"%([A-Za-z0-9_.]+)\"");
    private static final Pattern DESCRIPTION_KEY = Pattern.compile("descriptionKey\\s*=\\s*\"([A-Za-z0-9_.]+)\"");
    private static final Pattern REFUSAL_KEY = Pattern.compile("Refusal\\(\\s*\"([A-Za-z0-9_.]+)\"");
    private static final Pattern ROW_REASON_KEY = Pattern.compile("\"(import\\.row\\.[A-Za-z]+)\"");
    private static final Pattern COMMAND_NAME = Pattern.compile("@Command\\(name\\s*=\\s*\"([a-z]+)\"");
    private static final Set<String> PICOCLI_KEYS = Set.of("usage.description", "mixinStandardHelpOptions.help",
            "mixinStandardHelpOptions.version");

    static Properties bundle(String name) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(MAIN.resolve("resources/kr/roundtable/i18n/" + name),
                StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }

    static String sources() throws IOException {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path f : files.filter(f -> f.toString().endsWith(".java") || f.toString().endsWith(".fxml")).toList()) {
                all.append(Files.readString(f, StandardCharsets.UTF_8)).append('\n');
            }
        }
        return all.toString();
    }

    static Set<String> usedKeys(String sources) throws Exception {
        Set<String> used = new TreeSet<>(PICOCLI_KEYS);
        for (Pattern p : new Pattern[] {CODE_KEY, FXML_KEY, DESCRIPTION_KEY, REFUSAL_KEY, ROW_REASON_KEY}) {
            Matcher m = p.matcher(sources);
            while (m.find()) {
                if (!m.group(1).endsWith(".")) {
                    used.add(m.group(1));
                }
            }
        }
        Matcher commands = COMMAND_NAME.matcher(sources);
        while (commands.find()) {
            if (commands.group(1).equals("roundtable")) {
                continue; // the root command's description is plain usage.description
            }
            used.add("roundtable." + commands.group(1) + ".usage.description");
        }
        try (Stream<Path> files = Files.walk(MAIN.resolve("java/kr/roundtable/model"))) {
            for (Path f : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String name = f.getFileName().toString().replace(".java", "");
                Class<?> type = Class.forName("kr.roundtable.model." + name);
                if (type.isEnum() && Labelled.class.isAssignableFrom(type)) {
                    for (Object constant : type.getEnumConstants()) {
                        used.add(((Labelled) constant).labelKey());
                    }
                }
            }
        }
        return used;
    }

    /** Keys built as {@code text("prefix." + x)}: every bundle key under such a prefix counts as used. */
    static Set<String> usedPrefixes(String sources) {
        Set<String> prefixes = new TreeSet<>();
        Matcher m = PREFIX_KEY.matcher(sources);
        while (m.find()) {
            prefixes.add(m.group(1));
        }
        return prefixes;
    }

    @Test
    void everyUsedKeyIsInBothBundles() throws Exception {
        Set<String> used = usedKeys(sources());
        for (String bundle : new String[] {"messages.properties", "messages_en.properties"}) {
            Set<String> missing = new TreeSet<>(used);
            missing.removeAll(bundle(bundle).stringPropertyNames());
            assertEquals(Set.of(), missing, "missing in " + bundle);
        }
    }

    @Test
    void everyBundleKeyIsUsed() throws Exception {
        String sources = sources();
        Set<String> used = usedKeys(sources);
        Set<String> prefixes = usedPrefixes(sources);
        Set<String> unused = new TreeSet<>(bundle("messages.properties").stringPropertyNames());
        unused.removeAll(used);
        unused.removeIf(key -> prefixes.stream().anyMatch(key::startsWith));
        assertEquals(Set.of(), unused);
    }

    @Test
    void everyDatabaseProblemHasAMessage() throws Exception {
        Properties korean = bundle("messages.properties");
        for (kr.roundtable.storage.DatabaseProblem.Kind kind : kr.roundtable.storage.DatabaseProblem.Kind.values()) {
            assertTrue(korean.containsKey("startup.problem." + kind.name()), kind.name());
        }
    }

    @Test
    void everyImportProblemHasAMessage() throws Exception {
        for (Properties bundle : new Properties[] {bundle("messages.properties"), bundle("messages_en.properties")}) {
            for (kr.roundtable.imports.ImportProblem.Kind kind : kr.roundtable.imports.ImportProblem.Kind.values()) {
                assertTrue(bundle.containsKey("import.problem." + kind.name()), kind.name());
            }
        }
    }

    @Test
    void bothBundlesHaveTheSameKeys() throws Exception {
        assertEquals(new TreeSet<>(bundle("messages.properties").stringPropertyNames()),
                new TreeSet<>(bundle("messages_en.properties").stringPropertyNames()));
    }

    @Test
    void koreanIsTheDefaultAndEnglishTheSecond() {
        assertEquals("간담회", new I18n(Locale.KOREAN).text("nav.meetings"));
        assertEquals("Meetings", new I18n(Locale.ENGLISH).text("nav.meetings"));
        assertEquals("간담회", new I18n(Locale.FRENCH).text("nav.meetings"));
        assertEquals("대리참석", new I18n(Locale.KOREAN).label(kr.roundtable.model.Attendance.SUBSTITUTE));
    }

    @Test
    void koreanBundleReallyIsKorean() throws Exception {
        long hangul = bundle("messages.properties").values().stream()
                .filter(v -> v.toString().codePoints().anyMatch(c -> c >= 0xAC00 && c <= 0xD7A3)).count();
        assertTrue(hangul > 100, "only " + hangul + " Korean values");
    }
}
