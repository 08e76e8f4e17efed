// The baseline of `scripts/bench mail`: a bare Jakarta Mail loop, no outbox, no database. It sends
// <count> messages shaped like the referral invitation (multipart/alternative, text and HTML, UTF-8)
// to <host>:<port> over one SMTP connection and prints lines starting with "BENCH " to parse. As the
// service is measured warm, so is the loop: the same number of messages goes first, unmeasured, so
// that the JIT has compiled it.
//
//   java -cp <jakarta.mail and angus-mail jars> BareMail.java <host> <port> <count>

import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.util.Properties;

public class BareMail {

    public static void main(String[] args) throws Exception {
        String host = args[0];
        int port = Integer.parseInt(args[1]);
        int count = Integer.parseInt(args[2]);
        var properties = new Properties();
        properties.put("mail.smtp.host", host);
        properties.put("mail.smtp.port", Integer.toString(port));
        properties.put("mail.smtp.connectiontimeout", "10000");
        properties.put("mail.smtp.timeout", "10000");
        var session = Session.getInstance(properties);
        var from = new InternetAddress("Psynergy Billing <no-reply@psynergybilling.com>", true);
        String text = "Hello Colleague N,\n\nBench Referrer gave us your address. ".repeat(12);
        String html = "<p>Hello Colleague N,</p><p>Bench Referrer gave us your address.</p>".repeat(12);
        try (Transport transport = session.getTransport("smtp")) {
            transport.connect();
            send(session, transport, from, text, html, "warm-", count);
        }
        long started = System.nanoTime();
        try (Transport transport = session.getTransport("smtp")) {
            transport.connect();
            send(session, transport, from, text, html, "bare-", count);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("BENCH sent %d%n", count);
        System.out.printf("BENCH seconds %.3f%n", seconds);
        System.out.printf("BENCH rate %.1f%n", count / seconds);
    }

    private static void send(Session session, Transport transport, InternetAddress from, String text, String html,
                             String prefix, int count) throws Exception {
        for (int i = 1; i <= count; i++) {
            var message = new MimeMessage(session);
            message.setFrom(from);
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(prefix + i + "@example.com", true));
            message.setSubject("Bench Referrer thinks Psynergy Billing could help your practice", "UTF-8");
            var textPart = new MimeBodyPart();
            textPart.setText(text.replace("N,", i + ","), "UTF-8", "plain");
            var htmlPart = new MimeBodyPart();
            htmlPart.setText(html.replace("N,", i + ","), "UTF-8", "html");
            message.setContent(new MimeMultipart("alternative", textPart, htmlPart));
            message.saveChanges();
            transport.sendMessage(message, message.getAllRecipients());
        }
    }
}
