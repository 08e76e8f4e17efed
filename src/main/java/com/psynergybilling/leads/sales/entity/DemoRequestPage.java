package com.psynergybilling.leads.sales.entity;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DemoRequestPage")
public class DemoRequestPage {

    public List<DemoRequestView> items;
    @Schema(description = "pass as cursor for the next page; absent on the last page")
    public String nextCursor;

    public DemoRequestPage(List<DemoRequestView> items, String nextCursor) {
        this.items = items;
        this.nextCursor = nextCursor;
    }
}
