package org.hpms.scheduling.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Properties;

/** Sends email through WildFly's mail session {@code java:jboss/mail/Hpms} (SMTP server and sender set by wildfly-config). */
@ApplicationScoped
public class MailChannel {

    /** A mail server that does not answer must not hold a delivery thread for long. */
    private static final String TIMEOUT_MILLIS = "20000";

    @Resource(lookup = "java:jboss/mail/Hpms")
    Session mailSession;

    /** Adds timeouts to the server's session (kept: its authenticator holds the SMTP credentials), unless set already. */
    @PostConstruct
    void limitWaiting() {
        Properties properties = mailSession.getProperties();
        for (String timeout : new String[] {"mail.smtp.connectiontimeout", "mail.smtp.timeout", "mail.smtp.writetimeout"}) {
            properties.putIfAbsent(timeout, TIMEOUT_MILLIS);
        }
    }

    public void send(String to, String subject, String text) throws MessagingException {
        MimeMessage message = new MimeMessage(mailSession);
        message.setFrom();
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(to, true));
        message.setSubject(subject, StandardCharsets.UTF_8.name());
        message.setText(text, StandardCharsets.UTF_8.name());
        message.setSentDate(new Date());
        Transport.send(message);
    }
}
