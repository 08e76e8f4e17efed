package com.psynergybilling.leads.webhooks.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SignaturesTest {

    /** The Standard Webhooks reference vector (also checked with Python's hmac when this test was written). */
    static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    static final String ID = "msg_p5jXN8AQM9LWM0D4loKWxJek";
    static final long TIMESTAMP = 1614265330L;
    static final String BODY = "{\"test\": 2432232314}";

    @Test
    @DisplayName("signs as Standard Webhooks does: the specification's own vector")
    void knownVector() {
        assertEquals("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=", Signatures.sign(SECRET, ID, TIMESTAMP, BODY));
    }

    @Test
    @DisplayName("the signature is HMAC-SHA256 of id.timestamp.body under the decoded secret, computed here independently")
    void independentComputation() throws Exception {
        String secret = Signatures.newSecret();
        String body = "{\"type\":\"demo-request.received\",\"data\":{\"fullName\":\"Zoë\"}}";
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
        String expected = "v1," + Base64.getEncoder().encodeToString(
                mac.doFinal(("msg_1.1700000000." + body).getBytes(StandardCharsets.UTF_8)));
        assertEquals(expected, Signatures.sign(secret, "msg_1", 1700000000L, body));
    }

    @Test
    void anyChangeChangesTheSignature() {
        String base = Signatures.sign(SECRET, ID, TIMESTAMP, BODY);
        assertNotEquals(base, Signatures.sign(SECRET, ID, TIMESTAMP + 1, BODY));
        assertNotEquals(base, Signatures.sign(SECRET, "msg_other", TIMESTAMP, BODY));
        assertNotEquals(base, Signatures.sign(SECRET, ID, TIMESTAMP, BODY + " "));
    }

    @Test
    void newSecretsAreStandardWebhooksSecretsOf32RandomBytes() {
        String one = Signatures.newSecret();
        assertTrue(one.startsWith("whsec_"));
        assertEquals(32, Base64.getDecoder().decode(one.substring(6)).length);
        assertNotEquals(one, Signatures.newSecret());
    }

    @Test
    void refusesASecretWithoutItsPrefix() {
        assertThrows(IllegalArgumentException.class, () -> Signatures.sign("MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", ID,
                TIMESTAMP, BODY));
    }
}
