package dev.bcfkit.core.returns;

import dev.bcfkit.core.internal.Labels;

/**
 * The categories a year-end success or challenge is assigned to ({@code [002:2502-2514]}:
 * "should be assigned to one of the following categories (as used for previous BCF surveys)").
 */
public enum FeedbackCategory {
    /** "1. Shared vision and commitment". */
    SHARED_VISION("1. Shared vision and commitment"),
    /** "2. Shared leadership and governance". */
    SHARED_LEADERSHIP("2. Shared leadership and governance"),
    /** "3. Collaborative working relationships". */
    COLLABORATIVE_WORKING("3. Collaborative working relationships"),
    /** "4. Integrated workforce planning". */
    INTEGRATED_WORKFORCE("4. Integrated workforce planning"),
    /** "5. Evidencing impact and measuring success". */
    EVIDENCING_IMPACT("5. Evidencing impact and measuring success"),
    /** "6. Delivering services across interfaces". */
    DELIVERING_ACROSS_INTERFACES("6. Delivering services across interfaces"),
    /** "7. Digital interoperability and sharing data". */
    DIGITAL_INTEROPERABILITY("7. Digital interoperability and sharing data"),
    /** "8. Joint contracts and payment mechanisms". */
    JOINT_CONTRACTS("8. Joint contracts and payment mechanisms"),
    /** "9. Sharing risks and benefits". */
    SHARING_RISKS("9. Sharing risks and benefits"),
    /** "10. Managing change". */
    MANAGING_CHANGE("10. Managing change"),
    /** "Other". */
    OTHER("Other");

    private final String label;

    FeedbackCategory(String label) {
        this.label = label;
    }

    /** @return the exact template label */
    public String label() {
        return label;
    }

    /**
     * @param label the exact label
     * @return the category
     */
    public static FeedbackCategory fromLabel(String label) {
        return Labels.find(values(), FeedbackCategory::label, label, "feedback category");
    }
}
