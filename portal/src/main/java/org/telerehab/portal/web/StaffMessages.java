package org.telerehab.portal.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The therapists' and admins' words in English; {@code messages/staff_es.properties}, {@code _fr} and {@code _ar} hold
 * the same keys, and a key missing there falls back to these. Pages name them as {@code {staff:key}}; a staff page is
 * shown in the user's language once every word on it is here ({@link PortalLanguage#TRANSLATED}). Code labels are
 * in {@link StaffCodeWords}.
 */
@MessageBundle(value = "staff", locale = "en")
public interface StaffMessages {

    // ---- the navigation
    @Message("Worklist")
    String navWorklist();

    @Message("Home")
    String navAdminHome();

    @Message("Escalated red flags")
    String navEscalated();

    @Message("Therapists")
    String navTherapists();

    @Message("Find a patient")
    String navFindPatient();

    @Message("Invite a patient")
    String navInvitePatient();

    @Message("Invite a therapist")
    String navInviteTherapist();

    @Message("Exercise library")
    String navLibrary();

    @Message("Results")
    String navResults();

    // ---- red-flag reports, on the worklist, the patient page and the admins' list
    @Message("{severity}, open")
    String severityOpen(String severity);

    @Message("reported at a {source}, {when}")
    String reportedAt(String source, String when);

    @Message("Acted on by {who} on {when}")
    String actedOnBy(String who, String when);

    @Message("Cleared by {who} on {when}")
    String clearedBy(String who, String when);

    @Message("Escalated to the clinic's admins on {when} (nobody had acted on it)")
    String escalatedOn(String when);

    @Message("Open: new plans wait for a clearance")
    String stateOpen();

    @Message("you")
    String byYou();

    @Message("therapist {id}")
    String byTherapist(String id);

    @Message("a therapist")
    String bySomeone();

    @Message("Flags")
    String flags();

    @Message("State")
    String state();

    @Message("Acted on")
    String actedOn();

    @Message("Escalated")
    String escalated();

    // ---- shared words
    @Message("Pain type")
    String painType();

    @Message("Baseline pain")
    String baselinePain();

    @Message("{value} / 10")
    String outOfTen(Object value);

    @Message("Screened")
    String screened();

    // ---- the worklist
    @Message("Worklist")
    String worklistTitle();

    @Message("Triage worklist")
    String worklistHeading();

    @Message("Handed over: your colleague cares for the patient from now on.")
    String worklistTransferred();

    @Message("Released to the triage pool. Any therapist can take the patient into care from this list; an emergency "
            + "red flag they report meanwhile goes to the clinic's admins at once.")
    String worklistReleased();

    @Message("Most urgent first: an open emergency red flag, then an open review red flag, then open alerts, then risk "
            + "high, medium, low; oldest first within each. A red flag stays open until you record a clearance.")
    String worklistOrder();

    @Message("Escalated:")
    String worklistEscalated();

    @Message("an emergency red flag waited for a clinician and went to the clinic's admins.")
    String worklistEscalatedWhy();

    @Message("In nobody's care")
    String inNobodysCare();

    @Message("Risk {risk}")
    String riskBadge(String risk);

    @Message("Latest screening: {disposition}")
    String latestScreening(String disposition);

    @Message("Alert: {alert}")
    String alertBadge(String alert);

    @Message("Take into care")
    String takeIntoCare();

    @Message("Take {who} into care")
    String takeIntoCareOf(String who);

    @Message("Open")
    String open();

    @Message("Open {who}")
    String openPatient(String who);

    @Message("No screened patients are waiting.")
    String noneWaiting();

    // ---- the therapist's page of a patient
    @Message("Plan version {version} assigned.")
    String planAssigned(Integer version);

    @Message("Alert resolved.")
    String alertResolved();

    @Message("Clearance recorded: {count} open red-flag report(s) closed. You can assign a new plan now.")
    String clearanceRecorded(Integer count);

    @Message("Discharged: this episode of care has ended and its plan is completed. The patient stays on your list; a "
            + "new screening starts a new episode.")
    String dischargedNotice();

    @Message("Read the discharge summary")
    String readSummary();

