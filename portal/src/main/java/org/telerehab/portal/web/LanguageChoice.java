package org.telerehab.portal.web;

import io.quarkus.qute.TemplateData;

/**
 * A language a person may be given, as a form's option offers it.
 *
 * @param tag  the language's tag, as the contract names it ("es")
 * @param name the language in its own words (and, on a staff form, in English)
 */
@TemplateData
public record LanguageChoice(String tag, String name) {
}
