package kr.roundtable.model;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The press photo caption in the form the articles use: "(왼쪽부터) 홍길동 ○○협회 회장, 김철수 ○○부 차관, …" — name,
 * organization, title — for people standing in a line, listed left to right as seen in the photo.
 */
public final class PhotoCaption {
    private PhotoCaption() {
    }

    /** One person in the line. */
    public record Person(String name, String organization, String title) {
    }

    public static String of(List<Person> leftToRight) {
        return "(왼쪽부터) " + leftToRight.stream()
                .map(p -> String.join(" ", List.of(p.name(), nz(p.organization()), nz(p.title())).stream()
                        .filter(s -> !s.isEmpty()).toList()))
                .collect(Collectors.joining(", "));
    }

    /**
     * The default line: by precedence with the chair in the middle; the next in rank stands on the chair's right,
     * which is the left of the photo, then left, alternating (reversed when the host seats left first).
     */
    public static <T> List<T> standingLine(List<T> ranked, boolean rightFirst) {
        List<T> line = new ArrayList<>();
        for (int i = 0; i < ranked.size(); i++) {
            boolean toPhotoLeft = (i % 2 == 1) == rightFirst;
            if (i == 0) {
                line.add(ranked.get(0));
            } else if (toPhotoLeft) {
                line.add(0, ranked.get(i));
            } else {
                line.add(ranked.get(i));
            }
        }
        return line;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
