package dev.bcfkit.core.plan;

/**
 * The three purposes the improved BCF grant may be used for: "Grant paid to a local authority
 * under this determination may be used only for the purposes of meeting adult social care needs;
 * reducing pressures on the NHS, including supporting more people to be discharged from hospital
 * when they are ready; and ensuring that the local social care provider market is supported"
 * ({@code [002:475]}; Southend's report {@code [002:117]}).
 */
public enum ImprovedBcfPurpose {
    /** "meeting adult social care needs". */
    MEETING_ADULT_SOCIAL_CARE_NEEDS("Meeting adult social care needs"),
    /** "reducing pressures on the NHS, including supporting more people to be discharged from hospital when they are ready". */
    REDUCING_PRESSURES_ON_THE_NHS("Reducing pressures on the NHS"),
    /** "ensuring that the local social care provider market is supported". */
    SUPPORTING_THE_PROVIDER_MARKET("Supporting the local social care provider market");

    private final String label;

    ImprovedBcfPurpose(String label) {
        this.label = label;
    }

    /** @return a plain-English label */
    public String label() {
        return label;
    }
}
