package com.psynergybilling.leads.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.ServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

class BodySizeLimitTest {

    @Test
    void aStalledBodyIs408AndABrokenOneIs400() {
        // Grizzly reports a read past the listener's read timeout as an IOException caused by a TimeoutException.
        assertEquals(408, BodySizeLimit.unread(new IOException(new TimeoutException())).problem().status);
        assertEquals(408, BodySizeLimit.unread(new java.net.SocketTimeoutException()).problem().status);
        assertEquals(400, BodySizeLimit.unread(new IOException(new EOFException())).problem().status);
        assertEquals(400, BodySizeLimit.unread(new IOException("Connection reset")).problem().status);
    }

    @Test
    void aClientThatHungUpMidBodyIsToldNothing() throws IOException {
        assertTrue(BodySizeLimit.hungUp(new IOException(new EOFException())), "Grizzly's read after the client closed");
        assertFalse(BodySizeLimit.hungUp(new IOException(new TimeoutException())), "a stalled client still listens");

        Map<String, Object> attributes = new HashMap<>();
        ServletRequest request = proxy(ServletRequest.class, (name, args) -> switch (name) {
            case "setAttribute" -> attributes.put((String) args[0], args[1]);
            case "getAttribute" -> attributes.get((String) args[0]);
            default -> null;
        });
        var written = new ByteArrayOutputStream();
        var realStream = new jakarta.servlet.ServletOutputStream() {
            @Override
            public void write(int b) {
                written.write(b);
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setWriteListener(jakarta.servlet.WriteListener listener) {
            }
        };
        HttpServletResponse real = proxy(HttpServletResponse.class,
                (name, args) -> name.equals("getOutputStream") ? realStream : null);

        var answer = new ClientGone(request, real);
        answer.getOutputStream().write('a');
        assertEquals(1, written.size(), "an ordinary answer is written");
        ClientGone.mark(request);
        answer.getOutputStream().write("{\"status\":400}".getBytes());
        answer.getWriter().print("more");
        answer.flushBuffer();
        assertEquals(1, written.size(), "nothing more once the client is gone, so no failed write and no error page");
    }

    private interface Call {
        Object answer(String method, Object[] args);
    }

    private static <T> T proxy(Class<T> type, Call call) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                (self, method, args) -> call.answer(method.getName(), args)));
    }
}
