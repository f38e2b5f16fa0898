package kr.roundtable.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Titles (직위) to precedence levels: lower is more senior. Government and company titles share one scale so the
 * two sides can be ranked together. A title not in the table matches the longest known title it contains
 * ("제2차관" → 차관); an unknown one ranks last. Heads of organizations (기관장) are marked.
 */
public final class TitleLevels {
    /** One row of the table. */
    public record Level(String title, int level, boolean head) {
    }

    public static final int UNKNOWN = 999;

    private final Map<String, Level> byTitle = new LinkedHashMap<>();

    public TitleLevels(List<Level> levels) {
        for (Level l : levels) {
            byTitle.put(l.title(), l);
        }
    }

    /** The shipped table: sensible Korean defaults the organizer can edit. */
    public static List<Level> defaults() {
        Object[][] rows = {
                {"대통령", 1, true}, {"국무총리", 2, true}, {"장관", 10, true}, {"위원장", 12, true}, {"차관", 20, false},
                {"청장", 21, true}, {"처장", 21, true}, {"차관보", 25, false}, {"실장", 30, false}, {"국장", 40, false},
                {"심의관", 42, false}, {"과장", 60, false}, {"서기관", 65, false}, {"사무관", 70, false},
                {"주무관", 80, false},
                {"회장", 12, true}, {"이사장", 14, true}, {"부회장", 18, false}, {"총장", 20, true}, {"원장", 22, true},
                {"대표이사", 22, true}, {"대표", 23, true}, {"사장", 24, true}, {"부원장", 28, false}, {"부사장", 32, false},
                {"전무", 36, false}, {"상무", 42, false}, {"본부장", 44, false}, {"단장", 44, false}, {"센터장", 46, true},
                {"교수", 45, false}, {"이사", 48, false}, {"파트너", 48, false}, {"연구위원", 50, false},
                {"수석연구원", 52, false}, {"부장", 58, false}, {"팀장", 62, false}, {"책임연구원", 62, false},
                {"차장", 66, false}, {"선임연구원", 68, false}, {"대리", 80, false}, {"연구원", 82, false},
                {"주임", 84, false}, {"사원", 90, false}, {"대학원생", 92, false}, {"학생", 94, false}};
        return java.util.Arrays.stream(rows).map(r -> new Level((String) r[0], (Integer) r[1], (Boolean) r[2]))
                .toList();
    }

    public static TitleLevels standard() {
        return new TitleLevels(defaults());
    }

    public Optional<Level> find(String title) {
        if (title == null || title.isBlank()) {
            return Optional.empty();
        }
        String t = title.replace(" ", "");
        Level exact = byTitle.get(t);
        if (exact != null) {
            return Optional.of(exact);
        }
        Level best = null;
        for (Level l : byTitle.values()) {
            if (t.contains(l.title()) && (best == null || l.title().length() > best.title().length())) {
                best = l;
            }
        }
        return Optional.ofNullable(best);
    }

    public int level(String title) {
        return find(title).map(Level::level).orElse(UNKNOWN);
    }

    public boolean isHead(String title) {
        return find(title).map(Level::head).orElse(false);
    }

    public List<Level> all() {
        return List.copyOf(byTitle.values());
    }
}
