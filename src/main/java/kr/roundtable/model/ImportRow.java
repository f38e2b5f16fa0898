package kr.roundtable.model;

import java.util.Map;

/**
 * One row of an attendee list as it will be stored: its values by field, and what importing it will do. {@code
 * reasonKey} names the message for an error; {@code rowNumber} is the row as the spreadsheet numbers it (1-based).
 */
public record ImportRow(int rowNumber, Map<ImportField, String> values, ImportRowStatus status, String reasonKey,
                        String reasonArg, Long existingPersonId, boolean alreadyInvited) {
    public ImportRow {
        values = Map.copyOf(values);
    }

    public String value(ImportField field) {
        return values.get(field);
    }
}
