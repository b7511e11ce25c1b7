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

    // ---- a programme on hold (fragments/programme-hold): why, and what to do now
    /** The headline of the hold, by its reason (one key per reason: holdHeadline_$EMERGENCY). */
    @Message
    String holdHeadline(ProgrammeHold.Reason reason);

    @Message("a recent day")
    String aRecentDay();

    @Message("On {day} you told us about a warning sign that a doctor needs to check straight away:")
    String holdWhyEmergency(String day);

    @Message("Your plan was paused after you reported a warning sign. Your therapist has recorded that a doctor has "
            + "checked you, and will give you a new plan.")
    String holdWhyPausedCleared();

    @Message("Your plan was paused after you reported a warning sign, and a doctor still needs to check what you told "
            + "us on {day}:")
    String holdWhyPausedOpen(String day);

    @Message("On {day} you told us something a doctor should check (it is not an emergency):")
    String holdWhyReview(String day);

    @Message("What to do now")
    String whatToDoNow();

    @Message("Do not do any of your exercises until a doctor has checked you.")
    String holdDoNotExercise();

    @Message("If a doctor has not seen you about this yet, seek medical care now: go to an urgent care or emergency "
            + "department, or call your local emergency number.")
    String holdSeekCare();

    @Message("Your therapist has been told. They will start your programme again once a doctor says it is safe.")
    String holdTherapistTold();

    @Message("Please do not restart these exercises until your therapist gives you a new plan.")
    String holdDoNotRestart();

    @Message("Please make an appointment with your doctor soon and tell them what you told us.")
    String holdSeeDoctorSoon();

    @Message("You may carry on with your current exercises gently, and stop if anything feels worse. Your therapist "
            + "will not start a new programme until your doctor has checked you.")
    String holdCarryOnGently();

    @Message("Your therapist will start your programme once your doctor has checked you.")
    String holdStartsAfterDoctor();

    @Message("Your programme is on hold.")
    String pausedBanner();

    @Message("Please do not exercise until your therapist or a doctor has spoken with you.")
    String pausedBannerWhy();

    @Message("We could not check your programme's status just now.")
    String holdUnknown();

    // ---- warning signs (fragments/emergency-flags), asked at the screening and each check-in
    @Message("Warning signs")
    String warningSigns();

    @Message("Please answer these first. They tell us whether you need a doctor before any exercise.")
    String warningSignsFirst();

    @Message("Do you have any of these now? Tick any you have.")
    String emergencyFlagsQuestion();

    @Message("Stop exercising and seek medical care now.")
    String stopAndSeekCareNow();

    @Message("Go to an urgent care or emergency department, or call your local emergency number. Do not wait for your"
            + " therapist. These signs can mean a nerve is under pressure, and a doctor needs to check you today.")
    String emergencyWarning();

    @Message("Does any of this apply to you? Tick any that do.")
    String reviewFlagsQuestion();

    @Message("These are not emergencies, but a doctor should check them before your programme starts or changes.")
    String reviewFlagsWhy();

    // ---- the daily check-in and its result
    @Message("Your pain today")
    String painToday();

    @Message("The day and anything else")
    String dayAndAnythingElse();

    @Message("Date")
    String date();

    @Message("Save check-in")
    String saveCheckIn();

    @Message("Check-in saved")
    String checkInSaved();

    @Message("This check-in was already saved; nothing was recorded twice.")
    String checkInRepeat();

    @Message("Stop exercising and seek medical care now")
    String stopAndSeekCare();

    @Message("Your check-in is saved and your therapist has been told.")
    String checkInSavedTherapistTold();

    @Message("Please see your doctor soon")
    String seeDoctorSoon();

    @Message("Thank you, your check-in is saved.")
    String checkInSavedThanks();

    // ---- the screening, the re-assessment and their questionnaires
    @Message("Back pain screening")
    String screeningHeading();

    @Message("Where is your pain?")
    String whereIsYourPain();

    @Message("The pain spreads down my leg, below the knee")
    String radiatesBelowKnee();

    @Message("How strong is it?")
    String howStrongIsIt();

    @Message("How strong is your pain?")
    String howStrongIsYourPain();

    @Message("Pain right now")
    String painNow();

    @Message("Average pain this week")
    String painAverageWeek();

    @Message("Since when, and your mornings")
    String sinceWhen();

    @Message("For how many weeks?")
    String forHowManyWeeks();

    @Message("Usual wake-up time")
    String wakeUpTime();

    @Message("Send my screening")
    String sendScreening();

    @Message("Over the last 2 weeks (STarT Back)")
    String startBackLegend();

    @Message("Tick the statements you agree with.")
    String startBackHint();

    @Message("These questions are not available in your language yet: they are shown in English.")
    String questionnaireInEnglish();

    @Message("Daily life (Oswestry, optional)")
    String odiLegend();

    @Message("For each area: 0 = no difficulty, 5 = the most difficulty. Leave blank to skip; answer at least 8 of "
            + "the 10 for a score.")
    String odiHint();

    @Message("Skip")
    String skip();

    @Message("Screening result")
    String screeningResult();

    @Message("Your screening")
    String yourScreening();

    @Message("Go to an urgent care or emergency department, or call your local emergency number, today.")
    String screeningEmergencyWhere();

    @Message("Please see your doctor before you start exercising.")
    String seeDoctorBeforeExercising();

    @Message("What you told us needs a doctor's check first. Your therapist will start your programme once your "
            + "doctor has checked you.")
    String seeDoctorBeforeExercisingWhy();

    @Message("Next step")
    String nextStep();

    @Message("Pain type")
    String painType();

    @Message("Baseline pain")
    String baselinePain();

    @Message("{pain} out of 10")
    String outOfTen(Object pain);

    @Message("Duration")
    String duration();

    @Message("{total} of 9 ({risk} risk)")
    String startBackScore(Object total, String risk);

    @Message("not scored: {answered} of 10 sections answered, at least 8 are needed")
    String odiNotScored(Integer answered);

    @Message("Advice for you")
    String adviceForYou();

    @Message("Back to home")
    String backToHome();

    @Message("Re-assessment")
    String reassessment();

    @Message("The same questions as your first screening, so that you and your therapist can see what has changed.")
    String reassessmentIntro();

    @Message("Send my re-assessment")
    String sendReassessment();

    @Message("Re-assessment saved")
    String reassessmentSaved();

    @Message("Compared with your first screening for this programme:")
    String comparedWithFirstScreening();

    @Message("Your therapist sees these results too.")
    String therapistSeesResults();

    @Message("Your average pain is {points} point{#if points != 1}s{/if} lower.")
    String painLower(int points);

    @Message("Your average pain is {points} point{#if points != 1}s{/if} lower: a change you can feel.")
    String painLowerFelt(int points);

    @Message("Your average pain is {points} point{#if points != 1}s{/if} higher. Your therapist will look at this "
            + "with you.")
    String painHigher(int points);

    @Message("Your average pain is the same.")
    String painSame();

    @Message("Back pain gets in the way of daily life {points} points less (out of 100).")
    String odiLess(int points);

    @Message("Back pain gets in the way of daily life {points} points less (out of 100): a change you can feel.")
    String odiLessFelt(int points);

    @Message("Back pain gets in the way of daily life {points} points more (out of 100).")
    String odiMore(int points);

    @Message("Back pain gets in the way of daily life as much as before.")
    String odiSame();

    // ---- my progress
    @Message("No progress yet: it starts with your first session or check-in.")
    String noProgressYet();

    @Message("Your therapist has been told about")
    String therapistToldAbout();

    @Message("Summary")
    String progressSummary();

    @Message("Average, last 7 days")
    String averageLast7Days();

    @Message("Latest")
    String latestPain();

    @Message("Change")
    String painChangeWord();

    @Message("Important improvement")
    String importantImprovement();

    @Message("Yes, reached")
    String yesReached();

    @Message("Not yet")
    String notYet();

    @Message("Sessions, last 7 days")
    String sessionsLast7Days();

    @Message("Sessions, last 28 days")
    String sessionsLast28Days();

    @Message("{percent} of plan")
    String ofPlan(String percent);

    @Message("Sessions logged")
    String sessionsLogged();

    @Message("The charts are not available now:")
    String chartsUnavailable();

    // ---- my plan (the exercises' own words come from program-service, in English for now)
    @Message("You have no plan yet. Your therapist will build one after your screening.")
    String noPlanYet();

    @Message("Sessions")
    String planSessions();

    @Message("{perWeek} per week (version {version}, from {from})")
    String planSessionsPerWeek(Object perWeek, Object version, String from);

    @Message("Micro-breaks")
    String microBreaks();

    @Message("A 2-3 minute micro-session every {minutes} minutes while you work.")
    String microBreaksEvery(Integer minutes);

    @Message("A 2-3 minute micro-session every 2 hours while you work.")
    String microBreaksUsual();

    @Message("How hard:")
    String planHowHard();

    @Message("stretch to 6-7 out of 10, never 8+. If it hurts more, back off to 50%. Do not bounce; stop on sharp "
            + "pain, and see a doctor if sharp pain persists.")
    String planHowHardWhy();

    @Message("Habit cues")
    String habitCues();

    @Message("If {trigger}, then {action}.")
    String habitCue(String trigger, String action);

    @Message("Dose:")
    String doseLabel();

    @Message("When:")
    String whenLabel();

    @Message("Not within {minutes} min of waking")
    String notWithinMinutesOfWaking(int minutes);

    @Message("Any time of day")
    String anyTimeOfDay();

    @Message("Intensity:")
    String intensityLabel();

    @Message("Work at 6-7 out of 10, never 8+.")
    String intensityUsual();

    @Message("Keep it gentle: at most {cap} out of 10 for this one (6-7 out of 10 is the most ever, never 8+).")
    String intensityGentle(int cap);

    @Message("Steps")
    String steps();

    @Message("Cues")
    String cues();

    @Message("Equipment:")
    String equipment();

    @Message("Line drawing of {name}: the start position and the end position")
    String illustrationAlt(String name);

    @Message("Your browser cannot play this video.")
    String videoUnsupported();

    // ---- my profile
    @Message("Saved. Your language and time zone apply from now on.")
    String profileSaved();

    @Message("Name")
    String profileName();

    @Message("Date of birth")
    String profileBirthDate();

    @Message("Email")
    String profileEmail();

    @Message("If your name, date of birth or email is wrong, tell your therapist: they correct it.")
    String profileWhoCorrects();

    @Message("What you can change")
    String profileWhatYouCanChange();

    @Message("Phone (optional)")
    String profilePhone();

    @Message("Language")
    String profileLanguage();

    @Message("Time zone")
    String profileTimeZone();

    @Message("Where you live, for example Europe/Madrid or America/Los_Angeles: your days and reminders follow it.")
    String profileTimeZoneHint();

    @Message("Save")
    String save();

    // ---- who saw my records (the title is accessLog)
    @Message("Every time someone opens or changes your records, Telerehab writes it down, and nobody can change that "
            + "list. Your therapist sees your records to care for you; a clinic administrator may only look with a "
            + "reason, which is shown here.")
    String accessLogIntro();

    @Message("This list may be incomplete: we could not reach the part of Telerehab that keeps your {sources}. Please "
            + "try again later.")
    String accessLogIncomplete(String sources);

    /** The records each service keeps, as in "the part of Telerehab that keeps your ..." (one key per source). */
    @Message
    String accessLogSource(AccessLogView.Source source);

    @Message("Newest first")
    String newestFirst();

    @Message("When")
    String logWhen();

    @Message("Who")
    String logWho();

    @Message("What")
    String logWhat();

    @Message("Reason given")
    String logReason();

    @Message("Nobody has opened your records yet.")
    String nobodyYet();

    @Message("You")
    String logYou();

    @Message("Therapist {id}")
    String logTherapist(String id);

    @Message("Clinic administrator {id}")
    String logAdmin(String id);

    @Message("Someone else ({id})")
    String logSomeoneElse(String id);

    /** What was done, as in "viewed your plan" (one key per action; an unknown one is shown as its code). */
    @Message
    String logDid(AccessLogView.Action action);

    /** What of the records it was done to (one key per resource type). */
    @Message
    String logResource(AccessLogView.Resource resource);
}
