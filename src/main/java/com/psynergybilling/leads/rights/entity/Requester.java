package com.psynergybilling.leads.rights.entity;

import com.psynergybilling.leads.people.entity.EmailAddress;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * Who sent a privacy request, as they gave it: address, name, state of residence, the corrections
 * they ask for (a JSON object), an authorized agent (R22), and the healthcare provider whose site the
 * request is about (R24). All of it goes when the person is erased.
 */
@Embeddable
public class Requester {

    @Column(length = EmailAddress.MAX_LENGTH)
    private String email;
    @Column(name = "full_name", length = 200)
    private String fullName;
    @Column(name = "state_of_residence", length = 2)
    private String stateOfResidence;
    @Column(length = 4000)
    private String corrections;
    @Column(name = "agent_name", length = 200)
    private String agentName;
    @Column(name = "agent_email", length = EmailAddress.MAX_LENGTH)
    private String agentEmail;
    @Column(name = "signed_permission", length = 4000)
    private String signedPermission;
    @Column(name = "provider_site", length = 200)
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
