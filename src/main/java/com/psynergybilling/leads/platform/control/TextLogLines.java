package com.psynergybilling.leads.platform.control;

import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.LogRecord;

/**
 * Text log lines (LEADS_LOG_FORMAT=text) as the container's own formatter writes them, with the id of
 * the request being served in front of the message ({@code [requestId=...] message}); lines written
 * outside a request are the container's, unchanged. The id is one {@link RequestIds} accepted, so it
 * cannot break or forge a line.
 */
public class TextLogLines extends Formatter {

    private final Formatter plain;

    public TextLogLines(Formatter plain) {
        this.plain = plain;
    }

    @Override
    public String format(LogRecord record) {
        var id = RequestIds.current();
        return id.isEmpty() ? plain.format(record) : plain.format(withId(record, id.get()));
    }

    @Override
    public String getHead(Handler handler) {
        return plain.getHead(handler);
    }

    @Override
    public String getTail(Handler handler) {
        return plain.getTail(handler);
    }

    /**
     * A copy of the record whose message is the original, already localized and filled in, behind the
     * id: the record itself is shared with the other handlers and stays as it is. The message is filled
     * in by {@link Formatter}'s own {@code formatMessage}: Payara's formatters answer that with the
     * whole line.
     */
    private LogRecord withId(LogRecord record, String id) {
        var copy = new LogRecord(record.getLevel(), "[requestId=" + id + "] " + formatMessage(record));
        copy.setLoggerName(record.getLoggerName());
        copy.setInstant(record.getInstant());
        copy.setSequenceNumber(record.getSequenceNumber());
        copy.setSourceClassName(record.getSourceClassName());
        copy.setSourceMethodName(record.getSourceMethodName());
        copy.setLongThreadID(record.getLongThreadID());
        copy.setThrown(record.getThrown());
        return copy;
    }
}
