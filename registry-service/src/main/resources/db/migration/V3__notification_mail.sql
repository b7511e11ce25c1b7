-- The notifications of engagement-service mailed so far: one mail per notification, however often its event is
-- delivered (engagement-service may announce the same notification in more than one event). The row is written in
-- the consumer's transaction just before the mail is handed to the SMTP server; see NotificationMailService.
CREATE TABLE notification_mail (
    notification_id  UUID PRIMARY KEY,
    sent_at          TIMESTAMPTZ NOT NULL
);
