package org.mhfa.partner;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.mhfa.certificate.Certificate;
import org.mhfa.certificate.CertificateCode;
import org.mhfa.certificate.CertificateService;
import org.mhfa.certificate.CertificateStatus;

/**
 * Verifies many codes at once for a partner agency: one database query for all of them, one answer per entry (the bad
 * ones with their own error), every entry recorded in the verification log under the agency.
 */
@ApplicationScoped
public class PartnerVerificationService {

    /** The answer for one code or roster row; the holder's name is never given, only whether the roster's name matches. */
    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
    public record Entry(Integer index, Integer row, String code, String status, String course, String courseVersion,
            LocalDate issuedOn, LocalDate expiresOn, LocalDate revokedOn, String supersededBy, Boolean nameMatches, String error) {
    }

    /** The answers in input order, with a count per status. */
    public record Result(int entries, Map<String, Integer> counts, List<Entry> results) {
    }

    private static final String MALFORMED = "malformed";
    private static final String UNKNOWN = "unknown";

    private final CertificateService certificates;
    private final PartnerConfig config;
    private final PartnerAuditTrail audit;

    PartnerVerificationService(CertificateService certificates, PartnerConfig config, PartnerAuditTrail audit) {
        this.certificates = certificates;
        this.config = config;
        this.audit = audit;
    }

    /** Verifies a list of codes (JSON); entries are numbered by their index in the list, from 0. */
    @Transactional
    public Result verifyCodes(PartnerAgency agency, List<String> codes) {
        if (codes.size() > config.maxEntriesPerRequest()) {
            throw new TooManyEntriesException("At most " + config.maxEntriesPerRequest() + " codes per request; this one has "
                    + codes.size() + ". Split the list.");
        }
        Map<String, Certificate> found = lookup(codes);
        List<Entry> entries = new ArrayList<>(codes.size());
        for (int i = 0; i < codes.size(); i++) {
            entries.add(entry(agency, i, null, codes.get(i), found, null));
        }
        return result(entries);
    }

    /** Verifies a CSV roster with the columns {@code name} and {@code code}; entries carry their line in the file. */
    @Transactional
    public Result verifyRoster(PartnerAgency agency, String csv) {
        List<RosterCsv.Row> rows = RosterCsv.read(csv);
        if (rows.isEmpty() || !rows.get(0).readable()) {
            throw new InvalidPartnerRequestException("The roster needs a header line 'name,code'.", Map.of("header", "missing"));
        }
        List<String> header = rows.get(0).fields().stream().map(field -> field.strip().toLowerCase(Locale.ROOT)).toList();
        int nameColumn = header.indexOf("name");
        int codeColumn = header.indexOf("code");
        if (nameColumn < 0 || codeColumn < 0) {
            throw new InvalidPartnerRequestException("The roster's first line must name the columns 'name' and 'code', e.g. 'name,code'.",
                    Map.of("header", String.join(",", header)));
        }
        List<RosterCsv.Row> data = rows.subList(1, rows.size());
        if (data.size() > config.maxEntriesPerRequest()) {
            throw new TooManyEntriesException("At most " + config.maxEntriesPerRequest() + " rows per roster; this one has "
                    + data.size() + ". Split the roster.");
        }
        List<String> codes = data.stream().filter(row -> row.readable() && row.fields().size() > codeColumn)
                .map(row -> row.fields().get(codeColumn)).toList();
        Map<String, Certificate> found = lookup(codes);
        List<Entry> entries = new ArrayList<>(data.size());
        for (RosterCsv.Row row : data) {
            if (!row.readable()) {
                entries.add(new Entry(null, row.line(), null, MALFORMED, null, null, null, null, null, null, null, row.error()));
            } else if (row.fields().size() <= Math.max(nameColumn, codeColumn)) {
                entries.add(new Entry(null, row.line(), row.fields().size() > codeColumn ? row.fields().get(codeColumn) : null,
                        MALFORMED, null, null, null, null, null, null, null,
                        "The row has " + row.fields().size() + " column(s); it needs 'name' and 'code'."));
            } else {
                entries.add(entry(agency, null, row.line(), row.fields().get(codeColumn), found, row.fields().get(nameColumn)));
            }
        }
        return result(entries);
    }

    /** The certificates of all well-formed codes in one query, read as plain values (nothing is managed or changed). */
    private Map<String, Certificate> lookup(List<String> codes) {
        Set<String> canonical = codes.stream().map(CertificateCode::normalise).flatMap(Optional::stream).collect(Collectors.toSet());
        if (canonical.isEmpty()) {
            return Map.of();
        }
        Map<String, Certificate> found = new HashMap<>();
        List<Object[]> rows = Certificate.getEntityManager().createQuery("select c.code, c.courseTitle, c.courseVersion, c.holderName, "
                + "c.issuedOn, c.expiresOn, c.revokedAt, c.supersededBy, c.id from Certificate c where c.code in :codes", Object[].class)
                .setParameter("codes", canonical).getResultList();
        for (Object[] row : rows) {
            Certificate certificate = new Certificate();
            certificate.code = (String) row[0];
            certificate.courseTitle = (String) row[1];
            certificate.courseVersion = (String) row[2];
            certificate.holderName = (String) row[3];
            certificate.issuedOn = (LocalDate) row[4];
            certificate.expiresOn = (LocalDate) row[5];
            certificate.revokedAt = (java.time.Instant) row[6];
            certificate.supersededBy = (String) row[7];
            certificate.id = (Long) row[8];
            found.put(certificate.code, certificate);
        }
        return found;
    }

    private Entry entry(PartnerAgency agency, Integer index, Integer row, String input, Map<String, Certificate> found, String rosterName) {
        if (input == null || input.isBlank()) {
            audit.record(agency.id, input, null, null);
            return new Entry(index, row, input, MALFORMED, null, null, null, null, null, null, null, "The code is empty.");
        }
        Optional<String> canonical = CertificateCode.normalise(input);
        if (canonical.isEmpty()) {
            audit.record(agency.id, input, null, null);
            return new Entry(index, row, input, MALFORMED, null, null, null, null, null, null, null,
                    "Not a certificate code: 25 letters and digits and a check symbol, e.g. ABCDE-FGHJK-MNPQR-STVWX-YZ012-3.");
        }
        Certificate certificate = found.get(canonical.get());
        if (certificate == null) {
            audit.record(agency.id, input, null, null);
            return new Entry(index, row, input, UNKNOWN, null, null, null, null, null, null,
                    rosterName == null ? null : false, null);
        }
        CertificateStatus status = certificates.status(certificate);
        audit.record(agency.id, input, certificate, status);
        Boolean nameMatches = rosterName == null ? null
                : certificate.holderNameMatches(rosterName);
        return new Entry(index, row, input, status.name().toLowerCase(Locale.ROOT), certificate.courseTitle, certificate.courseVersion,
                certificate.issuedOn, certificate.expiresOn,
                certificate.revokedAt == null ? null : LocalDate.ofInstant(certificate.revokedAt, ZoneOffset.UTC),
                certificate.supersededBy == null ? null : CertificateCode.display(certificate.supersededBy), nameMatches,
                rosterName != null && rosterName.isBlank() ? "The name is empty." : null);
    }

    private static Result result(List<Entry> entries) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        entries.forEach(entry -> counts.merge(entry.status(), 1, Integer::sum));
        return new Result(entries.size(), counts, entries);
    }
}