    @Message("Noted that you have acted on this report. It stays open, and new plans wait, until you record a "
            + "clearance.")
    String acknowledgedNotice();

    @Message("Build a plan")
    String buildPlan();

    @Message("Back to worklist")
    String backToWorklist();

    @Message("Red flags")
    String redFlags();

    @Message("The red-flag history could not be read")
    String redFlagsUnreadable();

    @Message("{count} open report(s).")
    String openReports(long count);

    @Message("New plans wait until you record a physician's clearance below.")
    String plansWaitForClearance();

    @Message("Every report has been cleared.")
    String everyReportCleared();

    @Message("I have seen the emergency report of {when} and acted")
    String acknowledgeLabel(String when);

    @Message("I have seen this and acted")
    String acknowledge();

    @Message("Record a clearance")
    String recordClearance();

    @Message("Once a physician has seen the patient and cleared them for exercise. This closes every open report "
            + "above; you can then assign a new plan.")
    String recordClearanceHint();

    @Message("Clearance note (who cleared the patient, and when)")
    String clearanceNote();

    @Message("Record clearance")
    String recordClearanceButton();

    @Message("No red flags reported.")
    String noRedFlags();

    @Message("Open alerts")
    String openAlerts();

    @Message("raised {when}")
    String raised(String when);

    @Message("Resolve alert {alert}")
    String resolveAlert(String alert);

    @Message("Resolve")
    String resolve();

    @Message("No open alerts.")
    String noAlerts();

    @Message("Screening")
    String screening();

    @Message("Disposition")
    String dispositionHeading();

    @Message("Chronicity")
    String chronicityHeading();

    @Message("total {total}, psychosocial {psychosocial}, {risk} risk")
    String startBack(Object total, Object psychosocial, String risk);

    @Message("Oswestry")
    String oswestry();

    @Message("not scored ({sections} of 10 sections answered; 8 needed)")
    String odiNotScored(Object sections);

    @Message("not answered")
    String notAnswered();

    @Message("Red flags in this screening")
    String screeningRedFlags();

    @Message("none")
    String none();

    @Message("{when} ({count} screening(s))")
    String screenedCount(String when, int count);

    @Message("The screening is not available yet:")
    String screeningNotYet();

    @Message("Care records reach the intake service within seconds; reload the page in a moment.")
    String screeningReload();

    @Message("No screening.")
    String noScreening();

    @Message("Progress")
    String progress();

    @Message("Monitoring days in the last 30 of the patient's days (a session or check-in logged):")
    String monitoringDays();

    @Message("Summary")
    String summary();

    @Message("Average, last 7 days")
    String average7();

    @Message("Latest")
    String latest();

    @Message("Change")
    String change();

    @Message("Important improvement")
    String importantImprovement();

    @Message("Yes, reached")
    String mcidReached();

    @Message("Not yet")
    String mcidNotYet();

    @Message("Sessions, last 7 days")
    String sessions7();

    @Message("Sessions, last 28 days")
    String sessions28();

    @Message("{share} of plan")
    String ofPlan(String share);

    @Message("Sessions logged")
    String sessionsLogged();

    @Message("Progress is not available yet:")
    String progressNotYet();

    @Message("Current plan")
    String currentPlan();

    @Message("Version {version}, {status}, {perWeek} sessions per week from {start}.")
    String planLine(Object version, String status, Object perWeek, String start);

    @Message("{sets} set{#if sets != 1}s{/if}{#if reps > 0} × {reps} rep{#if reps != 1}s{/if}{/if}"
            + "{#if hold > 0}, hold {hold} s{/if}")
    String dose(int sets, int reps, int hold);

    @Message("Not within {minutes} min of waking")
    String notWithinWaking(int minutes);

    @Message("Any time of day")
    String anyTime();

    @Message("No plan yet.")
    String noPlan();

    @Message("Care")
    String care();

    @Message("Discharge")
    String discharge();

    @Message("Ends this episode of care: the current plan is completed and no more sessions are logged on it. Open red "
            + "flags must be cleared first. The patient stays on your list.")
    String dischargeHint();

