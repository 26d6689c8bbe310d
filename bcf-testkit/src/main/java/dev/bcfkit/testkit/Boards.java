package dev.bcfkit.testkit;

import dev.bcfkit.core.ClinicalCommissioningGroup;
import dev.bcfkit.core.HealthAndWellbeingBoard;
import dev.bcfkit.core.LocalAuthority;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * The bodies that plan and report: Health and Wellbeing Boards, councils, CCGs and district
 * councils, named as the seeds name them or with generated names.
 */
final class Boards {
    private Boards() {
    }

    /** @return area names from the seeds and generated ones; shrinks to "Southend-on-Sea" */
    static Arbitrary<String> areaNames() {
        return Arbitraries.oneOf(Arbitraries.of("Southend-on-Sea", "Nottinghamshire", "Dorset", "Mid Nottinghamshire",
                "County Durham"), Texts.nonBlank(60));
    }

    /** @return boards with or without an ONS code such as {@code E06000033} */
    static Arbitrary<HealthAndWellbeingBoard> boards() {
        Arbitrary<String> ons = Arbitraries.strings().numeric().ofLength(8).map(d -> "E" + d).injectNull(0.5);
        return Combinators.combine(areaNames(), ons).as(HealthAndWellbeingBoard::new);
    }

    /** @return local authorities of either tier */
    static Arbitrary<LocalAuthority> localAuthorities() {
        return Combinators.combine(areaNames(), Arbitraries.of(LocalAuthority.Tier.class))
                .as((name, tier) -> new LocalAuthority(name + (tier == LocalAuthority.Tier.UPPER_TIER
                        ? " County Council" : " Borough Council"), tier));
    }

    /**
     * How a plan reader matches body names: case, spacing, punctuation, "&amp;" for "and", an "NHS"
     * prefix and a "CCG" suffix do not tell two bodies apart. Generated lists of bodies are unique by
     * this key, so removing one body's sign-off is never covered by another's.
     *
     * @param name a body's name
     * @return the name reduced to lower-case letters and digits
     */
    static String key(String name) {
        String k = name.toLowerCase(java.util.Locale.ROOT).replace("&", "and").replaceAll("[^a-z0-9]", "");
        if (k.startsWith("nhs")) {
            k = k.substring(3);
        }
        k = k.replace("clinicalcommissioninggroup", "ccg");
        while (k.endsWith("ccg")) {
            k = k.substring(0, k.length() - 3);
        }
        return k;
    }

    /** @return CCGs named like "Mansfield and Ashfield" or generated */
    static Arbitrary<ClinicalCommissioningGroup> ccgs() {
        return Arbitraries.oneOf(Arbitraries.of("Mansfield and Ashfield", "Newark and Sherwood", "Bassetlaw",
                "Nottingham North and East", "Nottingham West", "Rushcliffe", "Southend", "Dorset"),
                Texts.nonBlank(60)).map(n -> new ClinicalCommissioningGroup(n + " CCG"));
    }
}
