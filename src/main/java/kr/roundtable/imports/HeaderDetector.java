package kr.roundtable.imports;

import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import kr.roundtable.model.ImportField;

/**
 * Finds the header row of an attendee list (the row among the first ones whose cells best match known headers, in
 * Korean or English: 성명/이름, 소속/기관/회사명, 부서, 직위/직책/직급, 연락처/전화/휴대폰, 이메일/E-mail) and maps each column to a
 * field. A second header row under a merged one ("연락처" over "전화 | 이메일") refines the first.
 */
public final class HeaderDetector {
    static final int SCAN_ROWS = 15;
    private static final Map<ImportField, List<String>> SYNONYMS = new LinkedHashMap<>();

    static {
        // order matters: the more specific words are tried first ("소속부서" is a department, "이메일" not just "메일")
        SYNONYMS.put(ImportField.EMAIL, List.of("이메일", "전자우편", "e-mail", "email", "메일", "mail"));
        SYNONYMS.put(ImportField.PHONE, List.of("휴대폰", "휴대전화", "핸드폰", "연락처", "전화", "phone", "mobile", "tel", "contact"));
        SYNONYMS.put(ImportField.DEPARTMENT, List.of("부서", "department", "dept", "division"));
        SYNONYMS.put(ImportField.TITLE, List.of("직위", "직책", "직급", "title", "position", "rank"));
        SYNONYMS.put(ImportField.NAME, List.of("성명", "이름", "참석자", "참가자", "name"));
        SYNONYMS.put(ImportField.ORGANIZATION, List.of("소속", "기관", "회사", "기업", "업체", "단체", "organization",
                "organisation", "company", "affiliation", "org"));
        SYNONYMS.put(ImportField.IGNORED, List.of("연번", "순번", "번호", "no", "#", "비고", "note", "remark"));
    }

    private HeaderDetector() {
    }

    /** The detected header: its row (0-based) and the field of each column. */
    public record Header(int row, Map<Integer, ImportField> columns, Map<Integer, String> labels) {
        public Header {
            columns = Map.copyOf(columns);
            labels = Map.copyOf(labels);
        }
    }

    public static Header detect(List<List<String>> grid) throws ImportProblem {
        int best = -1;
        int bestScore = 0;
        for (int r = 0; r < Math.min(SCAN_ROWS, grid.size()); r++) {
            int score = score(grid.get(r));
            if (score > bestScore) {
                best = r;
                bestScore = score;
            }
        }
        if (best < 0 || bestScore < 2 || !mapRow(grid.get(best)).containsValue(ImportField.NAME)) {
            throw new ImportProblem(ImportProblem.Kind.NO_HEADER, null, null);
        }
        return at(grid, best);
    }

    /** The header taken at a row the user chose. */
    public static Header at(List<List<String>> grid, int row) {
        Map<Integer, ImportField> columns = new LinkedHashMap<>(mapRow(grid.get(row)));
        Map<Integer, String> labels = new LinkedHashMap<>();
        List<String> cells = grid.get(row);
        for (int c = 0; c < cells.size(); c++) {
            labels.put(c, cells.get(c));
        }
        int headerRow = row;
        if (row + 1 < grid.size()) {
            List<String> below = grid.get(row + 1);
            Map<Integer, ImportField> refined = mapRow(below);
            // a sub-header holds only header words; a data row always has a cell that is none (a name)
            boolean isSubHeader = refined.values().stream().anyMatch(f -> f != ImportField.IGNORED);
            for (int c = 0; c < below.size() && isSubHeader; c++) {
                if (!below.get(c).isEmpty() && !refined.containsKey(c)) {
                    isSubHeader = false;
                }
            }
            if (isSubHeader) {
                refined.forEach((c, field) -> {
                    columns.put(c, field);
                    labels.put(c, c < cells.size() && !cells.get(c).equals(below.get(c)) && !cells.get(c).isEmpty()
                            ? cells.get(c) + " / " + below.get(c) : below.get(c));
                });
                headerRow = row + 1;
            }
        }
        int width = Math.max(cells.size(), headerRow < grid.size() ? grid.get(headerRow).size() : 0);
        for (int c = 0; c < width; c++) {
            columns.putIfAbsent(c, ImportField.IGNORED);
            labels.putIfAbsent(c, "");
        }
        // a field claimed by two columns keeps the first; the second is ignored unless the user says otherwise
        Map<ImportField, Integer> seen = new LinkedHashMap<>();
        for (Map.Entry<Integer, ImportField> e : new java.util.TreeMap<>(columns).entrySet()) {
            if (e.getValue() != ImportField.IGNORED && seen.putIfAbsent(e.getValue(), e.getKey()) != null) {
                columns.put(e.getKey(), ImportField.IGNORED);
            }
        }
        return new Header(headerRow, columns, labels);
    }

    private static int score(List<String> row) {
        Map<Integer, ImportField> mapped = mapRow(row);
        return (int) mapped.values().stream().filter(f -> f != ImportField.IGNORED).distinct().count();
    }

    private static Map<Integer, ImportField> mapRow(List<String> row) {
        Map<Integer, ImportField> mapped = new LinkedHashMap<>();
        for (int c = 0; c < row.size(); c++) {
            int column = c;
            field(row.get(c)).ifPresent(f -> mapped.put(column, f));
        }
        return mapped;
    }

    /** The field a header cell names, if any. */
    public static Optional<ImportField> field(String header) {
        String h = Normalizer.normalize(header, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).replaceAll("\\s+", "");
        if (h.isEmpty() || h.length() > 30) {
            return Optional.empty();
        }
        for (Map.Entry<ImportField, List<String>> e : SYNONYMS.entrySet()) {
            for (String word : e.getValue()) {
                boolean matches = word.length() <= 3 && word.chars().allMatch(ch -> ch < 128)
                        ? h.equals(word) || h.equals(word + ".") || h.startsWith(word + "(")
                        : h.contains(word);
                if (matches) {
                    return Optional.of(e.getKey());
                }
            }
        }
        return Optional.empty();
    }
}
