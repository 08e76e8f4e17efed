package com.psynergybilling.leads.sales.control;

import com.psynergybilling.leads.sales.entity.Cursor;
import com.psynergybilling.leads.sales.entity.DemoRequestStatus;
import com.psynergybilling.leads.sales.entity.RequestType;
import java.time.Instant;

/** What a sales user asked to see; any part may be absent. */
public record DemoRequestFilter(DemoRequestStatus status, RequestType requestType, Instant since, Cursor after) {

    public DemoRequestFilter after(Cursor cursor) {
        return new DemoRequestFilter(status, requestType, since, cursor);
    }
}
