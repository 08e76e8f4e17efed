package com.psynergybilling.leads.intake.control;

/** The User-Agent header as we keep it (Network Activity): printable characters only, capped. */
public final class UserAgents {

    static final int MAX_LENGTH = 512;

    private UserAgents() {
    }

    public static String printable(String agent) {
        if (agent == null) {
            return null;
        }
        String printable = agent.replaceAll("\\p{Cntrl}", "");
        return printable.length() > MAX_LENGTH ? printable.substring(0, MAX_LENGTH) : printable;
    }
}
