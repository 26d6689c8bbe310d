package dev.bcfkit.rules.plan;

import dev.bcfkit.core.Text;
import dev.bcfkit.core.plan.BodyType;
import dev.bcfkit.core.plan.SignOff;
import dev.bcfkit.rules.engine.NameKey;
import java.util.Locale;

/**
 * The bodies a plan is signed off on behalf of ({@code [003:27-64]}): how the template names
 * them in messages, and when a sign-off's body is the same as a body named in the plan.
 *
 * <p>Names are compared tolerantly, because the papers spell the same body differently
 * ("Health and Well-Being Board" {@code [003:18]} against "Health and Wellbeing Board"
 * {@code [003:62]}): case, white space and hyphens are ignored, {@code &} reads as "and", and
 * a leading "NHS" and a trailing "CCG" or "Clinical Commissioning Group" are dropped; and, as
 * for every name ({@link NameKey}), invisible characters and the Unicode normalisation form do
 * not count. Nothing else is guessed: "Nottingham West" never matches "Nottingham North and East".
 */
final class PlanBodies {
    private PlanBodies() {
    }

    /**
     * @param type a body type, possibly null
     * @return the template's words after "Signed on behalf of", such as "the Council"
     */
    static String onBehalfOf(BodyType type) {
        if (type == null) {
            return "an unstated body";
        }
        return switch (type) {
            case CCG -> "the Clinical Commissioning Group";
            case COUNCIL -> "the Council";
            case HEALTH_AND_WELLBEING_BOARD -> "the Health and Wellbeing Board";
        };
    }

    /**
     * @param signOff a sign-off
     * @return "the Clinical Commissioning Group 'Bassetlaw'", for messages
     */
    static String describe(SignOff signOff) {
        String body = Text.isBlank(signOff.body()) ? "(body not named)" : "'" + Text.abbreviate(signOff.body()) + "'";
        return onBehalfOf(signOff.bodyType()) + " " + body;
    }

    /**
     * @param a a body's name, possibly null
     * @param b another, possibly null
     * @return whether both are given (something visible in them) and name the same body
     */
    static boolean same(String a, String b) {
        String k = key(a);
        return !k.isEmpty() && k.equals(key(b));
    }

    /**
     * @param name a body's name, possibly null
     * @return the key two names of the same body share: the name as a person reads it
     *     ({@link NameKey}) with the tolerances above; {@code ""} for a blank name
     */
    static String key(String name) {
        if (Text.isBlank(name)) {
            return "";
        }
        String k = NameKey.of(name).toLowerCase(Locale.ROOT)
                .replace("&", " and ")
                .replace('-', ' ')
                .replaceAll("\\s+", " ")
                .trim();
        k = k.replace("well being", "wellbeing");
        if (k.startsWith("nhs ")) {
            k = k.substring(4);
        }
        for (String suffix : new String[] {" clinical commissioning group", " ccg"}) {
            if (k.endsWith(suffix)) {
                k = k.substring(0, k.length() - suffix.length());
            }
        }
        return k.trim();
    }
}
