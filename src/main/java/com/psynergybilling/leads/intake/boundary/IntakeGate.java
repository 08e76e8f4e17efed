package com.psynergybilling.leads.intake.boundary;

import com.psynergybilling.leads.intake.control.IntakeLimits;
import com.psynergybilling.leads.intake.control.PublicIntake;
import com.psynergybilling.leads.intake.control.UserAgents;
import com.psynergybilling.leads.intake.entity.PublicForm;
import com.psynergybilling.leads.intake.entity.Receipt;
import com.psynergybilling.leads.intake.entity.Visit;
import com.psynergybilling.leads.people.control.ContactStates;
import com.psynergybilling.leads.people.control.People;
import com.psynergybilling.leads.people.control.RefusedSubmission;
import com.psynergybilling.leads.people.entity.EmailAddress;
import com.psynergybilling.leads.platform.control.ClientAddress;
import com.psynergybilling.leads.platform.control.DatabaseOutage;
import com.psynergybilling.leads.platform.control.Defaults;
import com.psynergybilling.leads.platform.control.Forms;
import com.psynergybilling.leads.platform.control.GroupCommit;
import com.psynergybilling.leads.platform.entity.FieldError;
import com.psynergybilling.leads.platform.entity.Moments;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.Transactional;
import jakarta.transaction.TransactionalException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The one way every public form comes in, in this order: the client's rate, the honeypot,
 * validation, the person's rate and the global cap, the Idempotency-Key, and then the store, in one
 * transaction with the key's answer.
 */
@ApplicationScoped
public class IntakeGate {

    private static final int STORE_ATTEMPTS = 4;

    /** A public endpoint: its name (Idempotency-Keys are per endpoint and client) and where a browser goes after. */
    public record Endpoint(String name, String browserPage, boolean honoursGpc) {

        /** A form whose store honours no Global Privacy Control signal (it stores no lead of the sender). */
        public Endpoint(String name, String browserPage) {
            this(name, browserPage, false);
        }
    }

    @Inject
    PublicIntake intake;

    @Inject
    Forms forms;

    @Inject
    IntakeLimits limits;

    @Inject
    IdempotencyKeys keys;

    @Inject
    ClientAddress clientAddress;

    @Inject
    IntakeGate self;

    @Inject
    ContactStates contactStates;

