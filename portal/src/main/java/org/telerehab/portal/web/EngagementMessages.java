package org.telerehab.portal.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of notifications, notification preferences and messages in English; {@code messages/engage_es.properties},
 * {@code _fr} and {@code _ar} hold the same keys. Pages name them as {@code {engage:key}}. Apart from {@link Messages}
 * and {@link StaffMessages} because Quarkus 3.34's generated bundle breaks past 300 messages: keep this one under 250.
 */
@MessageBundle(value = "engage", locale = "en")
public interface EngagementMessages {

    @Message("Notifications")
    String navNotifications();

    @Message("{count} unread")
    String navUnread(int count);

    @Message("Notifications")
    String notificationsTitle();

    @Message("No notifications yet.")
    String notificationsNone();

    @Message("The notifications cannot be read just now: the service that keeps them is not answering. "
            + "Please try again in a minute; the other pages work as usual.")
    String notificationsUnavailable();

    @Message("Unread: {count}")
    String unreadCount(int count);

    @Message("Unread")
    String unreadMark();

    @Message("Read")
    String readMark();

    @Message("Mark as read")
    String markRead();

    @Message("Marked as read.")
    String markedRead();

    @Message("This notification could not be marked as read. Please try again.")
    String markReadFailed();

    @Message("Open")
    String open();

    @Message("Time for today's exercises")
    String sessionDue();

    @Message("A short movement break")
    String microBreak();

    @Message("Nothing logged for two days: how are you doing?")
    String nothingLogged();

    @Message("Your check-up questionnaire is due")
    String reassessmentDue();

    @Message("New message from your therapist")
    String newMessageFromTherapist();

    @Message("New message from a patient")
    String newMessageFromPatient();

    @Message("A patient reported an emergency warning sign")
    String redFlagAlert();

    @Message("Daily summary of open alerts")
    String alertDigest();

    @Message("A notification")
    String otherNotification();

    @Message("Reminders and email")
    String prefsTitle();

    @Message("Also send me my notifications by email")
    String prefsEmail();

    @Message("Time of my daily reminder")
    String prefsReminderTime();

    @Message("Work hours")
    String prefsWorkHours();

    @Message("Movement breaks come only within them. Leave both empty if you have none.")
    String prefsWorkHoursHint();

    @Message("From")
    String prefsFrom();

    @Message("To")
    String prefsTo();

    @Message("Save preferences")
    String prefsSave();

    @Message("Your preferences are saved.")
    String prefsSaved();

    @Message("Your preferences were not saved: correct the marked field and save again; what you typed is kept.")
    String prefsNotSaved();

    @Message("Your preferences cannot be read just now. Please try again in a minute.")
    String prefsUnavailable();

    @Message("Messages")
    String messagesTitle();

    @Message("Messages with your therapist")
    String messagesWithTherapist();

    @Message("Messages with the patient")
    String messagesWithPatient();

    @Message("No messages yet.")
    String messagesNone();

    @Message("Oldest first, the newest at the bottom, just above the box to write in.")
    String messagesOrder();

    @Message("You")
    String fromYou();

    @Message("Your therapist")
    String fromYourTherapist();

    @Message("The patient")
    String fromThePatient();

    @Message("Your message")
    String messageLabel();

    @Message("Up to 4000 characters. Messages are not for emergencies: if you have an emergency, call "
            + "the emergency number.")
    String messageHint();

    @Message("Send")
    String send();

    @Message("Your message is sent.")
    String sent();

    @Message("Your message was not sent: what you typed is kept.")
    String messageNotSent();

    @Message("You cannot read these messages: this patient is not in your care.")
    String messagesForbidden();

    @Message("The messages cannot be read just now: the service that keeps them is not answering. Please"
            + " try again in a minute.")
    String messagesUnavailable();

    @Message("Older messages")
    String olderMessages();

    @Message("Unread messages: {count}")
    String unreadMessages(int count);

    @Message("Back to the patient's page")
    String backToPatient();
}
