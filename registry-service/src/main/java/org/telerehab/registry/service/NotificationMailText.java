package org.telerehab.registry.service;

import org.telerehab.events.codes.NotificationKind;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A notification mail's subject and text, in the reader's language (the portal's: en, es, fr, ar; English for any
 * other). They say what kind of thing waits in the portal and link to it, never what it is: no name of anybody, no
 * health data (no pain, symptom, red flag or exercise), no message text, no number. Whatever the reader needs to know
 * more, they read in the portal after logging in.
 *
 * @param subject the kind's sentence (without a final full stop)
 * @param body    the sentence, the line that leads to the link, the link, and a line saying not to reply
 */
public record NotificationMailText(String subject, String body) {

    /** Who reads the mail: a new message comes from the other side. */
    public enum Reader {
        PATIENT, THERAPIST
    }

    /** One language's words: a sentence per kind that is mailed, and the lines around the link. */
    private record Words(String sessionDue, String nothingLogged, String reassessmentDue, String messageFromTherapist,
                         String messageFromPatient, String redFlagAlert, String alertDigest, String open,
                         String automatic) {
    }

    private static final Words ENGLISH = new Words(
            "It's time for today's exercises.",
            "Nothing has been logged for two days: how are your exercises going?",
            "It's time to tell us how your programme is going.",
            "You have a new message from your therapist.",
            "You have a new message from a patient.",
            "A patient in your care needs your attention today.",
            "Patients in your care have alerts waiting for you.",
            "Open Telerehab to see it:",
            "Telerehab sent this mail automatically; please do not reply to it.");

    private static final Map<String, Words> BY_LANGUAGE = Map.of(
            "en", ENGLISH,
            "es", new Words(
                    "Es hora de hacer los ejercicios de hoy.",
                    "No ha registrado nada en los últimos dos días: ¿cómo van sus ejercicios?",
                    "Es momento de contarnos cómo va su programa.",
                    "Tiene un mensaje nuevo de su fisioterapeuta.",
                    "Tiene un mensaje nuevo de un paciente.",
                    "Un paciente a su cargo necesita su atención hoy.",
                    "Algunos pacientes a su cargo tienen alertas pendientes.",
                    "Abra Telerehab para verlo:",
                    "Telerehab envía este correo automáticamente; por favor, no responda."),
            "fr", new Words(
                    "C’est l’heure des exercices du jour.",
                    "Rien n’a été noté depuis deux jours : où en sont vos exercices ?",
                    "Il est temps de nous dire où vous en êtes dans votre programme.",
                    "Vous avez un nouveau message de votre kinésithérapeute.",
                    "Vous avez un nouveau message d’un patient.",
                    "Un patient que vous suivez a besoin de votre attention aujourd’hui.",
                    "Des patients que vous suivez ont des alertes en attente.",
                    "Ouvrez Telerehab pour le voir :",
                    "Telerehab envoie ce courriel automatiquement ; merci de ne pas y répondre."),
            "ar", new Words(
                    "حان وقت تمارين اليوم.",
                    "لم يُسجَّل شيء منذ يومين: كيف تسير تمارينك؟",
                    "حان الوقت لتخبرنا كيف يسير برنامجك.",
                    "لديك رسالة جديدة من معالجك.",
                    "لديك رسالة جديدة من أحد المرضى.",
                    "أحد المرضى الذين ترعاهم يحتاج إلى اهتمامك اليوم.",
                    "لدى مرضى ترعاهم تنبيهات بانتظارك.",
                    "افتح Telerehab للاطلاع عليه:",
                    "أرسل Telerehab هذه الرسالة تلقائيًا؛ يُرجى عدم الرد عليها."));

    /**
     * The mail for a notification of this kind, or empty for a kind that is never mailed (a micro-break: a nudge
     * for the moment, stale by the time a mail is read).
     *
     * @param language the reader's language code; English when it is null or not one of the portal's
     * @param link     the portal's page of notifications, the mail's only link
     */
    public static Optional<NotificationMailText> of(NotificationKind kind, Reader reader, String language,
                                                    String link) {
        Words words = BY_LANGUAGE.getOrDefault(language == null ? "" : language.toLowerCase(Locale.ROOT), ENGLISH);
        String sentence = switch (kind) {
            case SESSION_DUE -> words.sessionDue();
            case NOTHING_LOGGED -> words.nothingLogged();
            case REASSESSMENT_DUE -> words.reassessmentDue();
            case NEW_MESSAGE -> reader == Reader.PATIENT ? words.messageFromTherapist() : words.messageFromPatient();
            case RED_FLAG_ALERT -> words.redFlagAlert();
            case ALERT_DIGEST -> words.alertDigest();
            case MICRO_BREAK -> null;
        };
        if (sentence == null) {
            return Optional.empty();
        }
        String subject = sentence.endsWith(".") ? sentence.substring(0, sentence.length() - 1) : sentence;
        String body = sentence + "\n\n" + words.open() + "\n" + link + "\n\n" + words.automatic() + "\n";
        return Optional.of(new NotificationMailText(subject, body));
    }

    /** The portal's page of notifications: {@code portalUrl} with or without its final slash. */
    public static String link(String portalUrl) {
        return portalUrl.endsWith("/") ? portalUrl + "notifications" : portalUrl + "/notifications";
    }
}
