package org.telerehab.registry.service;

/** Keycloak (or the mail server behind it) did not do what was asked: nothing is left half-made, try again later. */
public class AccountUnavailableException extends RuntimeException {

    public AccountUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
