package dev.bcfkit.core.returns;

import dev.bcfkit.core.BcfException;
import dev.bcfkit.core.Edition;
import dev.bcfkit.core.Text;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A national condition row of a quarterly return, with its exact template wording. Each
 * edition has its own list: the 2016/17 return has eight conditions in twelve rows
 * ({@code [002:896-913]}); the 2017/18 and 2018/19 returns have four ({@code [000:196-199]},
 * {@code [004:47-50]}). Asking an edition for a condition it does not have is an error.
 */
public enum NationalCondition {
    /** 2016/17 condition 1 ({@code [002:896]}). */
    NC2016_1("1", "1) Plans to be jointly agreed", Edition.QUARTERLY_2016_17),
    /** 2016/17 condition 2 ({@code [002:897]}). */
    NC2016_2("2", "2) Maintain provision of social care services", Edition.QUARTERLY_2016_17),
    /** 2016/17 condition 3i, 7-day services ({@code [002:899]}). */
    NC2016_3I("3i", "i) Agreement for the delivery of 7-day services across health and social care to prevent "
            + "unnecessary non-elective admissions to acute settings and to facilitate transfer to alternative care "
            + "settings when clinically appropriate", Edition.QUARTERLY_2016_17),
    /** 2016/17 condition 3ii, Standard 9 ({@code [002:1858]}). */
    NC2016_3II("3ii", "ii) Are support services, both in the hospital and in primary, community and mental health "
            + "settings available seven days a week to ensure that the next steps in the patient's care pathway, as "
            + "determined by the daily consultant-led review, can be taken (Standard 9)?", Edition.QUARTERLY_2016_17),
    /** 2016/17 condition 4i, NHS Number ({@code [002:906]}). */
    NC2016_4I("4i", "i) Is the NHS Number being used as the consistent identifier for health and social care "
            + "services?", Edition.QUARTERLY_2016_17),
    /** 2016/17 condition 4ii, Open APIs ({@code [002:907]}). */
    NC2016_4II("4ii", "ii) Are you pursuing Open APIs (ie system that speak to each other)?",
            Edition.QUARTERLY_2016_17),
    /** 2016/17 condition 4iii, information governance ({@code [002:908]}). */
    NC2016_4III("4iii", "iii) Are the appropriate Information Governance controls in place for information "
            + "sharing in line with the revised Caldicott Principles and guidance?", Edition.QUARTERLY_2016_17),
    /** 2016/17 condition 4iv, clarity about data use ({@code [002:909]}). */
    NC2016_4IV("4iv", "iv) Have you ensured that people have clarity about how data about them is used, who may "
            + "have access and how they can exercise their legal rights?", Edition.QUARTERLY_2016_17),
    /** 2016/17 condition 5, joint assessment ({@code [002:910]}). */
    NC2016_5("5", "5) Ensure a joint approach to assessments and care planning and ensure that, where funding is "
            + "used for integrated packages of care, there will be an accountable professional",
            Edition.QUARTERLY_2016_17),
    /** 2016/17 condition 6, impact on providers ({@code [002:911]}). */
    NC2016_6("6", "6) Agreement on the consequential impact of the changes on the providers that are predicted to "
            + "be substantially affected by the plans", Edition.QUARTERLY_2016_17),
    /** 2016/17 condition 7, out-of-hospital services (Q2-Q4 wording, {@code [002:1490]}). */
    NC2016_7("7", "7) Agreement to invest in NHS commissioned out-of-hospital services", Edition.QUARTERLY_2016_17),
    /** 2016/17 condition 8, DTOC ({@code [002:913]}). */
    NC2016_8("8", "8) Agreement on a local target for Delayed Transfers of Care (DTOC) and develop a joint local "
            + "action plan", Edition.QUARTERLY_2016_17),
    /** 2017-19 condition 1 ({@code [000:196]}, {@code [004:47]}). */
    NC2017_1("1", "1) Plans to be jointly agreed? (This also includes agreement with district councils on use of "
            + "Disabled Facilities Grant in two tier areas)", Edition.QUARTERLY_2017_18, Edition.QUARTERLY_2018_19),
    /** 2017-19 condition 2 ({@code [000:197]}, {@code [004:48]}). */
    NC2017_2("2", "2) Planned contribution to social care from the CCG minimum contribution is agreed in line with "
            + "the Planning Requirements?", Edition.QUARTERLY_2017_18, Edition.QUARTERLY_2018_19),
    /** 2017-19 condition 3 ({@code [000:198]}, {@code [004:49]}). */
    NC2017_3("3", "3) Agreement to invest in NHS commissioned out of hospital services?",
            Edition.QUARTERLY_2017_18, Edition.QUARTERLY_2018_19),
    /** 2017-19 condition 4 ({@code [000:199]}, {@code [004:50]}). */
    NC2017_4("4", "4) Managing transfers of care?", Edition.QUARTERLY_2017_18, Edition.QUARTERLY_2018_19);

    private final String code;
    private final String wording;
    private final Set<Edition> editions;

    NationalCondition(String code, String wording, Edition first, Edition... rest) {
        this.code = code;
        this.wording = wording;
        this.editions = EnumSet.of(first, rest);
    }

    /** @return the row's number in its edition, such as {@code 3i} or {@code 4} */
    public String code() {
        return code;
    }

    /** @return the exact row wording of the template */
    public String wording() {
        return wording;
    }

    /** @return the editions whose returns have this row */
    public Set<Edition> editions() {
        return EnumSet.copyOf(editions);
    }

    /**
     * @param edition a quarterly-return edition
     * @return that edition's condition rows in template order; empty for the plan
     */
    public static List<NationalCondition> forEdition(Edition edition) {
        return Arrays.stream(values()).filter(c -> c.editions.contains(edition)).collect(Collectors.toList());
    }

    /**
     * @param edition a quarterly-return edition
     * @param code the row number, such as {@code 3i}
     * @return the condition
     * @throws BcfException if that edition has no such row
     */
    public static NationalCondition of(Edition edition, String code) {
        for (NationalCondition c : values()) {
            if (c.editions.contains(edition) && c.code.equals(code)) {
                return c;
            }
        }
        throw new BcfException("national condition: the " + edition.label() + " has no condition \""
                + Text.abbreviate(code) + "\"; it has " + forEdition(edition).stream().map(NationalCondition::code)
                        .collect(Collectors.joining(", ")));
    }
}
