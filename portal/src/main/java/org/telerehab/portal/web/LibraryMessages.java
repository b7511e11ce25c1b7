package org.telerehab.portal.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of the staff pages that came last (the clinic's results; the exercise editor and its translation pages)
 * in English; {@code messages/library_es.properties}, {@code _fr} and {@code _ar} hold the same keys. Pages name them
 * as {@code {library:key}}. Apart from {@link StaffMessages} because Quarkus 3.34's generated bundle breaks past 300
 * messages: keep this one under 250.
 */
@MessageBundle(value = "library", locale = "en")
public interface LibraryMessages {

    // ---- the clinic's results (/therapist/results)
    @Message("Results")
    String resultsTitle();

    @Message("Results over episodes of care")
    String resultsHeading();

    @Message("Every episode in the clinic.")
    String resultsClinic();

    @Message("The episodes of the patients in your care.")
    String resultsCaseload();

    @Message("An important improvement is 2 points or 30 % less pain, or 10 points or 30 % less disability"
            + " (Oswestry), than at the episode's first screening. Week 6 and week 12 count each episode's first"
            + " re-assessment in those weeks; the latest counts its most recent one.")
    String resultsHint();

    @Message("No episodes yet.")
    String resultsNoEpisodes();

    @Message("Episodes of care")
    String resultsEpisodesOfCare();

    @Message("Discharged")
    String resultsDischarged();

    @Message("Re-assessed at least once")
    String resultsAssessedOnce();

    @Message("Pain improved importantly (latest)")
    String resultsPainLatest();

    @Message("Disability improved importantly (latest)")
    String resultsOdiLatest();

    @Message("Median pain change (latest)")
    String resultsMedianLatest();

    @Message("Episodes with an important improvement in pain")
    String resultsPainChartTitle();

    @Message("Episodes with an important improvement in disability")
    String resultsOdiChartTitle();

    @Message("Week 6")
    String resultsWeek6();

    @Message("Week 12")
    String resultsWeek12();

    @Message("Latest")
    String resultsLatest();

    @Message("Bars: the share of the episodes re-assessed then, 0 to 100 %; a missing bar: none re-assessed.")
    String resultsSharesKey();

    @Message("{title}: {shares}.")
    String resultsSharesSummary(String title, String shares);

    @Message("When")
    String resultsWhen();

    @Message("Share")
    String resultsShare();

    @Message("Episodes re-assessed")
    String resultsEpisodesReassessed();

    @Message("By pain type")
    String resultsByPainType();

    @Message("By STarT Back risk")
    String resultsByRisk();

    @Message("{risk} risk")
    String resultsRiskGroup(String risk);

    @Message("Group")
    String resultsGroup();

    @Message("Episodes")
    String resultsEpisodes();

    @Message("Re-assessed")
    String resultsReassessed();

    @Message("Pain improved importantly")
    String resultsPainImproved();

    @Message("Disability improved importantly")
    String resultsOdiImproved();

    @Message("Median pain change")
    String resultsMedianPain();

    @Message("none re-assessed")
    String resultsNoneReassessed();

    @Message("{figure} point better")
    String resultsOnePointBetter(String figure);

    @Message("{figure} points better")
    String resultsPointsBetter(String figure);

    @Message("{figure} point worse")
    String resultsOnePointWorse(String figure);

    @Message("{figure} points worse")
    String resultsPointsWorse(String figure);

    @Message("no change")
    String resultsNoChange();

    // ---- an exercise's translations (/therapist/exercises/{id}/translations and .../{locale})
    @Message("Spanish")
    String trSpanish();

    @Message("French")
    String trFrench();

    @Message("Arabic")
    String trArabic();

    @Message("Translations")
    String trTitle();

    @Message("Translations of {name}")
    String trTitleOf(String name);

    @Message("Translations of")
    String trHeadingOf();

    @Message("The exercise")
    String trTheExercise();

    @Message("{language} saved.")
    String trSaved(String language);

    @Message("Patients whose plan gives this version read it from now on.")
    String trSavedThen();

    @Message("Patients read an exercise in their language when its version is translated into it, and in English"
            + " when it is not. A new version of the exercise starts in English only.")
    String trIntro();

    @Message("Version {version} (current)")
    String trCurrent(int version);

    @Message("translated by {who} on {when}.")
    String trTranslatedBy(String who, String when);

    @Message("not translated: patients read English.")
    String trNotTranslated();

    @Message("Edit {language}")
    String trEdit(String language);

    @Message("translation")
    String trEditHidden();

    @Message("Translate into {language}")
    String trTranslateInto(String language);

    @Message("Earlier versions")
    String trEarlier();

    @Message("Plans that give an earlier version keep showing its translations.")
    String trEarlierHint();

    @Message("Version {version}")
    String trVersion(int version);

    @Message("{language} (by {who} on {when})")
    String trEarlierBy(String language, String who, String when);

    @Message("English only")
    String trEnglishOnly();

    @Message("you")
    String trYou();

    @Message("a therapist")
    String trSomeone();

    @Message("therapist {id}")
    String trTherapist(String id);

    @Message("{language} translation of {name}")
    String trFormTitle(String language, String name);

    @Message("{language} translation of an exercise")
    String trFormTitleNoName(String language);

    @Message("Translation")
    String trTranslation();

    @Message("version {version}")
    String trVersionLower(int version);

    @Message("exercise")
    String trExercise();

    @Message("This version is translated into {language}: saving replaces its words.")
    String trIsTranslated(String language);

    @Message("This version is not translated into {language} yet: its patients read English.")
    String trNotYet(String language);

    @Message("Only the words are translated; the dose, pictures and videos stay as they are.")
    String trOnlyWords();

    @Message("English")
    String trEnglish();

    @Message("Save {language}")
    String trSave(String language);

    @Message("Cancel")
    String trCancel();

    @Message("Name in {language}")
    String trNameIn(String language);

    @Message("Summary in {language}")
    String trSummaryIn(String language);

    @Message("Name and summary")
    String trNameAndSummary();

    @Message("Steps")
    String trSteps();

    @Message("Cues")
    String trCues();

    @Message("Step {n}")
    String trStep(int n);

    @Message("Cue {n}")
    String trCue(int n);

    // ---- the exercise editor (/therapist/exercises/new and /therapist/exercises/{id}); its form's English labels
    // are the ones the browser tests find the fields by
    @Message("New exercise")
    String edNew();

    @Message("Edit exercise")
    String edEdit();

    @Message("Edit {name}")
    String edEditNamed(String name);

    @Message("Saved as version {version}.")
    String edSaved(Integer version);

    @Message("Plans already assigned keep the version they were given; plans assigned from now on use version"
            + " {version}.")
    String edSavedThen(Integer version);

    @Message("Progression and regression cannot be chosen until the library loads.")
    String edLibraryNotLoaded();

    @Message("This is version {version}.")
    String edThisIsVersion(Object version);

    @Message("Saving makes version {version}; plans already assigned keep the version they were given.")
    String edSavingMakes(int version);

    @Message("Translations: this version in Spanish, French and Arabic")
    String edTranslations();

    @Message("What it is")
    String edWhatItIs();

    @Message("Name")
    String edName();

    @Message("Summary")
    String edSummary();

    @Message("Steps")
    String edSteps();

    @Message("(one per line, in order)")
    String edStepsHint();

    @Message("Cues")
    String edCues();

    @Message("(one per line)")
    String edCuesHint();

    @Message("Equipment")
    String edEquipment();

    @Message("(comma-separated, e.g. foam roller, band)")
    String edEquipmentHint();

    @Message("Regions it is for")
    String edRegionsFor();

    @Message("Movement tags")
    String edMovementTags();

    @Message("The safety check reads these: lumbar flexion raises a warning for sciatic patients and in the first"
            + " hour after waking.")
    String edTagsHint();

    @Message("Default dose and intensity")
    String edDoseAndIntensity();

    @Message("Sets")
    String edSets();

    @Message("Reps")
    String edReps();

    @Message("Hold (seconds)")
    String edHold();

    @Message("Intensity cap (1-10)")
    String edIntensityCap();

    @Message("Patients are told to work at 6-7 out of 10 and never 8+; a plan item above 7 raises a safety warning.")
    String edIntensityHint();

    @Message("Progression, regression and media")
    String edProgressionAndMedia();

    @Message("Progression (the harder next step)")
    String edProgressionLabel();

    @Message("Regression (the easier step back)")
    String edRegressionLabel();

    @Message("None")
    String edNone();

    @Message("A later progression")
    String edLater();

    @Message("(kept out of starter templates; added once the basics plateau)")
    String edLaterHint();

    @Message("Video or picture link")
    String edMediaUrl();

    @Message("(http or https, optional)")
    String edMediaUrlHint();

    @Message("Create exercise")
    String edCreate();

    @Message("Save as version {version}")
    String edSaveAs(int version);

    @Message("Cancel")
    String edCancel();

    @Message("Pictures and videos")
    String edMedia();

    @Message("Line drawing of {name}: the start position and the end position")
    String edIllustrationAlt(String name);

    @Message("The library's drawing, shown to every patient with this exercise.")
    String edIllustrationCaption();

    @Message("No caption")
    String edNoCaption();

    @Message("(video, {size})")
    String edVideoSize(String size);

    @Message("(picture, {size})")
    String edPictureSize(String size);

    @Message("No pictures or videos yet.")
    String edNoMedia();

    @Message("Picture or video")
    String edFile();

    @Message("(PNG, JPEG or WebP up to 5 MB; MP4 or WebM up to 100 MB)")
    String edFileHint();

    @Message("Caption")
    String edCaption();

    @Message("(what it shows; read to patients who cannot see it)")
    String edCaptionHint();

    @Message("Uploading makes version {version}; plans already assigned keep showing what they showed.")
    String edUploadMakes(int version);

    @Message("Upload")
    String edUpload();

    @Message("Versions side by side")
    String edVersions();

    @Message("Compare version {version} with")
    String edCompareWith(Object version);

    @Message("version {version}")
    String edVersionLower(Integer version);

    @Message("Compare")
    String edCompare();

    @Message("{changes} of {fields} fields differ between version {before} and version {now}.")
    String edChanges(long changes, int fields, Object before, Object now);

    @Message("Version {before} and version {now}")
    String edVersionsRegion(Object before, Object now);

    @Message("Field")
    String edField();

    @Message("Version {version}")
    String edVersion(Object version);

    @Message("changed")
    String edChanged();

    // ---- the rows of two versions side by side (VersionComparison)
    @Message("Regions")
    String edRowRegions();

    @Message("Default dose")
    String edRowDose();

    @Message("Intensity cap")
    String edRowIntensityCap();

    @Message("Progression")
    String edRowProgression();

    @Message("Regression")
    String edRowRegression();

    @Message("Later progression")
    String edRowLater();

    @Message("none")
    String edRowNone();

    @Message("yes")
    String edRowYes();

    @Message("no")
    String edRowNo();

    @Message("Video")
    String edRowVideo();

    @Message("Picture")
    String edRowPicture();
}
