package com.psynergybilling.leads.mail.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** What reaches a header: one line, and one plain recipient. */
class HeaderValuesTest {

    /** The rule, as the pattern says it: runs of control and white-space characters become one space. */
    private static final Pattern RULE = Pattern.compile("[\\p{Cntrl}\\s\\u2028\\u2029\\u0085]+");

    @Test
    @DisplayName("R12: a subject or link is one line, whatever it holds; the fast path for plain text agrees with "
            + "the rule on every value")
    void singleLineAgreesWithTheRule() {
        var values = new java.util.ArrayList<>(List.of("News for Dr. Émile", "a  b", " lead ", "x\r\nBcc: a@b.c",
                "tab\there", "line\u2028sep", "nel\u0085x", "nbsp\u00a0x", "del\u007fx", "", "   ", "Über café 100%"));
        var random = new Random(13);
        String alphabet = "ab é \t\r\n\u2028\u0085\u00a0\u007f\u0001.";
        for (int i = 0; i < 2000; i++) {
            var value = new StringBuilder();
            for (int j = random.nextInt(12); j > 0; j--) {
                value.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            values.add(value.toString());
        }
        for (String value : values) {
            assertEquals(RULE.matcher(value).replaceAll(" ").strip(), HeaderValues.singleLine(value), value);
        }
    }

    @Test
    @DisplayName("R12: a stored recipient reaches the header only as one plain address")
    void aRecipientIsOnePlainAddress() {
        assertEquals("pat@example.com", HeaderValues.recipient("Pat@Example.com").getAddress());
        for (String bad : List.of(" pat@example.com", "Pat <pat@example.com>", "a@b.c\r\nBcc: x@y.z", "a@b.c, d@e.f",
                "not an address")) {
            assertThrows(IllegalArgumentException.class, () -> HeaderValues.recipient(bad), bad);
        }
    }
}
