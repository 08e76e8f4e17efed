package com.psynergybilling.leads.sharing.entity;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One row of a partner export: Basic Identifiers only, name and email (R3, R14). */
@Schema(name = "SharedPerson")
@JsonbPropertyOrder({"name", "email"})
public record SharedPerson(
        @Schema(example = "Dr. Jane Doe") String name,
        @Schema(example = "jane.doe@example-clinic.com") String email) {
}
