package org.telerehab.events.codes;

/** Pain regions, which are also the pain types A-E of DOMAIN.md S4. */
public enum Region {
    LUMBAR, THORACIC, SCIATIC, HIP_PELVIS, NECK
}
