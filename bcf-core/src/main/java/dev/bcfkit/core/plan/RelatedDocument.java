package dev.bcfkit.core.plan;

import jakarta.validation.constraints.Size;

/**
 * A row of section 1 e "Related documentation" ({@code [003:121-131]}).
 *
 * @param number the document number such as "01", or null
 * @param title "Document or information title", or null
 * @param synopsis "Synopsis and links", or null
 */
public record RelatedDocument(
        @Size(max = 20) String number,
        @Size(max = 10_000) String title,
        @Size(max = 100_000) String synopsis) {
}
