package org.telerehab.portal.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;
import org.telerehab.events.codes.AlertType;
import org.telerehab.events.codes.Chronicity;
import org.telerehab.events.codes.Disposition;
import org.telerehab.events.codes.MovementTag;
import org.telerehab.events.codes.RedFlag;
import org.telerehab.events.codes.Region;
import org.telerehab.events.codes.RiskLevel;
import org.telerehab.portal.web.StaffCodes.CareStatus;
import org.telerehab.portal.web.StaffCodes.PlanStatus;
import org.telerehab.portal.web.StaffCodes.ProfileStatus;
import org.telerehab.portal.web.StaffCodes.ReportSource;
import org.telerehab.portal.web.StaffCodes.SafetyWarning;

/**
 * The staff pages' words for codes: one key per constant, {@code method_$CONSTANT} ({@code method_CONSTANT} for an
 * enum without an underscore in any constant), English in {@code messages/staffcodes_en.properties}, the same keys in
 * {@code staffcodes_es}, {@code _fr} and {@code _ar}. Templates reach them through {@link StaffWords}
 * ({@code {code.label}}). A clinician's words, where {@link ClinicalWords} holds a patient's; apart from
 * {@link StaffMessages} also because the class Quarkus 3.34.1 generates for a bundle of more than about 300 messages
 * fails verification at start-up.
 */
@MessageBundle(value = "staffcodes", locale = "en")
public interface StaffCodeWords {

    @Message
    String flag(RedFlag flag);

    @Message
    String severity(RedFlag.Severity severity);

    @Message
    String source(ReportSource source);

    @Message
    String status(CareStatus status);

    @Message
    String planStatus(PlanStatus status);

    @Message
    String disposition(Disposition disposition);

    @Message
    String region(Region region);

    @Message
    String alert(AlertType type);

    @Message
    String risk(RiskLevel risk);

    @Message
    String chronicity(Chronicity chronicity);

    @Message
    String tag(MovementTag tag);

    @Message
    String profileStatus(ProfileStatus status);

    /** A safety warning's short name. */
    @Message
    String warning(SafetyWarning warning);

    /** Why a safety warning matters, for the therapist deciding whether to accept it. */
    @Message
    String warningWhy(SafetyWarning warning);
}
