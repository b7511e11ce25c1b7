package org.telerehab.registry.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

import java.time.Duration;

/** registry-service's own settings (application.properties, {@code telerehab.registry.*}). */
@ConfigMapping(prefix = "telerehab.registry")
public interface RegistryConfig {

    /** The realm whose accounts registry-service makes (its admin client logs in to the same realm). */
    @WithDefault("telerehab")
    String realm();

    /** The client whose login page the invitation's link ends on, after the password is set. */
    @WithName("invitation.client-id")
    @WithDefault("telerehab-portal")
    String invitationClientId();

    /** Where the browser goes once the password is set: the portal. */
    @WithName("invitation.redirect-uri")
    String invitationRedirectUri();

    /**
     * The portal's URL, the one link of a notification mail ({@code <portal-url>/notifications}); the invitation's
     * redirect URI unless set.
     */
    @WithName("portal-url")
    @WithDefault("${telerehab.registry.invitation.redirect-uri}")
    String portalUrl();

    /** How long the link in the invitation mail works. */
    @WithName("invitation.link-lifespan")
    @WithDefault("P3D")
    Duration invitationLinkLifespan();

    /** An invitation still unfinished after this long is undone (its account deleted, its email free again). */
    @WithName("invitation.abandoned-after")
    @WithDefault("PT10M")
    Duration invitationAbandonedAfter();

    /** How often the sweeper looks for abandoned invitations (read by InvitationSweeper's schedule). */
    @WithName("invitation.sweep-every")
    @WithDefault("1m")
    Duration invitationSweepEvery();
}
