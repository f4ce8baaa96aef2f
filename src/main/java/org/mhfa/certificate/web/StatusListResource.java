package org.mhfa.certificate.web;

import org.mhfa.certificate.Certificate;
import org.mhfa.certificate.OpenBadgeCredentials;
import org.mhfa.certificate.StatusList;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Singleton;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.BitSet;
import java.util.List;

/**
 * Publishes the revocation status list of all credentials as a signed {@code BitstringStatusListCredential}; the
 * bits of revoked and superseded certificates are set. Rebuilt at most every few seconds.
 */
@Path(OpenBadgeCredentials.STATUS_LIST_PATH)
@PermitAll
@Singleton
public class StatusListResource {

    /** The media type of a VC secured as a JWT. */
    public static final String VC_JWT = "application/vc+jwt";

    /** How long a signed list is served before it is made again. */
    static final Duration CACHE_FOR = Duration.ofSeconds(5);

    private final OpenBadgeCredentials credentials;
    private final Clock clock = Clock.systemUTC();
    private volatile Signed cached;

    StatusListResource(OpenBadgeCredentials credentials) {
        this.credentials = credentials;
    }

    @GET
    @Produces(VC_JWT)
    public Response statusList() {
        return Response.ok(current(), VC_JWT)
                .header("Cache-Control", "public, max-age=" + CACHE_FOR.toSeconds())
                .header("Access-Control-Allow-Origin", "*")
                .build();
    }

    /** The signed list, made again when the cached one is older than {@link #CACHE_FOR}. */
    String current() {
        Signed signed = cached;
        Instant now = clock.instant();
        if (signed != null && signed.madeAt().plus(CACHE_FOR).isAfter(now)) {
            return signed.jwt();
        }
        synchronized (this) {
            signed = cached;
            now = clock.instant();
            if (signed == null || !signed.madeAt().plus(CACHE_FOR).isAfter(now)) {
                signed = new Signed(make(now), now);
                cached = signed;
            }
            return signed.jwt();
        }
    }

    private String make(Instant now) {
        BitSet revoked = new BitSet();
        int[] highest = {-1};
        QuarkusTransaction.requiringNew().run(() -> {
            List<Integer> indices = Certificate.getEntityManager().createQuery(
                    "select c.statusIndex from Certificate c where c.statusIndex is not null"
                            + " and (c.revokedAt is not null or c.supersededBy is not null)", Integer.class)
                    .getResultList();
            indices.forEach(revoked::set);
            Integer max = Certificate.getEntityManager()
                    .createQuery("select max(c.statusIndex) from Certificate c", Integer.class).getSingleResult();
            highest[0] = max == null ? -1 : max;
        });
        return credentials.statusListJwt(revoked, StatusList.sizeFor(highest[0]), now);
    }

    private record Signed(String jwt, Instant madeAt) {
    }
}