    @Message("Reason for the discharge")
    String dischargeReason();

    @Message("The episode's summary")
    String summaryLink();

    @Message(": baseline, last re-assessment, change, practice and alerts, to read, print or save as PDF.")
    String summaryLinkHint();

    @Message("Hand over to a colleague")
    String handOver();

    @Message("The therapist you choose cares for the patient from now on; you will no longer see their records.")
    String handOverHint();

    @Message("Therapist")
    String therapist();

    @Message("Choose a therapist")
    String chooseTherapist();

    @Message("Hand over")
    String handOverButton();

    @Message("Release to the triage pool")
    String releaseTitle();

    @Message("You will no longer see this patient's records; any therapist can take them into care from the worklist. "
            + "An emergency red flag they report meanwhile goes to the clinic's admins at once.")
    String releaseHint();

    @Message("Release")
    String release();

    // ---- the plan builder
    @Message("Plan for {who}")
    String planFor(String who);

    @Message("Go to the patient's red flags")
    String goToRedFlags();

    @Message("Warnings to decide on")
    String warningsToDecide();

    @Message(":")
    String colon();

    @Message("This patient has an open red flag.")
    String planRedFlagOpen();

    @Message("A plan can be assigned once you record a physician's clearance on")
    String planAfterClearance();

    @Message("the patient's page")
    String thePatientsPage();

    @Message("Start from a template")
    String startFromTemplate();

    @Message("Use this template")
    String useTemplate();

    @Message("Choosing a template replaces the exercises below.")
    String templateReplaces();

    @Message("Update")
    String update();

    @Message("Schedule")
    String schedule();

    @Message("Start date")
    String startDate();

    @Message("Sessions per week")
    String sessionsPerWeek();

    @Message("Micro-break every (min)")
    String microBreakEvery();

    @Message("Habit cues (if ... then ...)")
    String habitCues();

    @Message("If (trigger {num})")
    String cueIf(int num);

    @Message("Then (action {num})")
    String cueThen(int num);

    @Message("Exercises")
    String exercises();

    @Message("No exercises yet: choose a template or add one below.")
    String noExercisesYet();

    @Message("Safety check for {name}")
    String safetyCheckFor(String name);

    @Message("I have considered “{label}” for {name} and accept it")
    String acceptWarning(String label, String name);

    @Message("Sets")
    String sets();

    @Message("Reps")
    String reps();

    @Message("Hold (s)")
    String holdSeconds();

    @Message("Intensity cap (1-10)")
    String intensityCap();

    @Message("Not within (min) of waking")
    String notWithinMinutesOfWaking();

    @Message("Remove {name}")
    String removeNamed(String name);

    @Message("Remove")
    String remove();

    @Message("Add an exercise")
    String addAnExercise();

    @Message("Add exercise")
    String addExercise();

    @Message("Check and assign plan")
    String checkAndAssign();

    // ---- the admin's home and therapists
    @Message("Hello {name}")
    String hello(String name);

    @Message("No emergency red flag is waiting for a clinician.")
    String noEmergencyWaiting();

    @Message("{count} emergency red flag(s)")
    String emergencyCount(int count);

    @Message("waited too long for a clinician and need you now.")
    String waitedTooLong();

    @Message("Could not be read just now:")
    String couldNotRead();

    @Message("Patients without a therapist")
    String patientsWithoutTherapist();

    @Message("Enrolled patients nobody cares for yet, or any more: make sure a therapist takes each one.")
    String patientsWithoutTherapistHint();

    @Message("The clinic's therapists; close the account of one who leaves (their patients go back to the triage "
            + "pool).")
    String therapistsHint();

    @Message("The exercises plans are built from (read only).")
    String libraryHint();

    @Message("can no longer log in. Their patients are back in the triage pool, where any therapist can take them "
            + "into care; an emergency red flag any of them reports reaches the admins at once.")
    String accountClosedNotice();

    @Message("Close the account of a therapist who leaves the clinic. They can no longer log in, and every patient in "
            + "their care goes back to the triage pool, so that no red flag waits for them. This cannot be undone "
            + "from the portal.")
    String closeAccountHint();

