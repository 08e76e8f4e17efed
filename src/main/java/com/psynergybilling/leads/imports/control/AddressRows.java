package com.psynergybilling.leads.imports.control;

import com.psynergybilling.leads.imports.entity.LineError;
import com.psynergybilling.leads.people.entity.EmailAddress;
import com.psynergybilling.leads.platform.control.ProblemException;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;

/**
 * The addresses of a suppression file: one a line as plain text, or the {@code email} column of a
 * CSV file (other columns are ignored). A line that holds no address is reported by its number only.
 */
public final class AddressRows implements Iterator<AddressRows.Address> {

    /** A line's address, or its error. */
    public record Address(int line, EmailAddress email, LineError error) {
    }

    private final Iterator<CsvReader.Record> records;
    private final int column;

    private AddressRows(Iterator<CsvReader.Record> records, int column) {
        this.records = records;
        this.column = column;
    }

    /** Plain text, one address a line: each line is read whole, commas and quotes included. */
    public static AddressRows plain(String text) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        String[] lines = body.split("\r\n|\n|\r", -1);
        Iterator<CsvReader.Record> records = new Iterator<CsvReader.Record>() {
            int at = skipBlank(0);

            private int skipBlank(int from) {
                int i = from;
                while (i < lines.length && lines[i].isBlank()) {
                    i++;
                }
                return i;
            }

            @Override
            public boolean hasNext() {
                return at < lines.length;
            }

            @Override
            public CsvReader.Record next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                var record = new CsvReader.Record(at + 1, List.of(lines[at]));
                at = skipBlank(at + 1);
                return record;
            }
        };
        return new AddressRows(records, 0);
    }

    /** CSV with a header naming an {@code email} column (any case). */
    public static AddressRows csv(String text, int maxFieldLength) {
        var reader = new CsvReader(text, maxFieldLength);
        if (!reader.hasNext()) {
            throw ProblemException.badRequest("The file is empty.");
        }
        var header = reader.next().fields().stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
        int column = header.indexOf("email");
        if (column < 0) {
            throw ProblemException.badRequest("Line 1: the header has no email column.");
        }
        return new AddressRows(reader, column);
    }

    @Override
    public boolean hasNext() {
        return records.hasNext();
    }

    @Override
    public Address next() {
        var record = records.next();
        if (column >= record.fields().size()) {
            return new Address(record.line(), null, new LineError(record.line(), "email", "the row has no email field"));
        }
        String raw = record.fields().get(column);
        if (!EmailAddress.isValid(raw)) {
            return new Address(record.line(), null, new LineError(record.line(), "email", "is not an email address"));
        }
        return new Address(record.line(), EmailAddress.of(raw), null);
    }
}
