package com.psynergybilling.leads.platform.control;

/** {@link LeadRetentionPeriod} of a given length, for unit tests of other packages. */
public final class TestLeadRetentionPeriod {

    private TestLeadRetentionPeriod() {
    }

    public static LeadRetentionPeriod of(int months) {
        var period = new LeadRetentionPeriod();
        period.months = months;
        return period;
    }
}
