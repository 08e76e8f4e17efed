package com.psynergybilling.leads.policy.control;

/** The bundled policy as a PolicyBook, for tests outside the policy component. */
public final class TestPolicyBooks {

    private TestPolicyBooks() {
    }

    public static PolicyBook bundled() {
        var book = new PolicyBook();
        book.versions = PolicyBook.bundled();
        return book;
    }
}
