package com.psynergybilling.leads.platform.control;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.MustacheFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
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

    /** Answers with the page: HTML that is never stored (a page may carry a link's token or a person's choice). */
    public void answer(HttpServletResponse response, int status, String page, Map<String, ?> scope) throws IOException {
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(render(page, scope));
    }

    /**
     * Answers with a page whose button posts a link's token: {@code token}, or null when the link
     * brought none of the right shape (the page then says the link is broken).
     */
    public void answerWithToken(HttpServletResponse response, int status, String page, String title, String token)
            throws IOException {
        answer(response, status, page,
                Map.of("title", title, "token", token == null ? "" : token, "hasToken", token != null));
    }
}
