package org.telerehab.registry.service;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import org.telerehab.events.NotificationRaised;
import org.telerehab.registry.config.RegistryConfig;
import org.telerehab.registry.domain.Patient;
import org.telerehab.registry.domain.Therapist;
import org.telerehab.registry.repository.NotificationMailRepository;
import org.telerehab.registry.repository.PatientRepository;
import org.telerehab.registry.repository.TherapistRepository;
import org.telerehab.registry.service.NotificationMailText.Reader;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Mails the notifications engagement-service raises for people who want email: registry-service is the only home of
 * the addresses. One mail per notification, to the patient or therapist it is for, in their language, with a short
 * sentence about its kind and a link to the portal ({@link NotificationMailText}: nothing about anybody's health).
 *
 * <p>Nobody is mailed who has no profile here (an id registry does not know), nor a therapist whose account is
 * closed (they can no longer log in to read it), nor anybody about a micro-break. A discharged patient is still
 * mailed: engagement-service decides what is raised for whom, and a new message can come after a discharge.
 *
 * <p><b>Delivered at least once.</b> The SMTP server cannot join the database transaction. The mail is recorded
 * ({@code notification_mail}, keyed by the notification) and then handed to the SMTP server, both inside the
 * consumer's transaction, which commits only after the server accepted the mail. A mail the server refuses (or a
 * server that is down) rolls the record back, and the consumer tries again later, as for any failed event; a
 * redelivered event, or another event about the same notification, finds the record and mails nothing. Only a crash
 * (or a lost database connection) between the server's acceptance and the commit sends the mail a second time. That
 * was chosen over at most once (record committed first, mail sent after), whose crash window loses the mail for
 * good and which would need a retry of its own for a server that is down: a duplicate costs the reader one more
 * short mail with no data in it, while a lost one can be a therapist who does not hear of a red flag today.
 */
@ApplicationScoped
public class NotificationMailService {

    private static final Logger LOG = Logger.getLogger(NotificationMailService.class);
    /**
     * How long a send may take before the event is retried: the mailer's own timeout (quarkus.mailer.timeout, 20 s)
     * and a margin, well inside the consumer's transaction (60 s).
     */
    private static final Duration SEND_TIMEOUT = Duration.ofSeconds(30);

    private final PatientRepository patients;
    private final TherapistRepository therapists;
    private final NotificationMailRepository mails;
    private final Mailer mailer;
    private final RegistryConfig config;
    private final Clock clock;
    /**
     * Starts each send outside the consumer's Vert.x context. Vert.x's mail client, at its first mail, looks up the
     * host's name with an ordered executeBlocking on the calling context, which is the very ordered task an
     * {@code @Blocking} consumer runs in: called from there it waits for itself until the mailer times out (the
     * known deadlock of quarkusio/quarkus#28353). Called from a plain thread it runs on an event loop of its own.
     */
    private final ExecutorService sender = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "notification-mail-sender");
        thread.setDaemon(true);
        return thread;
    });

    NotificationMailService(PatientRepository patients, TherapistRepository therapists,
                            NotificationMailRepository mails, Mailer mailer, RegistryConfig config,
                            Clock clock) {
        this.patients = patients;
        this.therapists = therapists;
        this.mails = mails;
        this.mailer = mailer;
        this.config = config;
        this.clock = clock;
    }

    @PreDestroy
    void stop() {
        sender.shutdownNow();
    }

    /** Who a mail goes to, and in which language: never their name (the mail greets nobody). */
    private record Recipient(String email, String language, Reader reader) {
    }

    /**
     * Applied inside the consumer's transaction, which it can roll back (the SMTP server failed): the mail is sent
     * before that transaction commits, see the class's comment.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void mail(NotificationRaised raised) {
        Optional<Recipient> recipient = recipient(raised);
        if (recipient.isEmpty()) {
            return;
        }
        Recipient to = recipient.get();
        Optional<NotificationMailText> text = NotificationMailText.of(raised.kind(), to.reader(), to.language(),
                NotificationMailText.link(config.portalUrl()));
        if (text.isEmpty()) {
            LOG.debugf("Notification %s: a %s is never mailed", raised.notificationId(), raised.kind());
            return;
        }
        if (!mails.claim(raised.notificationId(), clock.instant())) {
            LOG.debugf("Notification %s was mailed already", raised.notificationId());
            return;
        }
        // a refusal or a timeout throws: the transaction rolls back, the consumer tries again
        send(Mail.withText(to.email(), text.get().subject(), text.get().body()));
        LOG.infof("Notification %s (%s) mailed to person %s", raised.notificationId(), raised.kind(),
                raised.personId());
    }

    /** Sends on the sender's thread (see {@link #sender}) and waits until the SMTP server accepted the mail. */
    private void send(Mail mail) {
        Future<?> sending = sender.submit(() -> mailer.send(mail));
        try {
            sending.get(SEND_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException failure ? failure
                    : new IllegalStateException("the mail was not sent", e.getCause());
        } catch (TimeoutException e) {
            sending.cancel(true);
            throw new IllegalStateException("the SMTP server did not accept the mail in " + SEND_TIMEOUT, e);
        } catch (InterruptedException e) {
            sending.cancel(true);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while sending a mail", e);
        }
    }

    /** The patient with this id, else the therapist whose account is open; empty for anybody else. */
    private Optional<Recipient> recipient(NotificationRaised raised) {
        Patient patient = patients.findById(raised.personId());
        if (patient != null) {
            return Optional.of(new Recipient(patient.email, patient.locale, Reader.PATIENT));
        }
        Therapist therapist = therapists.findById(raised.personId());
        if (therapist == null) {
            LOG.infof("Notification %s: person %s has no profile here, not mailed", raised.notificationId(),
                    raised.personId());
            return Optional.empty();
        }
        if (therapist.isDisabled()) {
            LOG.infof("Notification %s: therapist %s's account is closed, not mailed", raised.notificationId(),
                    raised.personId());
            return Optional.empty();
        }
        // a therapist's profile has no language (like their invitation): English, the realm's default
        return Optional.of(new Recipient(therapist.email, "en", Reader.THERAPIST));
    }
}
