package com.psynergybilling.leads.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.EOFException;
import java.io.IOException;
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
}
