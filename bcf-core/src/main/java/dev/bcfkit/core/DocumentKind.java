package dev.bcfkit.core;

/**
 * The two kinds of document a Health and Wellbeing Board submits (DOMAIN.md § 1).
 */
public enum DocumentKind {
    /** A BCF plan ({@code [003]}). */
    PLAN,
    /** A quarterly return ({@code [002]}, {@code [000]}, {@code [004]}). */
    QUARTERLY_RETURN
}
