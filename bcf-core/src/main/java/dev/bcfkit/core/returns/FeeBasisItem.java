package dev.bcfkit.core.returns;

/**
 * What the 2018/19 average fees are to include and to exclude ({@code [004:155-164]}): "These
 * questions cover average fees paid by your local authority (including client contributions) to
 * external care providers"; "The averages should therefore exclude" the authority's own staff
 * costs, third party top-ups, NHS Funded Nursing Care and full cost paying clients; "This single
 * average should include fees paid under spot and block contracts, fees paid under a dynamic
 * purchasing system, payments for travel time in home care, any allowances for external provider
 * staff training, fees directly commissioned by your local authority and fees commissioned by your
 * local authority as part of a Managed Personal Budget".
 *
 * <p>The template states these as instructions, not questions; a return records, item by item,
 * whether its averages include the item ({@link FeeBasis}).
 */
public enum FeeBasisItem {
    /** "including client contributions" ({@code [004:155]}, {@code [004:157]}). */
    CLIENT_CONTRIBUTIONS("Client contributions", true),
    /** "fees paid under spot and block contracts" ({@code [004:164]}). */
    SPOT_AND_BLOCK_CONTRACTS("Fees paid under spot and block contracts", true),
    /** "fees paid under a dynamic purchasing system" ({@code [004:164]}). */
    DYNAMIC_PURCHASING_SYSTEM("Fees paid under a dynamic purchasing system", true),
    /** "payments for travel time in home care" ({@code [004:164]}). */
    HOME_CARE_TRAVEL_TIME("Payments for travel time in home care", true),
    /** "any allowances for external provider staff training" ({@code [004:164]}). */
    PROVIDER_STAFF_TRAINING("Allowances for external provider staff training", true),
    /** "fees directly commissioned by your local authority" ({@code [004:164]}). */
    DIRECTLY_COMMISSIONED("Fees directly commissioned by the local authority", true),
    /** "fees commissioned by your local authority as part of a Managed Personal Budget" ({@code [004:164]}). */
    MANAGED_PERSONAL_BUDGETS("Fees commissioned as part of a Managed Personal Budget", true),
    /** "the local authorities' own staff costs in managing the commissioning of places" ({@code [004:159]}). */
    LOCAL_AUTHORITY_STAFF_COSTS("Local authority's own staff costs in commissioning places", false),
    /** "third party top-ups" ({@code [004:160]}). */
    THIRD_PARTY_TOP_UPS("Third party top-ups", false),
    /** "NHS Funded Nursing Care" ({@code [004:160]}). */
    NHS_FUNDED_NURSING_CARE("NHS Funded Nursing Care", false),
    /** "full cost paying clients" ({@code [004:160]}). */
    FULL_COST_PAYING_CLIENTS("Full cost paying clients", false);

    private final String label;
    private final boolean included;

    FeeBasisItem(String label, boolean included) {
        this.label = label;
        this.included = included;
    }

    /** @return the item's label, in the template's words */
    public String label() {
        return label;
    }

    /** @return whether the instructions say the averages include the item (else they exclude it) */
    public boolean included() {
        return included;
    }
}
