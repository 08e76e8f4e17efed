package com.psynergybilling.leads.sharing.entity;

import java.time.Year;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The answer to a California "Shine the Light" request (Cal. Civ. Code 1798.83) for one calendar
 * year: the categories of personal information disclosed to third parties for their direct
 * marketing, and those third parties. Empty lists mean no such disclosure that year.
 */
public record ShineTheLight(Year year, Set<String> categories, List<Recipient> recipients) {

    public ShineTheLight {
        categories = Set.copyOf(categories);
        recipients = List.copyOf(recipients);
    }

    /**
     * A recipient by name and postal address (empty for a partner registered without one), with the
     * policy's category of recipient and what it received.
     */
    public record Recipient(String name, Optional<String> postalAddress, String recipientCategory,
                            Set<String> categories) {

        public Recipient {
            postalAddress = postalAddress.filter(a -> !a.isBlank());
            categories = Set.copyOf(categories);
        }
    }
}
