package com.psynergybilling.leads.platform.control;

import com.psynergybilling.leads.platform.entity.Problem;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import java.net.URLDecoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Binds a form's body by its Content-Type: an HTML form post ({@code application/x-www-form-urlencoded})
 * with {@link FormBinder}, anything else with {@link JsonBinder}. So one resource method takes both, and
 * its OpenAPI description is written once.
 */
public final class Bodies {

    private Bodies() {
    }

    public static <T> FormBinder.Bound<T> bind(MediaType type, String body, Class<T> form) {
        if (type != null && type.isCompatible(MediaType.APPLICATION_FORM_URLENCODED_TYPE)) {
            return FormBinder.bind(fields(body, charset(type)), form);
        }
        return JsonBinder.bind(body, form);
    }

    /**
     * The fields of a form post as a browser encodes them and Jersey read them: {@code name=value} pairs
     * joined by {@code &}, {@code +} for a space, {@code %XX} for a byte in the body's charset. A name
     * may come more than once (each value is kept, in order); a pair without a name, or a name without
     * {@code =}, carries no value. A malformed escape makes the body unreadable: 400, as it was.
     */
    static MultivaluedMap<String, String> fields(String body, Charset charset) {
        var fields = new MultivaluedHashMap<String, String>();
        if (body == null) {
            return fields;
        }
        for (String pair : body.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals), charset);
            if (equals > 0) {
                fields.add(name, decode(pair.substring(equals + 1), charset));
            }
        }
        return fields;
    }

    private static String decode(String encoded, Charset charset) {
        try {
            return URLDecoder.decode(encoded, charset);
        } catch (IllegalArgumentException malformed) {
            throw new ProblemException(Problem.forStatus(400));
        }
    }

    /**
     * The charset the Content-Type names, UTF-8 when it names none (or there is no Content-Type); 415
     * problem+json for one this machine does not know, which Jersey would otherwise fail on with a 500
     * as it decodes the body.
     */
    public static Charset charset(MediaType type) {
        String name = type == null ? null : type.getParameters().get(MediaType.CHARSET_PARAMETER);
        try {
            return name == null ? StandardCharsets.UTF_8 : Charset.forName(name);
        } catch (IllegalArgumentException unknown) {
            throw new ProblemException(new Problem("unsupported-charset", "Unsupported charset", 415,
                    "The body's charset is not one this service reads: send UTF-8."));
        }
    }
}
