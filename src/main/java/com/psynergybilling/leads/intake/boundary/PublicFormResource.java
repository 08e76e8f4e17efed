package com.psynergybilling.leads.intake.boundary;

import com.psynergybilling.leads.intake.entity.PublicForm;
import com.psynergybilling.leads.intake.entity.Receipt;
import com.psynergybilling.leads.intake.entity.Visit;
import com.psynergybilling.leads.platform.control.Bodies;
import com.psynergybilling.leads.platform.control.FormBinder;
import com.psynergybilling.leads.platform.control.ProblemException;
import com.psynergybilling.leads.platform.control.RefusedBodies;
import com.psynergybilling.leads.platform.entity.Moments;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Instant;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What every public form's resource shares: its one POST takes JSON or a plain HTML form post, the
 * body bound by its Content-Type ({@link Bodies}), and passes the form through the {@link IntakeGate}.
 * So each endpoint is one method with one API description. A subclass has the path, describes its POST
 * and says what to store and answer. (JAX-RS's {@code @Consumes} and {@code @Produces} are inherited.)
 * A subclass is {@code @ApplicationScoped} and holds no state of a request: one instance serves them
 * all (the {@code @Context} fields are proxies to the request being served), so a public post does not
 * pay for creating and injecting its resource.
 */
@Consumes({MediaType.APPLICATION_JSON, MediaType.APPLICATION_FORM_URLENCODED})
@Produces({MediaType.APPLICATION_JSON, MediaType.TEXT_HTML})
public abstract class PublicFormResource {

    @Inject
    IntakeGate gate;

    @Context
    HttpHeaders headers;

    @Context
    HttpServletRequest request;

    @Inject
    Clock clock;

    @Inject
    RefusedBodies refused;

    /** The time of the request, as the stores take it. */
    protected Instant now() {
        return Moments.now(clock);
    }

    /**
     * For a form whose answer is one and the same whatever became of it (a link's token, a removal):
     * {@code act} does the work, and the answer is 202 with {@code {"status": status}}. A bot that
     * filled the honeypot gets that answer too, so the answer tells nothing.
     */
    protected <F extends PublicForm> Response acceptAlike(IntakeGate.Endpoint endpoint, Class<F> type, String body,
                                                          Consumer<F> act, String status) {
        Receipt answer = Receipt.of(202, "status", status);
        return accept(endpoint, type, body, (valid, visit) -> {
            act.accept(valid);
            return answer;
        }, () -> answer);
    }

    /** {@link IntakeGate#accept(IntakeGate.Endpoint, PublicForm, java.util.List, HttpServletRequest, HttpHeaders, BiFunction, Supplier)} of the bound body. */
    protected <F extends PublicForm> Response accept(IntakeGate.Endpoint endpoint, Class<F> type, String body,
                                                     BiFunction<F, Visit, Receipt> store, Supplier<Receipt> decoy) {
        return accept(endpoint, type, body, store, form -> decoy.get(), (valid, visit) -> decoy.get());
    }

    /**
     * As above, with the decoy made from the form as it came (before validation) and the answer to a
     * valid form that stored nothing made from it, as {@link IntakeGate} explains.
     */
    protected <F extends PublicForm> Response accept(IntakeGate.Endpoint endpoint, Class<F> type, String body,
                                                     BiFunction<F, Visit, Receipt> store, Function<F, Receipt> decoy,
                                                     BiFunction<F, Visit, Receipt> unstored) {
        FormBinder.Bound<F> bound;
        try {
            bound = Bodies.bind(headers.getMediaType(), body, type);
        } catch (ProblemException unreadable) {
            // A body refused unread here (JSON that is no object, a broken escape) counts like one the filters refuse.
            throw refused.refuse(request, unreadable);
        }
        return gate.accept(endpoint, bound.form(), bound.errors(), request, headers, store,
                () -> decoy.apply(bound.form()), unstored);
    }
}
