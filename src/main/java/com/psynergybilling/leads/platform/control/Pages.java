package com.psynergybilling.leads.platform.control;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.MustacheFactory;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.StringWriter;
import java.util.Map;

/**
 * Renders the HTML pages from {@code templates/*.mustache}. Mustache escapes every {@code {{value}}}
 * for HTML, so a person's data can never become markup.
 */
@ApplicationScoped
public class Pages {

    private final MustacheFactory templates = new DefaultMustacheFactory("templates");

    public String render(String page, Map<String, ?> scope) {
        var out = new StringWriter();
        templates.compile(page + ".mustache").execute(out, scope);
        return out.toString();
    }
}
