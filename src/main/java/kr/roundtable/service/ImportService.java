package kr.roundtable.service;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import kr.roundtable.imports.HeaderDetector;
import kr.roundtable.imports.ImportProblem;
import kr.roundtable.imports.SheetReader;
import kr.roundtable.model.Attendance;
import kr.roundtable.model.ImportField;
import kr.roundtable.model.ImportRow;
import kr.roundtable.model.ImportRowStatus;
import kr.roundtable.model.Organization;
import kr.roundtable.model.OrganizationKinds;
import kr.roundtable.model.Participant;
import kr.roundtable.model.ParticipantRole;
import kr.roundtable.model.Person;
import kr.roundtable.model.PhoneNumbers;
import kr.roundtable.model.Sides;
import kr.roundtable.model.Text;

/**
 * Attendee lists from {@code .xlsx}/{@code .csv}: a preview (header row, column mapping, each row as it will be
 * stored and whether it is new, an update or an error), then the import as one transaction, all or nothing.
 */
public final class ImportService {
    public static final int MAX_CELL_LENGTH = 2_000;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final Repositories repos;

    public ImportService(Repositories repos) {
        this.repos = repos;
    }

    /** A file read and mapped, ready to show; {@code meetingId} is the meeting to invite to, or null. */
    public record Preview(Path file, List<List<String>> grid, int headerRow, Map<Integer, ImportField> columns,
                          Map<Integer, String> labels, List<ImportRow> rows, Long meetingId) {
        public Preview {
            grid = List.copyOf(grid);
            columns = Map.copyOf(columns);
            labels = Map.copyOf(labels);
            rows = List.copyOf(rows);
        }

        public long count(ImportRowStatus status) {
            return rows.stream().filter(r -> r.status() == status).count();
        }

        public boolean hasErrors() {
            return count(ImportRowStatus.ERROR) > 0;
        }
    }

    /** What an import did. */
    public record Result(int created, int updated, int invited, int alreadyInvited) {
    }

    public Preview preview(Path file, Long meetingId) throws ImportProblem {
        List<List<String>> grid = SheetReader.read(file);
        HeaderDetector.Header header = HeaderDetector.detect(grid);
        return classify(file, grid, header.row(), header.columns(), header.labels(), meetingId);
    }

    /** The same file with the header taken at another row (0-based), mapped again. */
    public Preview withHeaderRow(Preview preview, int row) {
        if (row < 0 || row >= preview.grid().size()) {
            throw new Refusal("import.error.headerRow", row + 1);
        }
        HeaderDetector.Header header = HeaderDetector.at(preview.grid(), row);
        return classify(preview.file(), preview.grid(), header.row(), header.columns(), header.labels(),
                preview.meetingId());
    }

    /** The same file with column {@code column} mapped to {@code field} instead. */
    public Preview remap(Preview preview, int column, ImportField field) {
        Map<Integer, ImportField> columns = new HashMap<>(preview.columns());
        if (field != ImportField.IGNORED) {
            columns.replaceAll((c, f) -> f == field ? ImportField.IGNORED : f);
        }
        columns.put(column, field);
        return classify(preview.file(), preview.grid(), preview.headerRow(), columns, preview.labels(),
                preview.meetingId());
    }

    private Preview classify(Path file, List<List<String>> grid, int headerRow, Map<Integer, ImportField> columns,
                             Map<Integer, String> labels, Long meetingId) {
        List<ImportRow> rows = repos.db().read(() -> rows(grid, headerRow, columns, meetingId));
        return new Preview(file, grid, headerRow, columns, labels, rows, meetingId);
    }

