package org.telerehab.portal.web;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.telerehab.portal.client.Api;
import org.telerehab.portal.client.ProgressClient;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.UUID;

/**
 * The discharge summary of a patient's episode, for the caring therapist: a page to read or print, and the same as a
 * PDF (rendered by openhtmltopdf from the same template fragment) to keep in the clinic's records.
 */
@Path("/therapist/patients/{patientId}/summary")
@RolesAllowed(Views.THERAPIST)
@Blocking
public class DischargeSummaryResource {

    private final Views views;
    private final PatientNames names;
    private final ProgressClient progress;
    private final PortalLanguage language;
    private final UserTime userTime;

    DischargeSummaryResource(Views views, PatientNames names, @RestClient ProgressClient progress,
                             PortalLanguage language, UserTime userTime) {
        this.views = views;
        this.names = names;
        this.progress = progress;
        this.language = language;
        this.userTime = userTime;
    }

    @CheckedTemplate(basePath = "therapist", defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME,
            requireTypeSafeExpressions = false)
    static class Templates {
        static native TemplateInstance dischargeSummary(UUID patientId, DischargeSummary summary, Api.Problem problem);

        static native TemplateInstance dischargeSummaryPdf(DischargeSummary summary);
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance page(@PathParam("patientId") UUID patientId) {
        Api.Result outcomes = Api.call("progress service", () -> progress.outcomes(patientId));
        DischargeSummary summary = outcomes.ok()
                ? summary(patientId, outcomes, language.tagFor("therapist/discharge-summary")) : null;
        return views.page(Templates.dischargeSummary(patientId, summary, outcomes.problem()), "/therapist");
    }

    @GET
    @Path("pdf")
    @Produces("application/pdf")
    public Response pdf(@PathParam("patientId") UUID patientId) {
        Api.Result outcomes = Api.call("progress service", () -> progress.outcomes(patientId));
        if (!outcomes.ok()) {
            return Response.seeOther(java.net.URI.create("/therapist/patients/" + patientId + "/summary")).build();
        }
        // the PDF's fonts cover Latin scripts only: an Arabic reader's PDF is in English, its days in their zone
        String tag = PortalLanguage.rightToLeft(language.tag()) ? "en" : language.tag();
        String html = Templates.dischargeSummaryPdf(summary(patientId, outcomes, tag)).data("lang", tag)
                .setLocale(Locale.forLanguageTag(tag)).render();
        return Response.ok(render(html), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"discharge-summary-"
                        + Clinical.shortId(patientId) + ".pdf\"")
                .build();
    }

    private DischargeSummary summary(UUID patientId, Api.Result outcomes, String tag) {
        Api.Result figures = Api.call("progress service", () -> progress.progress(patientId));
        return DischargeSummary.of(names.of(patientId), outcomes.map(), figures.ok() ? figures.map() : null,
                StaffWords.in(tag), StaffWords.codesIn(tag), userTime.words(Locale.forLanguageTag(tag)));
    }

    /** XHTML to PDF with openhtmltopdf; its base-14 fonts cover Latin scripts only. */
    static byte[] render(String xhtml) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withHtmlContent(xhtml, null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
