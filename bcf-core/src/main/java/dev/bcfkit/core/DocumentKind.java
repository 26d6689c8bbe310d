package dev.bcfkit.core;

/**
 * The kinds of document a Health and Wellbeing Board submits ({@code [003]} plan, {@code [002]} returns and policy).
 */
public enum DocumentKind {
    /** A BCF plan ({@code [003]}). */
    PLAN,
    /** A quarterly return ({@code [002]}, {@code [000]}, {@code [004]}). */
    QUARTERLY_RETURN,
    /** A 2017-19 pooled budget under the Policy Framework ({@code [002:395-517]}). */
    POOLED_BUDGET,
    /** A local outcome table: a programme's own outcomes against targets ({@code [001:35-41]}). */
    LOCAL_OUTCOME_TABLE
}