    @Message("{name} has left: close the account and release their patients")
    String confirmLeft(String name);

    @Message("Close account")
    String closeAccount();

    @Message("Account closed.")
    String accountClosed();

    @Message("Their patients were released to the triage pool.")
    String patientsReleased();

    @Message("No therapist has an account yet.")
    String noTherapists();

    // ---- find a patient
    @Message("Name or email")
    String nameOrEmail();

    @Message("You find your patients and those in nobody's care.")
    String searchHintTherapist();

    @Message("You find every patient of the clinic.")
    String searchHintAdmin();

    @Message("Only patients without a therapist")
    String onlyWithoutTherapist();

    @Message("Search")
    String search();

    @Message("{count} patient(s) found.")
    String patientsFound(int count);

    @Message("Date of birth")
    String dateOfBirth();

    @Message("Status")
    String statusHeading();

    @Message("In your care")
    String inYourCare();

    @Message("(the triage pool)")
    String theTriagePool();

    @Message("Cared for by {name}")
    String caredBy(String name);

    @Message("Cared for by another therapist")
    String caredByAnother();

    @Message("Take {name} into my care")
    String takeIntoMyCare(String name);

    @Message("No patient matches{#if q} “{q}”{/if}{#if unassigned} without a therapist{/if}.")
    String noMatch(String q, boolean unassigned);

    // ---- invitations
    @Message("The patient gets an email with a link to choose their password, then signs in and screens.")
    String invitePatientHint();

    @Message("You care for the patients you invite.")
    String invitedByTherapist();

    @Message("A patient an admin invites waits in the triage pool until a therapist takes them into care.")
    String invitedByAdmin();

    @Message("The therapist gets an email with a link to choose their password. Staff accounts of the production "
            + "realm also set up a one-time code at their first sign-in.")
    String inviteTherapistHint();

    @Message("Who they are")
    String whoTheyAre();

    @Message("Given name")
    String givenName();

    @Message("Family name")
    String familyName();

    @Message("How to reach them")
    String howToReach();

    @Message("Email")
    String email();

    @Message("Phone (optional)")
    String phoneOptional();

    @Message("Their language and time")
    String languageAndTime();

    @Message("Language")
    String language();

    @Message("Time zone")
    String timeZone();

    @Message("Where they live, for example Europe/Madrid or America/Los_Angeles: reminders and days follow it.")
    String timeZoneHint();

    @Message("Send the invitation")
    String sendInvitation();

    @Message("Invitation sent")
    String invitationSent();

    @Message("An email with a link to choose a password is on its way to")
    String emailOnItsWay();

    @Message("The link is valid for a limited time; if it runs out, invite again.")
    String linkValid();

    @Message("The patient is in your care: once they have screened they appear on your worklist.")
    String sentInYourCare();

    @Message("The patient waits in the triage pool until a therapist takes them into care.")
    String sentToPool();

    @Message("Invite another")
    String inviteAnother();

    // ---- the discharge summary (page and PDF)
    @Message("Discharge summary")
    String dischargeSummary();

    @Message("Episode of care from {from} to {to}.")
    String episodeFromTo(String from, String to);

    @Message("still running")
    String stillRunning();

    @Message("Measures at the baseline and at the last re-assessment")
    String measuresCaption();

    @Message("Measure")
    String measure();

    @Message("Baseline")
    String baseline();

    @Message("Last re-assessment")
    String lastReassessment();

    @Message("Pain (0-10)")
    String painScale();

    @Message("Pain")
    String pain();

    @Message("No re-assessment in this episode, so no change can be stated.")
    String noChangeStated();

    @Message("Practice")
    String practice();

    @Message("Alerts raised")
    String alertsRaised();

    @Message("None.")
    String noneSentence();

    @Message("{label}: raised {raised}, {resolved}")
    String alertLine(String label, String raised, String resolved);

    @Message("resolved {day}")
    String resolvedOn(String day);

    @Message("still open")
    String stillOpen();

    @Message("{measure}: {change} against the baseline ({#if mcid}a minimal important change{#else}not a minimal "
            + "important change{/if})")
    String changeAgainstBaseline(String measure, String change, boolean mcid);

