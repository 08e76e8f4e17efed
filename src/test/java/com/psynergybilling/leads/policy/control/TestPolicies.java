package com.psynergybilling.leads.policy.control;

/** A {@link PolicyBook} holding the bundled policy, for unit tests of other packages. */
public final class TestPolicies {

    private TestPolicies() {
    }

    public static PolicyBook bundled() {
        var book = new PolicyBook();
        book.versions = PolicyBook.bundled();
        return book;
    }
}
