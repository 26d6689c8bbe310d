package dev.bcfkit.core.plan;

/**
 * Who a plan sign-off is on behalf of ({@code [003:27-64]}: "Signed on behalf of the Clinical
 * Commissioning Group", "... the Council", "... the Health and Wellbeing Board").
 */
public enum BodyType {
    /** A Clinical Commissioning Group. */
    CCG,
    /** The council (local authority). */
    COUNCIL,
    /** The Health and Wellbeing Board, signed by its chair. */
    HEALTH_AND_WELLBEING_BOARD
}
