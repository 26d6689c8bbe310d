package dev.bcfkit.core.plan;

/**
 * An impact or likelihood level of the plan's risk register ({@code [003:687-718]}: "HIGH
 * impact MEDIUM likelihood").
 */
public enum RiskLevel {
    /** "LOW". */
    LOW,
    /** "MEDIUM". */
    MEDIUM,
    /** "HIGH". */
    HIGH
}
