package com.psynergybilling.leads.mail.control;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.MustacheFactory;
import com.psynergybilling.leads.mail.entity.RenderedMail;
import com.psynergybilling.leads.mail.entity.StaffTemplate;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.spi.JsonProvider;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * The kept template library under {@code mail/<name>/}: {@code subject}, {@code text} and
 * {@code html}. Values fill a template and are never parsed as one, so a value holding
 * {@code {{...}}} or a partial stays text. The HTML body escapes every value; the text body and the
 * subject have no markup and take values verbatim (the subject then passes the header guard). A
 * template that staff wrote (a campaign) comes from {@link StaffTemplates}, is filled by
 * {@link Placeholders} and shown inside its kept frame, which holds what staff cannot leave out.
 */
@ApplicationScoped
public class MailTemplates {

    private static final Pattern NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final JsonProvider JSON = JsonProvider.provider();

    private final MustacheFactory html = new DefaultMustacheFactory("mail");
    private final MustacheFactory text = new DefaultMustacheFactory("mail") {
        @Override
        public void encode(String value, Writer writer) {
            try {
                writer.write(value);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    };

    @Inject
    @Any
    Instance<StaffTemplates> staffTemplates;

    private volatile List<StaffTemplates> sources;

    /** Renders {@code template} with the values of a stored JSON model (an object of strings). */
    public RenderedMail render(String template, String jsonModel) {
        return render(template, model(jsonModel));
    }

    /** A kept template by its name, or else one that staff wrote, framed by its kept frame. */
    public RenderedMail render(String template, Map<String, String> model) {
        if (template != null && NAME.matcher(template).matches()) {
            return kept(template, model);
        }
        StaffTemplate staff = staff(template);
        var framed = new HashMap<>(model);
        framed.put("subject", Placeholders.fill(staff.subject(), model, UnaryOperator.identity()));
        framed.put("body", Placeholders.fill(staff.text(), model, UnaryOperator.identity()));
        framed.put("bodyHtml", staff.html() == null ? Placeholders.paragraphs(framed.get("body"))
                : Placeholders.fill(staff.html(), model, Placeholders::html));
        return kept(staff.frame(), framed);
    }

    private RenderedMail kept(String template, Map<String, String> model) {
        if (template == null || !NAME.matcher(template).matches()) {
            throw new IllegalArgumentException("not a template name: " + template);
        }
        String subject = HeaderValues.singleLine(fill(text, template + "/subject.mustache", model));
        return new RenderedMail(subject, fill(text, template + "/text.mustache", model),
                fill(html, template + "/html.mustache", model), model.get("unsubscribeUrl"));
    }

    private StaffTemplate staff(String name) {
        if (name == null || staffTemplates == null) {
            throw new IllegalArgumentException("not a template name: " + name);
        }
        for (StaffTemplates source : sources()) {
            Optional<StaffTemplate> found = source.find(name);
            if (found.isPresent()) {
                return found.get();
            }
        }
        throw new IllegalArgumentException("no template called " + name);
    }

    /** The sources of staff templates, resolved once: a campaign renders one for every message. */
    private List<StaffTemplates> sources() {
        var known = sources;
        if (known == null) {
            var found = new ArrayList<StaffTemplates>();
            for (StaffTemplates source : staffTemplates) {
                found.add(source);
            }
            known = List.copyOf(found);
            sources = known;
        }
        return known;
    }

    private static String fill(MustacheFactory factory, String file, Map<String, String> model) {
        var out = new StringWriter();
        factory.compile(file).execute(out, model);
        return out.toString();
    }

    static Map<String, String> model(String json) {
        try (var reader = JSON.createReader(new StringReader(json))) {
            JsonObject object = reader.readObject();
            var values = new HashMap<String, String>();
            object.forEach((key, value) -> {
                if (!(value instanceof JsonString string)) {
                    throw new IllegalArgumentException("the model's value " + key + " is not a string");
                }
                values.put(key, string.getString());
            });
            return values;
        }
    }
}
