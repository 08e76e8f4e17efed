package com.psynergybilling.leads.intake.entity;

/**
 * A public form posted from the page a signed link opens: its token names the record (a referral, a
 * privacy request, a decision), so the form names nobody's address, and the per-address rate does not
 * apply to it.
 */
public interface SignedLinkForm extends PublicForm {

    @Override
    default String email() {
        return null;
    }
}
