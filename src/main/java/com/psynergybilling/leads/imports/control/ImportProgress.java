package com.psynergybilling.leads.imports.control;

import com.psynergybilling.leads.imports.entity.LineError;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * An import's counts and its first {@link #MAX_ERRORS} line errors, kept in memory by the run and
 * written with each chunk, in the chunk's transaction: what is committed and what the counts say
 * never disagree, so progress is true while it runs and a resumed import starts where it stopped.
 */
public final class ImportProgress {

    public static final int MAX_ERRORS = 1000;
    private static final Jsonb JSON = JsonbBuilder.create();

    private final String importId;
    private int read;
    private int accepted;
    private int refused;
    private final List<LineError> errors;

    public ImportProgress(String importId, int read, int accepted, int refused, String errorsJson) {
        this.importId = importId;
        this.read = read;
        this.accepted = accepted;
        this.refused = refused;
        this.errors = new ArrayList<>(parse(errorsJson));
    }

    public static List<LineError> parse(String errorsJson) {
        if (errorsJson == null || errorsJson.isBlank()) {
            return List.of();
        }
        return List.of(JSON.fromJson(errorsJson, LineError[].class));
    }

    /** A chunk's outcome, not yet saved: rows read, rows stored, and the refused rows' errors. */
    public ImportProgress counted(int rows, int stored, int refusedRows, List<LineError> rowErrors) {
        var next = new ImportProgress(importId, read + rows, accepted + stored, refused + refusedRows, null);
        next.errors.addAll(errors);
        for (LineError error : rowErrors) {
            if (next.errors.size() < MAX_ERRORS) {
                next.errors.add(error);
            }
        }
        return next;
    }

    public void save(Connection db, Instant now) throws SQLException {
        try (var update = db.prepareStatement("update imports set rows_read = ?, rows_accepted = ?, rows_refused = ?,"
                + " errors = ?, updated_at = ? where id = ?")) {
            update.setInt(1, read);
            update.setInt(2, accepted);
            update.setInt(3, refused);
            update.setString(4, errors.isEmpty() ? null : JSON.toJson(errors));
            update.setObject(5, LeadWriter.time(now));
            update.setString(6, importId);
            update.executeUpdate();
        }
    }

    public String importId() {
        return importId;
    }

    public int read() {
        return read;
    }

    public int accepted() {
        return accepted;
    }

    public int refused() {
        return refused;
    }
}
