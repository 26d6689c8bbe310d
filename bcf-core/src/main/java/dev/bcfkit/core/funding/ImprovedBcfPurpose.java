package dev.bcfkit.core.funding;

/**
 * The three purposes the improved Better Care Fund grant may be spent on: "Grant is to be spent on
 * adult social care and used for the purposes of meeting adult social care needs, reducing
 * pressures on the NHS including supporting more people to be discharged from hospital when they
 * are ready and stabilising the social care provider market" ({@code [002:117]}; the same three in
 * {@code [000:45-49]}). The list is closed: a use of the grant for anything else has no value here.
 */
public enum ImprovedBcfPurpose {
    /** "meeting adult social care needs" ({@code [002:117]}, {@code [000:47]}). */
    MEETING_ADULT_SOCIAL_CARE_NEEDS("Meeting adult social care needs"),
    /**
     * "reducing pressures on the NHS, including supporting more people to be discharged from
     * hospital when they are ready" ({@code [000:48]}).
     */
    REDUCING_PRESSURES_ON_THE_NHS("Reducing pressures on the NHS, including supporting more people to be"
            + " discharged from hospital when they are ready"),
    /**
     * "stabilising the social care provider market, such as home care, residential and nursing care"
     * ({@code [000:49]}).
     */
    STABILISING_THE_PROVIDER_MARKET("Stabilising the social care provider market");

    private final String label;

    ImprovedBcfPurpose(String label) {
        this.label = label;
    }

    /** @return the purpose in the grant conditions' words */
    public String label() {
        return label;
    }
}
