package com.psynergybilling.leads.sales.entity;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DemoRequestPage")
public record DemoRequestPage(
        List<DemoRequestView> items,
        @Schema(description = "pass as cursor for the next page; absent on the last page") String nextCursor) {
}