    private List<ImportRow> rows(List<List<String>> grid, int headerRow, Map<Integer, ImportField> columns,
                                 Long meetingId) {
        List<ImportRow> rows = new ArrayList<>();
        Map<String, Integer> firstRowOf = new HashMap<>();
        if (grid.size() - headerRow - 1 > SheetReader.MAX_ROWS) {
            throw new Refusal("import.problem.TOO_MANY_ROWS");
        }
        for (int r = headerRow + 1; r < grid.size(); r++) {
            List<String> cells = grid.get(r);
            Map<ImportField, String> values = new EnumMap<>(ImportField.class);
            String tooLong = null;
            for (Map.Entry<Integer, ImportField> e : columns.entrySet()) {
                if (e.getValue() == ImportField.IGNORED || e.getKey() >= cells.size()) {
                    continue;
                }
                String value = Text.blankToNull(cells.get(e.getKey()));
                if (value != null) {
                    if (value.length() > MAX_CELL_LENGTH) {
                        tooLong = e.getValue().name();
                        value = value.substring(0, 40) + "…";
                    }
                    values.put(e.getValue(), value);
                }
            }
            if (values.isEmpty()) {
                continue; // a blank row, or one with only a number in it
            }
            values.computeIfPresent(ImportField.PHONE, (f, v) -> PhoneNumbers.normalize(v));
            values.computeIfPresent(ImportField.NAME, (f, v) -> v.replaceAll("\\s+", " "));
            int rowNumber = r + 1;
            String name = values.get(ImportField.NAME);
            String org = values.get(ImportField.ORGANIZATION);
            String email = values.get(ImportField.EMAIL);
            if (tooLong != null) {
                rows.add(error(rowNumber, values, "import.row.tooLong", String.valueOf(MAX_CELL_LENGTH)));
            } else if (name == null) {
                rows.add(error(rowNumber, values, "import.row.noName", null));
            } else if (email != null && !EMAIL.matcher(email).matches()) {
                rows.add(error(rowNumber, values, "import.row.badEmail", email));
            } else if (firstRowOf.containsKey(name + "\u0000" + org)) {
                rows.add(error(rowNumber, values, "import.row.duplicate",
                        String.valueOf(firstRowOf.get(name + "\u0000" + org))));
            } else {
                firstRowOf.put(name + "\u0000" + org, rowNumber);
                Optional<Person> existing = existing(name, org);
                boolean invited = existing.isPresent() && meetingId != null
                        && repos.meetings().isInvited(meetingId, existing.get().id());
                rows.add(new ImportRow(rowNumber, values, existing.isPresent() ? ImportRowStatus.UPDATE
                        : ImportRowStatus.NEW, null, null, existing.map(Person::id).orElse(null), invited));
            }
        }
        return rows;
    }

    private Optional<Person> existing(String name, String org) {
        Long orgId = org == null ? null : repos.organizations().findByName(org).map(Organization::id).orElse(null);
        if (org != null && orgId == null) {
            return Optional.empty();
        }
        return repos.people().findByNameAndOrganization(name, orgId);
    }

    private static ImportRow error(int rowNumber, Map<ImportField, String> values, String key, String arg) {
        return new ImportRow(rowNumber, values, ImportRowStatus.ERROR, key, arg, null, false);
    }

    /**
     * Imports every row in one transaction: new people are added, existing ones get the values the file has, and
     * with a meeting everyone not yet invited is invited. Refused, with nothing written, when any row has an error.
     */
    public Result apply(Preview preview) {
        return repos.db().write(() -> {
            List<ImportRow> rows = rows(preview.grid(), preview.headerRow(), preview.columns(), preview.meetingId());
            long errors = rows.stream().filter(r -> r.status() == ImportRowStatus.ERROR).count();
            if (errors > 0) {
                throw new Refusal("import.error.rowsWithErrors", errors);
            }
            if (!preview.columns().containsValue(ImportField.NAME)) {
                throw new Refusal("import.error.noNameColumn");
            }
            int created = 0;
            int updated = 0;
            int invited = 0;
            int already = 0;
            for (ImportRow row : rows) {
                String orgName = row.value(ImportField.ORGANIZATION);
                Organization org = orgName == null ? null
                        : repos.organizations().findOrCreate(orgName, OrganizationKinds.guess(orgName));
                Person person;
                if (row.existingPersonId() != null) {
                    Person old = repos.people().find(row.existingPersonId()).orElseThrow();
                    person = new Person(old.id(), old.name(), old.organizationId(),
                            or(row.value(ImportField.DEPARTMENT), old.department()),
                            or(row.value(ImportField.TITLE), old.title()), old.rank(),
                            or(row.value(ImportField.PHONE), old.phone()), or(row.value(ImportField.EMAIL), old.email()),
                            old.note(), old.birthYear());
                    repos.people().update(person);
                    updated++;
                } else {
                    person = repos.people().insert(new Person(0, row.value(ImportField.NAME),
                            org == null ? null : org.id(), row.value(ImportField.DEPARTMENT),
                            row.value(ImportField.TITLE), null, row.value(ImportField.PHONE),
                            row.value(ImportField.EMAIL), null, null));
                    created++;
                }
                if (preview.meetingId() != null) {
                    if (repos.meetings().isInvited(preview.meetingId(), person.id())) {
                        already++;
                    } else {
                        repos.meetings().insertParticipant(new Participant(0, preview.meetingId(), person.id(),
                                Sides.defaultFor(org == null ? null : org.kind()), ParticipantRole.ATTENDEE,
                                Attendance.INVITED, null, person.title(), orgName));
                        invited++;
                    }
                }
            }
            return new Result(created, updated, invited, already);
        });
    }

    private static String or(String preferred, String fallback) {
        return preferred != null ? preferred : fallback;
    }
}
