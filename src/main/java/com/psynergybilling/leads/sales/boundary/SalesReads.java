package com.psynergybilling.leads.sales.boundary;

import com.psynergybilling.leads.sales.control.DemoRequestFilter;
import com.psynergybilling.leads.sales.control.DemoRequests;
import com.psynergybilling.leads.sales.control.SalesView;
import com.psynergybilling.leads.platform.entity.PageCursor;
import com.psynergybilling.leads.sales.entity.DemoRequestView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;

/** Pages of requests as sales sees them, each page read and audited in one transaction. */
@ApplicationScoped
public class SalesReads {

    @Inject
    DemoRequests requests;

    @Inject
    SalesView views;

    /** Up to {@code limit} views after the filter's cursor, and where the next page starts (null: none). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Page page(DemoRequestFilter filter, int limit, String actor, String action) {
        var found = requests.page(filter, limit + 1);
        var items = found.stream().limit(limit).flatMap(r -> views.of(r, actor, action).stream()).toList();
        PageCursor next = found.size() > limit ? DemoRequests.cursorAfter(found.get(limit - 1)) : null;
        return new Page(items, next);
    }

    public record Page(List<DemoRequestView> items, PageCursor next) {
    }
}
