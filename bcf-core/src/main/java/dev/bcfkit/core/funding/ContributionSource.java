package dev.bcfkit.core.funding;

/**
 * Where money in the pooled budget comes from ({@code [002:266-274]}, Table 1 {@code [002:429-435]}):
 * the minimum NHS (CCG) contribution, the Disabled Facilities Grant, the improved BCF grant, and
 * voluntary additional contributions ("Many areas choose to pool more than is required",
 * {@code [002:274]}).
 */
public enum ContributionSource {
    /** "Minimum NHS (clinical commissioning groups) contribution". */
    CCG_MINIMUM("Minimum NHS (CCG) contribution"),
    /** "Disabled Facilities Grant (capital funding for adaptations to houses)". */
    DISABLED_FACILITIES_GRANT("Disabled Facilities Grant"),
    /** "New grant allocation for adult social care (Improved Better Care Fund)". */
    IMPROVED_BCF("Improved Better Care Fund"),
    /** An additional local authority contribution. */
    ADDITIONAL_LOCAL_AUTHORITY("Additional local authority contribution"),
    /** An additional CCG contribution. */
    ADDITIONAL_CCG("Additional CCG contribution");

    private final String label;

    ContributionSource(String label) {
        this.label = label;
    }

    /** @return a plain-English label */
    public String label() {
        return label;
    }
}