    @Message("Oswestry: not compared (not scored at both)")
    String odiNotCompared();

    @Message("{points} point{#if points != 1}s{/if} better")
    String pointsBetter(int points);

    @Message("{points} point{#if points != 1}s{/if} worse")
    String pointsWorse(int points);

    @Message("no change")
    String noChange();

    @Message("{percent} % of the prescribed sessions in the last 28 days ({sessions} sessions logged in all)")
    String practiceLine(long percent, String sessions);

    @Message("No plan figures")
    String noPlanFigures();

    @Message("not scored")
    String notScored();

    @Message("not known")
    String notKnown();

    @Message("{total}/9{#if risk}, {risk} risk{/if}")
    String startBackScore(Object total, String risk);

    @Message("Save as PDF")
    String savePdf();

    @Message("Back to the patient")
    String backToPatient();

    // ---- the exercise library
    @Message("New exercise")
    String newExercise();

    @Message("Search the library")
    String searchLibrary();

    @Message("Words")
    String searchWords();

    @Message("(in the name, summary or cues)")
    String searchWordsHint();

    @Message("Region")
    String region();

    @Message("Any region")
    String anyRegion();

    @Message("Movement tag")
    String movementTag();

    @Message("Any tag")
    String anyTag();

    @Message("Equipment")
    String equipment();

    @Message("a word (mat, chair), or “none”")
    String equipmentHint();

    @Message("Show all")
    String showAll();

    @Message("{#if filtered}{count} {#if count == 1}exercise matches{#else}exercises match{/if}.{#else}{count} "
            + "exercise{#if count != 1}s{/if}.{/if}")
    String libraryCount(int count, boolean filtered);

    @Message("Movement tags drive the safety check when a plan is assigned.")
    String tagsDriveSafety();

    @Message("Editing an exercise makes a new version; plans already assigned keep the version they were given.")
    String editingMakesVersion();

    @Message("version {version}{#if later}, a later progression{/if}{#if media > 0}, {media} picture{#if media > 1}s"
            + "{/if} or video{#if media > 1}s{/if}{/if}")
    String exerciseVersion(Object version, boolean later, int media);

    @Message("intensity cap {cap} / 10")
    String intensityCapOf(Object cap);

    @Message("Edit {name}")
    String editNamed(String name);

    @Message("Edit")
    String edit();

    // ---- shared pages: the landing page (browser's language) and the error pages
    @Message("Welcome")
    String welcome();

    @Message("Tele-rehabilitation for back pain: screen yourself from home, follow a movement-retraining plan from "
            + "your therapist and keep track of your progress.")
    String landingPatients();

    @Message("Therapists: triage screened patients, build safe plans and follow alerts.")
    String landingTherapists();

    @Message("Log in")
    String logIn();

    @Message("You cannot open this page")
    String forbiddenTitle();

    @Message("This page is for another role (for example, therapist pages are only for therapists).")
    String forbiddenDetail();

    @Message("Page not found")
    String notFoundTitle();

    @Message("There is no page at this address.")
    String notFoundDetail();

    @Message("This request could not be handled")
    String badRequestTitle();

    @Message("Please go back and try again.")
    String badRequestDetail();

    @Message("Something went wrong")
    String unexpectedTitle();

    @Message("Please try again. If it keeps happening, contact the clinic.")
    String unexpectedDetail();

    @Message("Error {status}")
    String errorStatus(int status);

    @Message("Go to your home page")
    String goHome();

    // ---- the admins' escalated red flags
    @Message("Escalated red flags")
    String escalatedTitle();

    @Message("Emergency red flags that no clinician acknowledged or cleared in time, oldest first. Each patient was "
            + "told to stop exercising and seek care now. Please make sure the patient's therapist, or another "
            + "clinician, acts on each one now. An entry leaves this list when the caring therapist records a "
            + "clearance.")
    String escalatedHint();

    @Message("Patient id")
    String patientId();

    @Message("No escalated red flag: every emergency has been acted on in time.")
    String noEscalated();
}
