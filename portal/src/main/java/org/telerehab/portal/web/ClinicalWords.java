package org.telerehab.portal.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;
import org.telerehab.events.codes.Chronicity;
import org.telerehab.events.codes.Disposition;
import org.telerehab.events.codes.RedFlag;
import org.telerehab.events.codes.Region;
import org.telerehab.events.codes.RiskLevel;

/**
 * Clinical wording by code, for patients (and for staff pages to read too): one key per code of the {@code events}
 * enums ({@code flag_$SADDLE_NUMBNESS=...}) in {@code messages/clinical_en.properties}, with {@code clinical_es},
 * {@code _fr} and {@code _ar} beside it; templates name them {@code {clinical:flag(f)}}. The English words of each
 * emergency sign are {@link org.telerehab.events.codes.EmergencySigns#describe}'s (a test keeps them equal); the
 * translations are to be read by a clinician fluent in each language before a clinic relies on them.
 */
@MessageBundle(value = "clinical", locale = "en")
public interface ClinicalWords {

    /** A red flag in the patient's words, as a sentence (a checkbox label, a line of a list of signs). */
    @Message
    String flag(RedFlag flag);

    /** The lead-in of the list of every emergency sign that ends each piece of advice a patient reads. */
    @Message("Stop exercising and seek medical care now, at an urgent care or emergency department or by calling your"
            + " local emergency number, if you notice any of these:")
    String allSignsLead();

    @Message
    String region(Region region);

    @Message
    String disposition(Disposition disposition);

    @Message
    String risk(RiskLevel risk);

    @Message
    String chronicity(Chronicity chronicity);

    /** The Oswestry band intake-service names ({@link OdiBand}). */
    @Message
    String odiBand(OdiBand band);

    /** intake-service's Oswestry bands (its own enum, not in {@code events}): 0-20 %, 21-40, 41-60, 61-80, 81-100. */
    enum OdiBand {
        MINIMAL, MODERATE, SEVERE, CRIPPLED, BED_BOUND
    }

    // ---- what a patient is told after reporting warning signs at a check-in (progress-service's RedFlagAdvice)
    @Message("Please stop exercising now, and do not do any of your back exercises until a doctor has seen you.")
    String checkInEmergencyStop();

    @Message("Seek medical care now: go to an urgent care or emergency department, or call your local emergency "
            + "number. Please do not wait for your therapist to contact you.")
    String seekCareNow();

    @Message("What you reported can mean a nerve is under pressure. A doctor needs to check this straight away.")
    String checkInEmergencyWhy();

    @Message("Your exercise plan is paused. Your therapist has been told and will help you start again once a doctor "
            + "says it is safe.")
    String checkInEmergencyPaused();

    @Message("Please make an appointment with your doctor soon and tell them what you reported today.")
    String checkInReviewAppointment();

    @Message("You may carry on with your current exercises gently, and stop if anything feels worse. Your therapist "
            + "has been told and will not start a new programme until your doctor has checked you.")
    String checkInReviewCarryOn();

    // ---- what a patient is told after a screening, by its disposition (intake-service's PatientAdvice)
    @Message("Please stop exercising now, and do not start any back exercises for the moment.")
    String screeningEmergencyStop();

    @Message("Some of the symptoms you told us about can mean a nerve is under pressure. A doctor needs to check "
            + "this straight away.")
    String screeningEmergencyWhy();

    @Message("Your exercise programme stays on hold until a doctor has seen you. We will be here to help you get "
            + "moving again once it is safe.")
    String screeningEmergencyOnHold();

    @Message("Please see your doctor before starting any exercise programme.")
    String screeningReviewFirst();

    @Message("Some of your answers, such as a past history of cancer, weight loss you cannot explain, a fever, a recent"
            + " fall or injury, pain at night, long-term steroid use, thin bones or pain that is constant and getting"
            + " worse, need a doctor's check first. This is a routine precaution, not a diagnosis.")
    String screeningReviewWhy();

    @Message("Your therapist will wait for your doctor's clearance before giving you any exercises.")
    String screeningReviewWait();

    @Message("Thank you for completing your screening. A therapist will review your answers and build an exercise "
            + "programme for your kind of back pain; you will see it here when it is ready.")
    String screeningReadyNext();

    @Message("The exercises are slow and controlled, to retrain how you move. A few minutes every day helps more than"
            + " a long session once in a while.")
    String screeningReadySlow();

    @Message("When you stretch, aim for a feeling of about 6 to 7 out of 10. Never push to 8 out of 10 or more: your "
            + "muscles tighten up to protect themselves and it makes things worse.")
    String screeningReadyStretch();

    @Message("If an exercise makes the pain worse, back off to about half the effort. Stop straight away if you feel "
            + "sharp pain, and never push through pain.")
    String screeningReadyBackOff();

    @Message("If your back feels inflamed, sharp or suddenly worse, rest, use ice or go for a gentle walk instead of "
            + "exercising that day.")
    String screeningReadyRest();

    @Message("Please see your doctor if pain starts shooting down your leg, you notice numbness, your pain gets worse "
            + "at night, sharp pain does not settle, or the pain stays despite regular practice.")
    String screeningReadyDoctor();
}
