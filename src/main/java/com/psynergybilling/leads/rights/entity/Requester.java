package com.psynergybilling.leads.rights.entity;

import com.psynergybilling.leads.people.entity.EmailAddress;
import jakarta.persistence.Embeddable;

/**
 * Who sent a privacy request, as they gave it: address, name, state of residence, the corrections
 * they ask for (a JSON object), an authorized agent (R22), and the healthcare provider whose site the
 * request is about (R24). All of it goes when the person is erased.
 */
@Embeddable
public class Requester {

    private String email;
    private String fullName;
    private String stateOfResidence;
    private String corrections;
    private String agentName;
    private String agentEmail;
    private String signedPermission;
    private String providerSite;

    Requester() {
    }

    public Requester(EmailAddress email, String fullName, String stateOfResidence, String corrections,
                     String agentName, String agentEmail, String signedPermission, String providerSite) {
        this.email = email.value();
        this.fullName = fullName;
        this.stateOfResidence = stateOfResidence;
        this.corrections = corrections;
        this.agentName = agentName;
        this.agentEmail = agentEmail;
        this.signedPermission = signedPermission;
        this.providerSite = providerSite;
    }

    /** The address, or null once the person was erased. */
    public String email() {
        return email;
    }

    public String fullName() {
        return fullName;
    }

    public String stateOfResidence() {
        return stateOfResidence;
    }

    public String corrections() {
        return corrections;
    }

    public boolean byAgent() {
        return agentEmail != null;
    }

    public String agentName() {
        return agentName;
    }

    public String agentEmail() {
        return agentEmail;
    }

    public String signedPermission() {
        return signedPermission;
    }

    public String providerSite() {
        return providerSite;
    }
}