    @Inject
    People people;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "leads.intake.group.max", defaultValue = Defaults.LEADS_INTAKE_GROUP_MAX)
    int groupMax;

    private GroupCommit group;

    @PostConstruct
    void start() {
        // As many shared transactions open as the machine has cores: each leader's thread is busy in one.
        // (On two cores, 32 clients posting: 669 requests/s with one open, 852 to 890 with two, 735 with four.)
        group = new GroupCommit(works -> self.storeAll(works), groupMax,
                Math.max(2, Runtime.getRuntime().availableProcessors()), DatabaseOutage::recognises);
    }

    /**
     * @param endpoint names the form for Idempotency-Keys and the page a browser lands on
     * @param store    stores the validated form, with who sent it, and says what to answer; runs in
     *                 the transaction
     * @param decoy    the answer a bot gets when it filled the honeypot: it looks like a real one
     */
    public <F extends PublicForm> Response accept(Endpoint endpoint, F form, List<FieldError> bindingErrors,
                                                  HttpServletRequest request, HttpHeaders headers,
                                                  BiFunction<F, Visit, Receipt> store, Supplier<Receipt> decoy) {
        return accept(endpoint, form, bindingErrors, request, headers, store, decoy, (valid, visit) -> decoy.get());
    }

    /**
     * As above, with the answer to a valid form that stored nothing (a reported minor's) made from the
     * form, so that it can carry what a stored one would (a consent receipt's link).
     */
    public <F extends PublicForm> Response accept(Endpoint endpoint, F form, List<FieldError> bindingErrors,
                                                  HttpServletRequest request, HttpHeaders headers,
                                                  BiFunction<F, Visit, Receipt> store, Supplier<Receipt> decoy,
                                                  BiFunction<F, Visit, Receipt> unstored) {
        var visit = new Visit(clientAddress.of(request),
                UserAgents.printable(headers.getHeaderString(HttpHeaders.USER_AGENT)),
                "1".equals(headers.getHeaderString("Sec-GPC")));
        limits.admitClient(visit.clientAddress());
        if (form != null && form.honeypot() != null && !form.honeypot().isBlank()) {
            return intake.answer(headers, decoy.get(), endpoint.browserPage());
        }
        F valid = forms.validated(form, bindingErrors);
        if (valid.email() != null) {
            limits.admitPerson(EmailAddress.of(valid.email()));
        }
        limits.admitAny();
        Optional<String> key = intake.idempotencyKey(headers, endpoint.name(), visit.clientAddress());
        if (key.isPresent()) {
            var earlier = claim(key.get(), intake.requestHash(endpoint.name(), valid));
            if (earlier.isPresent()) {
                if (endpoint.honoursGpc() && visit.globalPrivacyControl()) {
                    // A repeat sent with the signal the first lacked: the signal is heard all the same (R5).
                    signalledGpc(EmailAddress.of(valid.email()));
                }
                return intake.answer(headers, earlier.get(), endpoint.browserPage());
            }
        }
        try {
            return intake.answer(headers, storeWithRetry(valid, f -> store.apply(f, visit), key),
                    endpoint.browserPage());
        } catch (RefusedSubmission refused) {
            // A reported minor's form (R4): nothing stored, and an answer like any other.
            key.ifPresent(keys::release);
            return intake.answer(headers, unstored.apply(valid, visit), endpoint.browserPage());
        } catch (RuntimeException e) {
            key.ifPresent(keys::release);
            throw e;
        }
    }

    /**
     * Another request inserted the same row between our look and our insert (the same Idempotency-Key,
     * the same address's opt-out): the second look sees it and judges against it.
     */
    private static <T> T onceMoreIfRaced(Supplier<T> work) {
        try {
            return work.get();
        } catch (PersistenceException | TransactionalException raced) {
            return work.get();
        }
    }

    private Optional<Receipt> claim(String keyHash, String requestHash) {
        return onceMoreIfRaced(() -> keys.claim(keyHash, requestHash));
    }

    /**
     * Stores the form in a transaction shared with the forms arriving at the same time ({@link GroupCommit});
     * should that fail, on its own. Retries cover concurrent first submissions racing on a unique key (a
     * person's address, a referred colleague's hash): the loser's retry finds the winner's row and goes
     * on without it.
     */
    private <F> Receipt storeWithRetry(F form, Function<F, Receipt> store, Optional<String> key) {
        Supplier<Receipt> work = () -> {
            Receipt receipt = store.apply(form);
            key.ifPresent(k -> keys.answered(k, receipt));
            return receipt;
        };
        int attempt = 1;
        try {
            var together = group.run(work);
            if (together.isPresent()) {
                return together.get();
            }
            // The shared transaction failed, maybe for another form: this one is tried alone, afresh.
        } catch (PersistenceException | TransactionalException raced) {
            rethrowIfFinal(raced, attempt++);
        }
        for (; ; attempt++) {
            try {
                return self.storeAll(List.of(work)).get(0);
            } catch (PersistenceException | TransactionalException raced) {
                rethrowIfFinal(raced, attempt);
            }
        }
    }

    /** With the database out of reach a retry only doubles the wait before the 503. */
    private static void rethrowIfFinal(RuntimeException raced, int attempt) {
        if (attempt >= STORE_ATTEMPTS || DatabaseOutage.recognises(raced)) {
            throw raced;
        }
    }

    private void signalledGpc(EmailAddress sender) {
        onceMoreIfRaced(() -> {
            self.optOut(sender);
            return null;
        });
    }

    /** The sender's Global Privacy Control signal as an opt-out of sale and sharing, known or not (R5). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void optOut(EmailAddress sender) {
        people.signalledGpc(sender, Moments.now(clock));
    }

    /**
     * Does the works in order in one new transaction: each stores one form and records its key's answer.
     * The contact states of the people they create are inserted together at the end.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Receipt> storeAll(List<? extends Supplier<?>> works) {
        return contactStates.together(() -> works.stream().map(work -> (Receipt) work.get()).toList());
    }
}
