package org.telerehab.registry.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.UsersResource;
import org.keycloak.representations.idm.UserRepresentation;
import org.telerehab.kit.problem.ProblemException;
import org.telerehab.registry.config.RegistryConfig;
import org.telerehab.registry.service.AccountDirectory;
import org.telerehab.registry.service.AccountUnavailableException;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The {@link AccountDirectory} of Keycloak, through its Admin REST API as the confidential client {@code telerehab-registry},
 * whose service account holds only the realm's user-management roles (manage-users, view-users, query-users): it can
 * make, mail and delete accounts of the telerehab realm and nothing else. A new account joins a group that carries
 * its role; its password is set by its owner through the mailed link.
 */
@ApplicationScoped
public class KeycloakAccounts implements AccountDirectory {

    /** What the invitation's link asks of the new user: choose a password (the email is proven by the link). */
    static final List<String> INVITATION_ACTIONS = List.of("UPDATE_PASSWORD");
    /** The user attribute Keycloak reads an account's language from (the realm has internationalization on). */
    static final String LOCALE = "locale";

    private final Keycloak keycloak;
    private final RegistryConfig config;

    KeycloakAccounts(Keycloak keycloak, RegistryConfig config) {
        this.keycloak = keycloak;
        this.config = config;
    }

    /**
     * Makes an enabled account without a password; its id is the person's id everywhere.
     *
     * @throws ProblemException 409 when the realm already has an account with this email
     */
    @Override
    public UUID create(String email, String givenName, String familyName, String group, String locale) {
        UserRepresentation user = new UserRepresentation();
        if (locale != null) {
            // Keycloak writes the invitation mail, and later its pages, in the account's language
            user.setAttributes(Map.of(LOCALE, List.of(locale)));
        }
        user.setUsername(email);
        user.setEmail(email);
        user.setFirstName(givenName);
        user.setLastName(familyName);
        user.setEnabled(true);
        user.setGroups(List.of(group));
        user.setRequiredActions(INVITATION_ACTIONS);
        Response response = call("create the account", () -> users().create(user));
        try (response) {
            if (response.getStatus() == Response.Status.CONFLICT.getStatusCode()) {
                throw AccountDirectory.emailTaken();
            }
            if (response.getStatus() == Response.Status.BAD_REQUEST.getStatusCode()) {
                throw refusedProfile(response);
            }
            if (response.getStatus() != Response.Status.CREATED.getStatusCode()) {
                throw new AccountUnavailableException("Keycloak answered " + response.getStatus()
                        + " to creating an account", null);
            }
            return UUID.fromString(CreatedResponseUtil.getCreatedId(response));
        }
    }

    /** Keycloak mails the link that sets the password (through the realm's SMTP server). */
    @Override
    public void sendInvitation(UUID account) {
        call("send the invitation mail", () -> {
            users().get(account.toString()).executeActionsEmail(config.invitationClientId(),
                    config.invitationRedirectUri(), Math.toIntExact(config.invitationLinkLifespan().toSeconds()),
                    INVITATION_ACTIONS);
            return null;
        });
    }

    /** Names, email and language as the profile has them (the login page and the account console show them). */
    @Override
    public void update(UUID account, String email, String givenName, String familyName, String locale) {
        call("update the account", () -> {
            var resource = users().get(account.toString());
            UserRepresentation user = resource.toRepresentation();
            user.setEmail(email);
            user.setFirstName(givenName);
            user.setLastName(familyName);
            Map<String, List<String>> attributes = new HashMap<>(
                    user.getAttributes() == null ? Map.of() : user.getAttributes());
            attributes.put(LOCALE, List.of(locale));
            user.setAttributes(attributes);
            resource.update(user);
            return null;
        });
    }

    /**
     * Disables the account and logs out its sessions, so that no refresh token outlives the closure (an access token
     * already issued lives out its few minutes; by then the patients are released everywhere).
     */
    @Override
    public void disable(UUID account) {
        call("disable the account", () -> {
            var resource = users().get(account.toString());
            UserRepresentation user = resource.toRepresentation();
            user.setEnabled(false);
            resource.update(user);
            resource.logout();
            return null;
        });
    }

    /** Deletes the account; one that is already gone counts as deleted. */
    @Override
    public void delete(UUID account) {
        call("delete the account", () -> {
            try (Response response = users().delete(account.toString())) {
                int status = response.getStatus();
                if (status != 204 && status != 404) {
                    throw new AccountUnavailableException("Keycloak answered " + status + " to deleting an account",
                            null);
                }
            }
            return null;
        });
    }

    /** The account with exactly this email made at or after {@code since}, if any (an invitation's, lost mid-way). */
    @Override
    public Optional<UUID> createdSince(String email, Instant since) {
        return call("look up an account", () -> users().searchByEmail(email, true)).stream()
                .filter(u -> u.getCreatedTimestamp() != null && u.getCreatedTimestamp() >= since.toEpochMilli())
                .map(u -> UUID.fromString(u.getId())).findFirst();
    }

    /**
     * Keycloak refused a value its user profile does not take (ProfileRules mirrors its rules, so this is a rule
     * added in Keycloak since): 422 naming our field for its attribute.
     */
    private static ProblemException refusedProfile(Response response) {
        Map<?, ?> error = response.hasEntity() ? response.readEntity(Map.class) : Map.of();
        String field = switch (String.valueOf(error.get("field"))) {
            case "firstName" -> "givenName";
            case "lastName" -> "familyName";
            default -> "email";
        };
        return ProblemException.invalid(field, "the account service does not take this value ("
                + error.get("errorMessage") + ")");
    }

    private UsersResource users() {
        return keycloak.realm(config.realm()).users();
    }

    private static <T> T call(String what, java.util.function.Supplier<T> action) {
        try {
            return action.get();
        } catch (ProblemException | AccountUnavailableException e) {
            throw e;
        } catch (NotFoundException e) {
            throw new AccountUnavailableException("Keycloak could not " + what + ": not found", e);
        } catch (WebApplicationException e) {
            throw new AccountUnavailableException("Keycloak could not " + what + " (HTTP "
                    + e.getResponse().getStatus() + ")", e);
        } catch (ProcessingException e) {
            throw new AccountUnavailableException("Keycloak is not reachable to " + what, e);
        } catch (RuntimeException e) {
            // the admin client wraps a refused login of the service account in its own exceptions
            throw new AccountUnavailableException("Keycloak could not " + what + ": " + e.getClass().getSimpleName(),
                    e);
        }
    }
}
