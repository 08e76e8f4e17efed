package com.psynergybilling.leads.imports.control;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * An RFC 4180 reader: comma-separated fields, CRLF or LF line ends, fields in double quotes may hold
 * commas, line breaks and doubled quotes. Strict where the RFC is: a quote inside an unquoted field,
 * text after a closing quote and an unterminated quote are errors naming the line. Lines with nothing
 * on them are skipped. Small enough to own: a dependency would add a jar to the WAR for 100 lines.
 */
public final class CsvReader implements Iterator<CsvReader.Record> {

    /** One record and the line it starts on (1 for the first line of the file). */
    public record Record(int line, List<String> fields) {
    }

    /** The file is not CSV from {@code line} on. */
    public static final class MalformedCsv extends RuntimeException {
        private final int line;

        public MalformedCsv(int line, String message) {
            super("line " + line + ": " + message, null, false, false);
            this.line = line;
        }

        public int line() {
            return line;
        }
    }

    private final String text;
    private final int maxFieldLength;
    private int at;
    private int line = 1;
    private Record next;

    /** {@code maxFieldLength} bounds one field, so a runaway quote cannot fill the memory twice over. */
    public CsvReader(String text, int maxFieldLength) {
        this.text = text.startsWith("\uFEFF") ? text.substring(1) : text;
        this.maxFieldLength = maxFieldLength;
    }

    @Override
    public boolean hasNext() {
        if (next == null) {
            next = read();
        }
        return next != null;
    }

    @Override
    public Record next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        Record record = next;
        next = null;
        return record;
    }

    private Record read() {
        while (at < text.length() && lineEndLength() > 0) {
            at += lineEndLength();
            line++;
        }
        if (at >= text.length()) {
            return null;
        }
        int start = line;
        var fields = new ArrayList<String>();
        while (true) {
            fields.add(text.charAt(at) == '"' ? quoted(start) : plain());
            if (at >= text.length()) {
                return new Record(start, fields);
            }
            int end = lineEndLength();
            if (end > 0) {
                at += end;
                line++;
                return new Record(start, fields);
            }
            at++; // the comma
            if (at >= text.length()) {
                fields.add("");
                return new Record(start, fields);
            }
        }
    }

    private String plain() {
        int from = at;
        while (at < text.length() && text.charAt(at) != ',' && lineEndLength() == 0) {
            if (text.charAt(at) == '"') {
                throw new MalformedCsv(line, "a quote inside a field that does not start with one");
            }
            at++;
        }
        check(at - from);
        return text.substring(from, at);
    }

    private String quoted(int start) {
        var field = new StringBuilder();
        at++;
        while (true) {
            if (at >= text.length()) {
                throw new MalformedCsv(start, "a quoted field is never closed");
            }
            char c = text.charAt(at);
            if (c == '"') {
                if (at + 1 < text.length() && text.charAt(at + 1) == '"') {
                    field.append('"');
                    at += 2;
                    continue;
                }
                at++;
                if (at < text.length() && text.charAt(at) != ',' && lineEndLength() == 0) {
                    throw new MalformedCsv(line, "text after a closing quote");
                }
                return field.toString();
            }
            if (c == '\n') {
                line++;
            }
            field.append(c);
            at++;
            check(field.length());
        }
    }

    private void check(int length) {
        if (length > maxFieldLength) {
            throw new MalformedCsv(line, "a field longer than " + maxFieldLength + " characters");
        }
    }

    /** 2 at CRLF, 1 at LF or a lone CR, else 0. */
    private int lineEndLength() {
        char c = text.charAt(at);
        if (c == '\n') {
            return 1;
        }
        if (c == '\r') {
            return at + 1 < text.length() && text.charAt(at + 1) == '\n' ? 2 : 1;
        }
        return 0;
    }
}
