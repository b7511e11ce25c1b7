package org.telerehab.events.codes;

public enum Chronicity {
    ACUTE, SUBACUTE, CHRONIC
}
