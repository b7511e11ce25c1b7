package org.telerehab.portal.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;
import org.telerehab.events.codes.AlertType;

/**
 * The portal's words in English; {@code messages/msg_es.properties}, {@code _fr} and {@code _ar} hold the same keys in
 * Spanish, French and Arabic, and a key missing there falls back to these. Pages name them as {@code {msg:key}} and
 * are checked against this interface when the portal is built. A page is shown in the patient's language once every
 * word on it is here ({@link PortalLanguage#TRANSLATED}).
 */
@MessageBundle(value = "msg", locale = "en")
public interface Messages {

    // ---- the layout
    @Message("Skip to main content")
    String skipToMain();

    @Message("Logged in as {name}")
    String loggedInAs(String name);

    @Message("Log out")
    String logOut();

    @Message("Main")
    String mainNavigation();

    @Message("This page is not available in your language yet: it is shown in English.")
    String pageInEnglish();

    @Message("Home")
    String navHome();

    @Message("Screening")
    String navScreening();

    @Message("My plan")
    String navPlan();

    @Message("Log a session")
    String navSession();

    @Message("Check-in")
    String navCheckIn();

    @Message("My progress")
    String navProgress();

    @Message("My profile")
    String navProfile();

    // ---- what was logged without a connection (portal.js fills the list)
    @Message("Saved on this device")
    String queueTitle();

    @Message("Logged without a connection. It is sent by itself when you are back online, once.")
    String queueExplained();

    @Message("Session")
    String queueSession();

    @Message("Check-in")
    String queueCheckIn();

    @Message("waits to be sent")
    String queueWaiting();

    @Message("was not accepted: please log it again")
    String queueRefused();

    @Message("waits: log in again to send it")
    String queueLogin();

    @Message("No connection: your session is saved on this device.")
    String offlineSessionSaved();

    @Message("No connection: your check-in is saved on this device.")
    String offlineCheckInSaved();

    @Message("It is sent by itself when you are back online, once. You can keep using the app.")
    String offlineSentLater();

    @Message("Do not wait for it: stop exercising and seek medical care now.")
    String offlineEmergency();

    @Message("Go to an urgent care or emergency department, or call your local emergency number.")
    String offlineEmergencyWhere();

    // ---- the patient's today
    @Message("Today")
    String todayTitle();

    @Message("Hello {name}")
    String hello(String name);

    @Message("Today is {date}.")
    String todayIs(String date);

    @Message("We could not read {what} just now. Please try again in a few minutes.")
    String couldNotRead(String what);

    @Message("what you logged this week")
    String unavailableLogs();

    @Message("your plan")
    String unavailablePlan();

    @Message("whether a re-assessment is due")
    String unavailableReassessment();

    @Message("To do today")
    String toDoToday();

    @Message("Today's session")
    String todaysSession();

    @Message("Today's {count} sessions")
    String todaysSessions(int count);

    @Message("How to do each exercise")
    String howToDoEach();

    @Message("No session today:")
    String restDay();

    @Message("a day off to recover. Your plan spreads its sessions over the week.")
    String restDayWhy();

    @Message("Done:")
    String done();

    @Message("today's session. Well done.")
    String sessionDone();

    @Message("today's check-in.")
    String checkInDone();

    @Message("No exercise today:")
    String noExercise();

    @Message("your programme is on hold (see above).")
    String onHold();

    @Message("Your therapist builds your plan after your screening. If you have not done it yet,")
    String planAfterScreening();

    @Message("start with the screening")
    String startScreening();

    @Message("Daily check-in")
    String dailyCheckIn();

    @Message("Your pain today and any warning signs: one minute.")
    String dailyCheckInWhy();

    @Message("Re-assessment (week {week} of your plan)")
    String reassessmentDue(Object week);

    @Message("About five minutes: it shows you and your therapist what has changed.")
    String reassessmentWhy();

    @Message("This week")
    String thisWeek();

    @Message("{done} of {target}")
    String doneOfTarget(int done, int target);

    @Message("sessions")
    String sessionsWord();

    @Message(": the week's sessions are done.")
    String weekDone();

    @Message("Monday to Sunday")
    String mondayToSunday();

    @Message("today")
    String todayWord();

    @Message("{count} session{#if count > 1}s{/if}")
    String sessionsOnDay(int count);

    @Message("check-in")
    String checkInOnDay();

    @Message("nothing logged")
    String nothingLogged();

    @Message("to come")
    String toCome();

    @Message("✓ a session · ● a check-in")
    String weekLegend();

    @Message("More")
    String more();

    @Message("Your exercises, with steps, cues and limits.")
    String planWhy();

    @Message("Pain against your baseline, and how often you practise.")
    String progressWhy();

    @Message("Tell us about your back pain.")
    String screeningWhy();

    @Message("Your phone, your language and your time zone.")
    String profileWhy();

    @Message("Who saw my records")
    String accessLog();

    @Message("Everyone who opened or changed your records, and when.")
    String accessLogWhy();

    // ---- the 0-10 scales
    @Message("no pain")
    String painNone();

    @Message("moderate")
    String moderate();

    @Message("worst imaginable")
    String painWorst();

    @Message("resting")
    String effortNone();

    @Message("as hard as you can")
    String effortMost();

    // ---- logging a session
    @Message("You have no plan yet, so there is nothing to log. Your therapist will build one after your screening.")
    String noPlanToLog();

    @Message("Which exercises did you do?")
    String whichExercises();

    @Message("How did it feel?")
    String howDidItFeel();

    @Message("Pain before the session")
    String painBefore();

    @Message("Pain after the session")
    String painAfter();

    @Message("How hard it felt")
    String howHard();

    @Message("Aim for 6-7 out of 10, never 8+.")
    String effortAim();

    @Message("Anything else?")
    String anythingElse();

    @Message("Notes (optional)")
    String notes();

    @Message("Save session")
    String saveSession();

    @Message("Session saved")
    String sessionSaved();

    @Message("This session was already saved; nothing was recorded twice.")
    String sessionRepeat();

    @Message("Well done: your session is saved.")
    String sessionSavedWellDone();

    @Message("See my progress")
    String seeProgress();

    @Message("{sets} set{#if sets != 1}s{/if}{#if reps > 0} × {reps} rep{#if reps != 1}s{/if}{/if}"
            + "{#if holdSeconds > 0}, hold {holdSeconds} s{/if}")
    String dose(Integer sets, Integer reps, Integer holdSeconds);

    /** What a patient is told of an alert their session or check-in raised (a generated switch on the type). */
    @Message
    String alertName(AlertType type);

    @Message
    String alertAdvice(AlertType type);
}
