package org.telerehab.intake.domain;

import java.util.List;

import org.telerehab.events.codes.Disposition;
import org.telerehab.events.codes.EmergencySigns;

/**
 * What the patient reads right after screening. Worded from the source articles (DOMAIN.md S3,
 * S5, S7, S12) in plain, patient-facing English; the clinical terms stay on the therapist's side.
 * Every disposition ends with every emergency sign ({@link EmergencySigns#ALL}).
 */
public final class PatientAdvice {

    /** S5 and NICE NG59: cauda equina signs need care now, not a message to the therapist. */
    static final List<String> EMERGENCY_REFERRAL = List.of(
            "Please stop exercising now, and do not start any back exercises for the moment.",
            "Seek medical care now: go to an urgent care or emergency department, or call your local "
                    + "emergency number. Please do not wait for your therapist to contact you.",
            "Some of the symptoms you told us about can mean a nerve is under pressure. A doctor needs to "
                    + "check this straight away.",
            "Your exercise programme stays on hold until a doctor has seen you. We will be here to help "
                    + "you get moving again once it is safe.",
            EmergencySigns.ALL);

    /** Review flags: a doctor clears the patient before any programme (it stays blocked until then). */
    static final List<String> PHYSICIAN_REVIEW = List.of(
            "Please see your doctor before starting any exercise programme.",
            "Some of your answers, such as a past history of cancer, weight loss you cannot explain, a "
                    + "fever, a recent fall or injury, pain at night, long-term steroid use, thin bones or pain "
                    + "that is constant and getting worse, need a doctor's check first. This is a routine "
                    + "precaution, not a diagnosis.",
            "Your therapist will wait for your doctor's clearance before giving you any exercises.",
            EmergencySigns.ALL);

    /** What happens next, then the safety rules of S3, S5, S7 and S12. */
    static final List<String> READY_FOR_PROGRAM = List.of(
            "Thank you for completing your screening. A therapist will review your answers and build an "
                    + "exercise programme for your kind of back pain; you will see it here when it is ready.",
            "The exercises are slow and controlled, to retrain how you move. A few minutes every day "
                    + "helps more than a long session once in a while.",
            "When you stretch, aim for a feeling of about 6 to 7 out of 10. Never push to 8 out of 10 or "
                    + "more: your muscles tighten up to protect themselves and it makes things worse.",
            "If an exercise makes the pain worse, back off to about half the effort. Stop straight away if "
                    + "you feel sharp pain, and never push through pain.",
            "If your back feels inflamed, sharp or suddenly worse, rest, use ice or go for a gentle walk "
                    + "instead of exercising that day.",
            "Please see your doctor if pain starts shooting down your leg, you notice numbness, your pain "
                    + "gets worse at night, sharp pain does not settle, or the pain stays despite regular "
                    + "practice.",
            EmergencySigns.ALL);

    private PatientAdvice() {
    }

    public static List<String> forDisposition(Disposition disposition) {
        if (disposition == null) {
            throw new IllegalArgumentException("disposition must not be null");
        }
        // No default branch: a new disposition must not compile until it has its own advice.
        return switch (disposition) {
            case EMERGENCY_REFERRAL -> EMERGENCY_REFERRAL;
            case PHYSICIAN_REVIEW -> PHYSICIAN_REVIEW;
            case READY_FOR_PROGRAM -> READY_FOR_PROGRAM;
        };
    }
}
