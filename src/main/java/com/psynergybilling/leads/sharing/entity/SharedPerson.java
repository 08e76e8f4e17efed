package com.psynergybilling.leads.sharing.entity;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One row of a partner export: Basic Identifiers only, name and email (R3, R14). */
@Schema(name = "SharedPerson")
@JsonbPropertyOrder({"name", "email"})
public class SharedPerson {

    @Schema(example = "Dr. Jane Doe")
    public String name;
    @Schema(example = "jane.doe@example-clinic.com")
    public String email;

    public SharedPerson(String name, String email) {
        this.name = name;
        this.email = email;
    }
}
