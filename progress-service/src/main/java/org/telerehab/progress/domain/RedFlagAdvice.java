package org.telerehab.progress.domain;

import org.telerehab.events.codes.EmergencySigns;

import java.util.List;

/**
 * What the patient reads when a check-in reports red flags (DOMAIN.md S5, NICE NG59). Plain, patient-facing English;
 * both end with every emergency sign ({@link EmergencySigns#ALL}).
 */
public final class RedFlagAdvice {

    /** An emergency flag: stop, seek care now, do not wait for the therapist. */
    public static final List<String> EMERGENCY = List.of(
            "Please stop exercising now, and do not do any of your back exercises until a doctor has seen you.",
            "Seek medical care now: go to an urgent care or emergency department, or call your local "
                    + "emergency number. Please do not wait for your therapist to contact you.",
            "What you reported can mean a nerve is under pressure. A doctor needs to check this straight away.",
            "Your exercise plan is paused. Your therapist has been told and will help you start again once "
                    + "a doctor says it is safe.",
            EmergencySigns.ALL);

    /** Review flags only: the plan goes on, a doctor checks first before anything new. */
    public static final List<String> REVIEW = List.of(
            "Please make an appointment with your doctor soon and tell them what you reported today.",
            "You may carry on with your current exercises gently, and stop if anything feels worse. Your therapist "
                    + "has been told and will not start a new programme until your doctor has checked you.",
            EmergencySigns.ALL);

    private RedFlagAdvice() {
    }
}
