package com.psynergybilling.leads.sales.control;

import com.psynergybilling.leads.platform.entity.PageCursor;
import com.psynergybilling.leads.sales.entity.DemoRequestStatus;
import com.psynergybilling.leads.sales.entity.RequestType;
import java.time.Instant;

/**
 * What a sales user asked to see; any part may be absent. {@code specialty} matches the practice
 * specialty as typed, ignoring case.
 */
public record DemoRequestFilter(DemoRequestStatus status, RequestType requestType, Instant since, String specialty,
                                PageCursor after) {

    public DemoRequestFilter after(PageCursor cursor) {
        return new DemoRequestFilter(status, requestType, since, specialty, cursor);
    }
}
