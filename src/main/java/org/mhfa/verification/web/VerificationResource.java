package org.mhfa.verification.web;

import org.mhfa.verification.ClientNetwork;
import org.mhfa.verification.UploadCheck;
import org.mhfa.verification.UploadRefusedException;
import org.mhfa.verification.UploadedCertificates;
import org.mhfa.verification.UploadsBusyException;
import org.mhfa.verification.Verification;
import org.mhfa.verification.VerificationChannel;
import org.mhfa.verification.VerificationRateLimit;
import org.mhfa.verification.VerificationService;
import io.quarkus.qute.CheckedTemplate;
import java.io.IOException;
import java.nio.file.Files;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.mhfa.platform.FormResponses;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;

/** The public verification pages: type a code, or arrive from a certificate's QR code. No sign-in. */
@Path("/verify")
@Produces(MediaType.TEXT_HTML)
@PermitAll
public class VerificationResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance form(String code, String uploadError);

        static native TemplateInstance uploadResult(UploadCheck check);

        static native TemplateInstance result(Verification verification);

        static native TemplateInstance notFound();
    }

    private final VerificationService verification;
    private final VerificationRateLimit rateLimit;
    private final UploadedCertificates uploads;

    VerificationResource(VerificationService verification, VerificationRateLimit rateLimit, UploadedCertificates uploads) {
        this.verification = verification;
        this.rateLimit = rateLimit;
        this.uploads = uploads;
    }

    @GET
    public Response form(@QueryParam("code") String code) {
        if (code != null && !code.isBlank()) {
            return Response.seeOther(UriBuilder.fromPath("/verify/{code}").build(code.strip())).build();
        }
        return Response.ok(Templates.form("", null)).build();
    }

    /** The registry's record; unknown and malformed codes get one and the same page, which does not repeat the input. */
    @GET
    @Path("{code}")
    public Response verify(@PathParam("code") String code, @Context HttpServerRequest request) {
        ClientNetwork network = ClientNetwork.of(request);
        rateLimit.check(network);
        return verification.verify(code, VerificationChannel.PUBLIC_PAGE, null, network)
                .map(found -> Response.ok(Templates.result(found)))
                .orElseGet(() -> Response.status(404).entity(Templates.notFound()))
                .header("Cache-Control", "no-store")
                .build();
    }

    /**
     * Checks an uploaded certificate PDF (multipart form with the CSRF token). A file that cannot be checked comes back
     * with the message by the field: 400 when it is not a PDF, 413 when it unpacks to far more than a certificate, 422
     * when it is too complex or encrypted, 503 with Retry-After when too many files are being checked at once.
     */
    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response upload(@RestForm("certificate") FileUpload certificate, @Context HttpServerRequest request) {
        ClientNetwork network = ClientNetwork.of(request);
        rateLimit.check(network);
        byte[] pdf = null;
        String error;
        if (certificate == null || certificate.uploadedFile() == null || certificate.size() == 0) {
            error = "Choose the certificate PDF to check.";
        } else if (certificate.size() > UploadedCertificates.MAX_BYTES) {
            error = "The file is larger than 5 MB. Certificate PDFs are much smaller: upload the PDF as you received it.";
        } else {
            pdf = read(certificate);
            error = pdf != null && UploadedCertificates.looksLikePdf(pdf) ? null
                    : "The file is not a PDF. Upload the certificate PDF as you downloaded or received it.";
        }
        if (error != null) {
            return refused(400, error).build();
        }
        try {
            return Response.ok(Templates.uploadResult(uploads.check(pdf, network))).header("Cache-Control", "no-store").build();
        } catch (IllegalArgumentException e) {
            return refused(400, "The file could not be read as a PDF. Upload the certificate PDF as you downloaded or received it.").build();
        } catch (UploadRefusedException e) {
            return refused(e);
        } catch (UploadsBusyException e) {
            return refused(503, "Many files are being checked right now. Please try again in a few seconds.")
                    .header("Retry-After", Long.toString(e.retryAfterSeconds())).build();
        }
    }

    private static Response refused(UploadRefusedException e) {
        return switch (e.reason()) {
            case TOO_LARGE -> refused(413, "The file unpacks to far more data than a certificate holds, so it was not checked. "
                    + "Upload the certificate PDF as you downloaded or received it.").build();
            case TOO_COMPLEX -> refused(422, "The file is far more complex than a certificate, so it was not checked. "
                    + "Upload the certificate PDF as you downloaded or received it.").build();
            case ENCRYPTED -> refused(422, "The file is encrypted or password-protected, so it cannot be checked. "
                    + "Certificates we issue are not: upload the PDF as you downloaded or received it.").build();
            case UNREADABLE -> refused(400, "The file could not be read as a PDF. "
                    + "Upload the certificate PDF as you downloaded or received it.").build();
        };
    }

    /** The form again, with the message by the file field. */
    private static Response.ResponseBuilder refused(int status, String message) {
        return FormResponses.builder(status, Templates.form("", message)).header("Cache-Control", "no-store");
    }

    private static byte[] read(FileUpload upload) {
        try {
            return Files.readAllBytes(upload.uploadedFile());
        } catch (IOException e) {
            return null;
        }
    }
}
