package com.psynergybilling.leads.platform.control;

import jakarta.json.Json;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.util.logging.Formatter;
import java.util.logging.LogRecord;

/** One JSON object per log line (LEADS_LOG_FORMAT=json), with the id of the request being served. */
public class JsonLogLines extends Formatter {

    @Override
    public String format(LogRecord record) {
        var line = Json.createObjectBuilder()
                .add("time", Instant.ofEpochMilli(record.getMillis()).toString())
                .add("level", record.getLevel().getName())
                .add("logger", record.getLoggerName() == null ? "" : record.getLoggerName())
                .add("message", String.valueOf(formatMessage(record)));
        RequestIds.current().ifPresent(id -> line.add("requestId", id));
        if (record.getThrown() != null) {
            var trace = new StringWriter();
            record.getThrown().printStackTrace(new PrintWriter(trace));
            line.add("thrown", trace.toString());
        }
        return line.build().toString() + System.lineSeparator();
    }
}
