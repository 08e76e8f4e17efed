package com.psynergybilling.leads.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

class StrictJsonTest {

    private static String nested(int depth) {
        return "{\"a\":".repeat(depth - 1) + "{}" + "}".repeat(depth - 1);
    }

    @Test
    void readsWhatAFormSends() {
        var value = StrictJson.read("{\"a\":[1,{\"b\":true}],\"c\":\"x\",\"d\":null}").asJsonObject();
        assertEquals(1, value.getJsonArray("a").getInt(0));
        assertTrue(value.getJsonArray("a").getJsonObject(1).getBoolean("b"));
        assertEquals(JsonValue.NULL, value.get("d"));
    }

    @Test
    void refusesNestingPastThirtyTwoLevelsWithoutRecursing() {
        StrictJson.read(nested(StrictJson.MAX_DEPTH));
        var refused = assertThrows(ProblemException.class, () -> StrictJson.read(nested(StrictJson.MAX_DEPTH + 1)));
        assertEquals(400, refused.problem().status);
        assertTrue(refused.problem().detail.contains("deeper than 32"), refused.problem().detail);
        // the probe from the issue: a thousand levels, and a hundred thousand arrays
        assertThrows(ProblemException.class, () -> StrictJson.read(nested(1000)));
        assertThrows(ProblemException.class, () -> StrictJson.read("[".repeat(100_000)));
    }

    @Test
    void refusesNumbersPastTheParsersLimitsAsMalformedNotAsAnError() {
        for (String body : new String[]{"{\"providerCount\":1e99999999999}", "[1e-99999999999]",
                "{\"n\":" + "9".repeat(5_000) + "}", "{\"n\":0." + "1".repeat(5_000) + "}"}) {
            var refused = assertThrows(ProblemException.class, () -> StrictJson.read(body), body.substring(0, Math.min(20, body.length())));
            assertEquals(400, refused.problem().status);
            assertTrue(refused.problem().type.endsWith("malformed-body"), refused.problem().type);
        }
    }

    @Test
    void refusesAMemberNamedTwiceInOneObject() {
        var refused = assertThrows(ProblemException.class,
                () -> StrictJson.read("{\"email\":\"a@example.com\",\"email\":\"b@example.com\"}"));
        assertTrue(refused.problem().detail.contains("\"email\""), refused.problem().detail);
        assertThrows(ProblemException.class, () -> StrictJson.read("{\"agent\":{\"name\":\"a\",\"name\":\"b\"}}"));
        StrictJson.read("{\"a\":{\"name\":1},\"b\":{\"name\":2}}");
    }

    @Test
    void refusesWhatIsNotOneWellFormedValue() {
        for (String body : new String[]{"", "{", "{\"a\":}", "{} {}", "[1,]", "{\"a\" 1}"}) {
            var refused = assertThrows(ProblemException.class, () -> StrictJson.read(body), body);
            assertEquals(400, refused.problem().status);
        }
    }
}
