package com.psynergybilling.leads.mail.control;

import com.psynergybilling.leads.mail.entity.Attachment;
import com.psynergybilling.leads.mail.entity.RenderedMail;
import com.psynergybilling.leads.platform.control.Defaults;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.Optional;
import java.util.Properties;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The one SMTP session of this node, built from {@code LEADS_SMTP_*} and {@code LEADS_MAIL_FROM}. */
@ApplicationScoped
public class Smtp {

    public static final String TIMEOUT_MILLIS = "10000";

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "leads.smtp.host", defaultValue = Defaults.LEADS_SMTP_HOST)
    String host;

    @Inject
    @ConfigProperty(name = "leads.smtp.port", defaultValue = Defaults.LEADS_SMTP_PORT)
    int port;

    @Inject
    @ConfigProperty(name = "leads.smtp.user")
    Optional<String> user;

    @Inject
    @ConfigProperty(name = "leads.smtp.password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "leads.smtp.starttls", defaultValue = Defaults.LEADS_SMTP_STARTTLS)
    boolean starttls;

    @Inject
    @ConfigProperty(name = "leads.mail.from", defaultValue = Defaults.LEADS_MAIL_FROM)
    String configuredFrom;

    private InternetAddress from;
    private Session session;
    /** Its connections' writes, timed out by {@link #closeStalledWrites} rather than mail.smtp.writetimeout. */
    private final WatchedSockets sockets = new WatchedSockets(Duration.ofMillis(Long.parseLong(TIMEOUT_MILLIS)));

    /**
     * Jakarta Mail 2.1 looks its StreamProvider up through ServiceLoader for every body part it makes
     * (jakartaee/mail-api#699, #861: a scan of the class path per part, a third of the dispatcher's
     * time). Naming the implementation Payara ships in the system property that the lookup reads
     * first makes it a class loader's cached lookup; left alone when set or when the class is absent.
     */
    static final String STREAM_PROVIDER = "jakarta.mail.util.StreamProvider";
    static final String ANGUS_STREAM_PROVIDER = "org.eclipse.angus.mail.util.MailStreamProvider";

    /** A bad LEADS_MAIL_FROM fails here, at start, rather than at the first message. */
    @PostConstruct
    void configure() {
        nameStreamProvider();
        from = HeaderValues.sender(configuredFrom);
        var properties = new Properties();
        properties.put("mail.smtp.host", host);
        properties.put("mail.smtp.port", Integer.toString(port));
        properties.put("mail.smtp.connectiontimeout", TIMEOUT_MILLIS);
        properties.put("mail.smtp.timeout", TIMEOUT_MILLIS);
        properties.put("mail.smtp.socketFactory", sockets);
        properties.put("mail.smtp.socketFactory.fallback", "false");
        properties.put("mail.smtp.auth", Boolean.toString(login().isPresent()));
        if (starttls) {
            // Required, not merely enabled: a server that drops STARTTLS must not get the password.
            properties.put("mail.smtp.starttls.enable", "true");
            properties.put("mail.smtp.starttls.required", "true");
        }
        properties.put("mail.smtp.from", from.getAddress());
        session = Session.getInstance(properties);
    }

    private static void nameStreamProvider() {
        if (System.getProperty(STREAM_PROVIDER) == null) {
            try {
                Class.forName(ANGUS_STREAM_PROVIDER, false, Thread.currentThread().getContextClassLoader());
                System.setProperty(STREAM_PROVIDER, ANGUS_STREAM_PROVIDER);
            } catch (ClassNotFoundException e) {
                // another Jakarta Mail implementation: its own lookup stays
            }
        }
    }

    /** Closes the connections whose write has waited on the server longer than the timeout; how many. */
    public int closeStalledWrites() {
        return sockets.closeStalled(System.nanoTime());
    }

    public InternetAddress from() {
        return from;
    }

    /** One connection for a batch of messages; the caller closes it. */
    public Transport connect() throws MessagingException {
        Transport transport = session.getTransport("smtp");
        var login = login();
        if (login.isPresent()) {
            transport.connect(host, port, login.get(), password.orElse(""));
        } else {
            transport.connect();
        }
        return transport;
    }

    public MimeMessage compose(String messageId, String recipient, RenderedMail mail) throws MessagingException {
        return compose(messageId, recipient, mail, null);
    }

    public MimeMessage compose(String messageId, String recipient, RenderedMail mail, Attachment attachment)
            throws MessagingException {
        return compose(messageId, recipient, mail, attachment, null);
    }

    /** With {@code envelopeFrom}, the message's own SMTP MAIL FROM (a promotion's bounce address). */
    public MimeMessage compose(String messageId, String recipient, RenderedMail mail, Attachment attachment,
                               InternetAddress envelopeFrom) throws MessagingException {
        return Letters.compose(session, from, messageId, HeaderValues.recipient(recipient), mail, attachment,
                Date.from(clock.instant()), envelopeFrom);
    }

    private Optional<String> login() {
        return user.filter(u -> !u.isBlank());
    }
}
