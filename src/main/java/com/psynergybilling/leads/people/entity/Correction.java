package com.psynergybilling.leads.people.entity;

/**
 * What a verified person asked us to correct (R19): Basic Identifiers and Professional Information.
 * A null value leaves that field as it is. The address is no field here: it is who the person is, and
 * a new one would need its own verification.
 */
public record Correction(String fullName, String phone, String organization, String businessAddress,
                         String practiceSpecialty, Integer providerCount) {

    public boolean isEmpty() {
        return fullName == null && phone == null && organization == null && businessAddress == null
                && practiceSpecialty == null && providerCount == null;
    }
}
