package org.telerehab.progress.domain;

import java.util.List;

/**
 * What the patient reads when a check-in reports an emergency red flag (DOMAIN.md S5, NICE NG59):
 * stop, seek care now, do not wait for the therapist. Plain, patient-facing English.
 */
public final class EmergencyAdvice {

    public static final List<String> LINES = List.of(
            "Please stop exercising now, and do not do any of your back exercises until a doctor has seen you.",
            "Seek medical care now: go to an urgent care or emergency department, or call your local "
                    + "emergency number. Please do not wait for your therapist to contact you.",
            "The symptoms you reported, such as changes in bladder or bowel control, numbness around the "
                    + "groin or buttocks, weakness in your legs or numbness that is getting worse, can mean a "
                    + "nerve in your lower back is under pressure. A doctor needs to check this straight away.",
            "Your exercise plan is paused. Your therapist has been told and will help you start again once "
                    + "a doctor says it is safe.");

    private EmergencyAdvice() {
    }
}
