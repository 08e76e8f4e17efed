package com.psynergybilling.leads.people.control;

/**
 * A form that must not be stored: the address was reported as a minor's (R4), so nothing it sends
 * may become a lead for sales or marketing. The intake answers as if it had been accepted, so the
 * answer tells no one that the address was reported.
 */
public class RefusedSubmission extends RuntimeException {

    public RefusedSubmission() {
        super("refused: the address was reported as a minor's", null, false, false);
    }
}
