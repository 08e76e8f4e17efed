package com.psynergybilling.leads.mail.control;

import com.psynergybilling.leads.people.entity.EmailAddress;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.util.regex.Pattern;

/**
 * The only way values reach a header. A line break in a header value would start a new header (or
 * the body), so subject lines lose every control character, and addresses are accepted only in the
 * plain shape {@link EmailAddress} allows: one address, no name, no comment, no line break.
 */
public final class HeaderValues {

    private static final Pattern BREAKS = Pattern.compile("[\\p{Cntrl}\\s\\u2028\\u2029\\u0085]+");

    private HeaderValues() {
    }

    /** One line: runs of control characters (CR and LF among them) and spaces become one space. */
    public static String singleLine(String value) {
        return oneLineAlready(value) ? value.strip() : BREAKS.matcher(value).replaceAll(" ").strip();
    }

    /**
     * Whether {@link #BREAKS} would change nothing: no control or white-space character but single
     * spaces (every message's subject is checked; most need no rewriting). Any doubt goes to the pattern.
     */
    private static boolean oneLineAlready(String value) {
        char previous = 'x';
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == ' ' ? previous == ' ' : c < ' ' || c >= '\u007f' && !Character.isLetterOrDigit(c)) {
                return false;
            }
            previous = c;
        }
        return true;
    }

    /** The one recipient address, or an exception when the stored value is not a plain address. */
    public static InternetAddress recipient(String stored) {
        if (stored == null || !stored.equals(stored.strip())) {
            throw new IllegalArgumentException("the stored recipient is not a plain address");
        }
        try {
            return new InternetAddress(EmailAddress.of(stored).value(), true);
        } catch (AddressException | IllegalArgumentException e) {
            throw new IllegalArgumentException("the stored recipient is not a plain address", e);
        }
    }

    /** The configured sender, parsed strictly; a line break or a list is refused. */
    public static InternetAddress sender(String configured) {
        if (configured == null || configured.isBlank() || configured.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("LEADS_MAIL_FROM must be one address on one line, e.g. "
                    + "Psynergy Billing <no-reply@psynergybilling.com> (got '" + configured + "')");
        }
        try {
            InternetAddress[] parsed = InternetAddress.parse(configured.strip(), true);
            if (parsed.length != 1 || !EmailAddress.isValid(parsed[0].getAddress())) {
                throw new AddressException("not exactly one plain address");
            }
            parsed[0].validate();
            return parsed[0];
        } catch (AddressException e) {
            throw new IllegalArgumentException("LEADS_MAIL_FROM is not a valid address, e.g. "
                    + "Psynergy Billing <no-reply@psynergybilling.com> (got '" + configured + "'): " + e.getMessage(), e);
        }
    }
}
