package org.mhfa.verification;

import java.util.List;

/**
 * The outcome of checking an uploaded certificate PDF.
 *
 * @param verdict what the file is
 * @param reason one sentence on why, for people
 * @param verification the registry's public record of the code the file carries, when there is one
 * @param differences what the file says that the registry does not (e.g. "holder's name"), when it was compared
 */
public record UploadCheck(UploadVerdict verdict, String reason, Verification verification, List<String> differences) {
}
