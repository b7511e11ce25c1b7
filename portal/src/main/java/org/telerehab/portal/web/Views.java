package org.telerehab.portal.web;

import io.quarkus.oidc.IdToken;
import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.telerehab.portal.client.Api;
import org.telerehab.portal.client.EngagementClient;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** Renders a page inside the layout, with who is logged in and the navigation for their role. */
@RequestScoped
public class Views {

    public static final String PATIENT = "patient";
    public static final String THERAPIST = "therapist";
    public static final String ADMIN = "admin";

    @Inject
    SecurityIdentity identity;

    @Inject
    @IdToken
    JsonWebToken idToken;

    @Inject
    PortalLanguage language;

    @Inject
    UserTime time;

    @Inject
    @RestClient
    EngagementClient engagement;

    private Api.Result notifications;

    /**
     * A type-checked page ({@code @CheckedTemplate}: its view model already given) inside the layout, in the
     * language it is shown in ({@link PortalLanguage#tagFor}): its words ({@code {msg:...}}), the {@code lang} and
     * {@code dir} of the document, and, when it is not translated yet, a line saying so in the user's language.
     */
    public TemplateInstance page(TemplateInstance page, String current) {
        String template = page.getTemplate().getId().replaceFirst("\\.html$", "");
        String tag = language.tagFor(template); // someone not logged in: their browser's language
        Messages words = PortalLanguage.messages(tag);
        page.setLocale(Locale.forLanguageTag(tag));
        page.setAttribute(UserTime.ZONE, identity.isAnonymous() ? ZoneOffset.UTC : time.zone());
        page.data("lang", tag).data("dir", PortalLanguage.rightToLeft(tag) ? "rtl" : "ltr");
        page.data("inEnglish", !identity.isAnonymous() && !tag.equals(language.tag())
                ? PortalLanguage.messages(language.tag()).pageInEnglish() : null);
        page.data("inEnglishLang", language.tag());
        page.data("userName", identity.isAnonymous() ? null : identity.getPrincipal().getName());
        page.data("nav", nav(current, words, StaffWords.in(tag), PortalLanguage.engage(tag)));
        return page;
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    /**
     * The logged-in user's id: their token subject, which is also their patient or therapist id. An identity without
     * an ID token (a page test's {@code @TestSecurity(user = "<uuid>")}) is known by its name.
     */
    public UUID userId() {
        String subject = idToken == null ? null : idToken.getSubject();
        return UUID.fromString(subject != null ? subject : identity.getPrincipal().getName());
    }

    /** Where a user lands after logging in. */
    public String home() {
        if (identity.hasRole(THERAPIST)) {
            return "/therapist";
        }
        if (identity.hasRole(PATIENT)) {
            return "/patient";
        }
        if (identity.hasRole(ADMIN)) {
            return "/admin";
        }
        return "/";
    }

    /**
     * A link of the navigation; {@code current} marks the page's own with {@code aria-current}; {@code unread} (null
     * for none) is shown as a badge, {@code unreadWords} says it to a screen reader ("3 unread").
     */
    @TemplateData
    public record NavLink(String href, String label, boolean current, Integer unread, String unreadWords) {
        NavLink(String href, String label, boolean current) {
            this(href, label, current, null, null);
        }
    }

    /**
     * The user's unread notifications (engagement-service), asked once a request; null when the service does not
     * answer, so a page goes on without the count.
     */
    public Integer unreadNotifications() {
        Api.Result result = notifications();
        return result.ok() && result.map().get("unread") instanceof Number n ? n.intValue() : null;
    }

    /** How many unread notifications tell of a new message (the patient's today); null when unknown. */
    public Integer unreadMessages() {
        Api.Result result = notifications();
        if (!result.ok()) {
            return null;
        }
        int count = 0;
        for (Object o : result.map().get("items") instanceof List<?> l ? l : List.of()) {
            if (o instanceof java.util.Map<?, ?> n && "NEW_MESSAGE".equals(n.get("kind")) && n.get("readAt") == null) {
                count++;
            }
        }
        return count;
    }

    /** The user's notifications, asked of engagement-service once a request. */
    Api.Result notifications() {
        if (notifications == null) {
            notifications = Api.call("engagement service", () -> engagement.notifications());
        }
        return notifications;
    }

    private List<NavLink> nav(String current, Messages words, StaffMessages staff, EngagementMessages engage) {
        List<NavLink> nav = new ArrayList<>();
        if (identity.isAnonymous()) {
            return nav;
        }
        if (identity.hasRole(PATIENT)) {
            link(nav, current, "/patient", words.navHome());
            link(nav, current, "/patient/screening", words.navScreening());
            link(nav, current, "/patient/plan", words.navPlan());
            link(nav, current, "/patient/session", words.navSession());
            link(nav, current, "/patient/checkin", words.navCheckIn());
            link(nav, current, "/patient/progress", words.navProgress());
            link(nav, current, "/patient/profile", words.navProfile());
        }
        if (identity.hasRole(PATIENT) || identity.hasRole(THERAPIST)) {
            Integer count = unreadNotifications();
            boolean badge = count != null && count > 0;
            nav.add(new NavLink("/notifications", engage.navNotifications(), "/notifications".equals(current),
                    badge ? count : null, badge ? engage.navUnread(count) : null));
        }
        // ---- the staff part
        if (identity.hasRole(THERAPIST)) {
            link(nav, current, "/therapist", staff.navWorklist());
        }
        if (identity.hasRole(ADMIN)) {
            link(nav, current, "/admin", staff.navAdminHome());
            link(nav, current, "/admin/red-flags", staff.navEscalated());
            link(nav, current, "/admin/therapists", staff.navTherapists());
        }
        if (identity.hasRole(THERAPIST) || identity.hasRole(ADMIN)) {
            link(nav, current, "/patients", staff.navFindPatient());
            link(nav, current, "/invitations/patient", staff.navInvitePatient());
        }
        if (identity.hasRole(ADMIN)) {
            link(nav, current, "/invitations/therapist", staff.navInviteTherapist());
        }
        if (identity.hasRole(THERAPIST) || identity.hasRole(ADMIN)) {
            link(nav, current, "/therapist/exercises", staff.navLibrary());
            link(nav, current, "/therapist/results", staff.navResults());
        }
        return nav;
    }

    private static void link(List<NavLink> nav, String current, String href, String label) {
        nav.add(new NavLink(href, label, href.equals(current)));
    }
}
