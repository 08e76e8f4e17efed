package com.psynergybilling.leads.sales.boundary;

import com.psynergybilling.leads.platform.control.ProblemException;
import com.psynergybilling.leads.platform.control.QueryParams;
import com.psynergybilling.leads.sales.control.DemoRequestFilter;
import com.psynergybilling.leads.sales.control.DemoRequests;
import com.psynergybilling.leads.sales.control.SalesView;
import com.psynergybilling.leads.sales.entity.DemoRequestStatus;
import com.psynergybilling.leads.sales.entity.DemoRequestView;
import com.psynergybilling.leads.sales.entity.RequestType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;

/**
 * What sales does, the same through the API ({@link DemoRequestsResource}) and the console's pages:
 * the same filters, the same fields shown and the same audit action for each read and change (R25).
 * A caller brings its own transaction (the resource's {@code @Transactional}, the console's).
 */
@ApplicationScoped
public class SalesDesk {

    /** What sales did, by the name the audit records it under. */
    enum Action { READ_DEMO_REQUEST, EXPORT_DEMO_REQUEST, CLAIM_DEMO_REQUEST, UPDATE_DEMO_REQUEST }

    @Inject
    DemoRequests requests;

    @Inject
    SalesView views;

    @Inject
    SalesReads reads;

    @Inject
    SalesCsv csv;

    /** One request, read by {@code user}; 404 when there is none. */
    public DemoRequestView one(String id, String user) {
        return views.required(requests.find(id), user, Action.READ_DEMO_REQUEST.name());
    }

    /** Assigns the request to {@code user}; claiming one's own again is fine. */
    public DemoRequestView claim(String id, String user) {
        return views.required(requests.claim(id, user), user, Action.CLAIM_DEMO_REQUEST.name());
    }

    /** Changes status or note; refused while another user holds the request. */
    public DemoRequestView update(String id, String user, DemoRequestStatus status, String note) {
        return views.required(requests.update(id, user, status, note), user, Action.UPDATE_DEMO_REQUEST.name());
    }

    /** A page of the filter's requests, newest first, each an audited read. */
    public SalesReads.Page page(DemoRequestFilter filter, int limit, String user) {
        return reads.page(filter, limit, user, Action.READ_DEMO_REQUEST.name());
    }

    /** Every request of the filter as CSV, each an audited export. */
    public void export(OutputStream out, DemoRequestFilter filter, String user) throws IOException {
        csv.write(out, filter, user);
    }

    /** The query's filters, each checked: 400 for one that is malformed. */
    public static DemoRequestFilter filter(String status, String requestType, String since, String specialty) {
        if (specialty != null && specialty.length() > 100) {
            throw ProblemException.badRequest("practiceSpecialty must be at most 100 characters.");
        }
        return new DemoRequestFilter(
                status == null ? null : parse(DemoRequestStatus.class, "status", status),
                requestType == null ? null : parse(RequestType.class, "requestType", requestType),
                since == null ? null : QueryParams.since(since), specialty == null || specialty.isBlank() ? null : specialty.trim(),
                null);
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String name, String value) {
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest(name + " must be one of "
                    + Arrays.toString(type.getEnumConstants()) + ".");
        }
    }
}
