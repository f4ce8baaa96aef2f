package org.mhfa.privacy;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;

/** A learner's export as a JSON file download. */
final class DataDownload {

    private DataDownload() {
    }

    static Response of(Map<String, Object> export) {
        String file = "mhfa-my-data-" + LocalDate.now(ZoneOffset.UTC) + ".json";
        return Response.ok(export, MediaType.APPLICATION_JSON_TYPE)
                .header("Content-Disposition", "attachment; filename=\"" + file + "\"")
                .header("Cache-Control", "no-store")
                .build();
    }
}
