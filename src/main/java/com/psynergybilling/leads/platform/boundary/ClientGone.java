package com.psynergybilling.leads.platform.boundary;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.PrintWriter;
import java.io.Writer;

/**
 * The answer to a client that hung up while sending its body. {@link BodySizeLimit} marks the request
 * ({@link #mark}); from then on the answer keeps its status and headers but writes no body, so the
 * failed write to the closed connection does not turn into a container error page and two stack
 * traces in the log. The refusal itself is logged once, by RefusedBodies.
 */
final class ClientGone extends HttpServletResponseWrapper {

    private static final String ATTRIBUTE = ClientGone.class.getName();

    private final ServletRequest request;

    ClientGone(ServletRequest request, HttpServletResponse response) {
        super(response);
        this.request = request;
    }

    static void mark(ServletRequest request) {
        request.setAttribute(ATTRIBUTE, Boolean.TRUE);
    }

    private boolean gone() {
        return request.getAttribute(ATTRIBUTE) != null;
    }

    @Override
    public ServletOutputStream getOutputStream() throws java.io.IOException {
        return gone() ? Nowhere.STREAM : super.getOutputStream();
    }

    @Override
    public PrintWriter getWriter() throws java.io.IOException {
        return gone() ? new PrintWriter(Writer.nullWriter()) : super.getWriter();
    }

    @Override
    public void flushBuffer() throws java.io.IOException {
        if (!gone()) {
            super.flushBuffer();
        }
    }

    /** A body written nowhere. */
    private static final class Nowhere extends ServletOutputStream {

        static final Nowhere STREAM = new Nowhere();

        @Override
        public void write(int b) {
        }

        @Override
        public void write(byte[] b, int off, int len) {
        }

        @Override
        public boolean isReady() {
            return true;
        }

        @Override
        public void setWriteListener(WriteListener listener) {
        }
    }
}
