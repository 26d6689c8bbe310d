package dev.bcfkit.json;

import java.nio.charset.StandardCharsets;

/**
 * Documents with one crafted collection, made at run time from the sample files (too large to
 * commit): district councils whose names all share one {@code String.hashCode} (built of the blocks
 * "Aa" and "BB", which hash alike), plain distinct names, national-condition rows, metric rows and
 * unknown properties, each {@code n} times. A Disabled Facilities Grant is added to Southend's
 * pooled budget only to carry the crafted names; its figures are left blank.
 */
final class CraftedCollections {
    /** Southend's 2017-19 pooled budget, the sample document. */
    static final String POOLED_BUDGET = Sample.SOUTHEND_POOLED_BUDGET.text();
    /** Southend's 2016/17 Q1 return, the sample document. */
    static final String RETURN = Sample.SOUTHEND_2016_17_Q1.text();
    /** The pointer of the crafted pass-down. */
    static final String DISTRICTS = "/disabledFacilitiesGrants/0/passedToDistricts";

    private CraftedCollections() {
    }

    /**
     * @param i a number from 0
     * @param blocks how many two-letter blocks (at least enough for {@code i} in binary)
     * @return a name of "Aa" and "BB" blocks: every such name of the same length has the same hash code
     */
    static String collidingName(int i, int blocks) {
        StringBuilder b = new StringBuilder(blocks * 2);
        for (int bit = blocks - 1; bit >= 0; bit--) {
            b.append((i >> bit & 1) == 0 ? "Aa" : "BB");
        }
        return b.toString();
    }

    /**
     * @param n how many districts
     * @param colliding whether the names collide under {@code String.hashCode}
     * @return Southend's pooled budget with a grant passed to {@code n} districts of £1 each
     */
    static byte[] districts(int n, boolean colliding) {
        StringBuilder map = new StringBuilder("{");
        for (int i = 0; i < n; i++) {
            map.append(i == 0 ? "\n" : ",\n").append("        \"")
                    .append(colliding ? collidingName(i, 20) : String.format("District %08d", i)).append("\": 1");
        }
        map.append("\n      }");
        String grant = "[\n    {\n      \"year\": \"2017/18\",\n      \"passedToDistricts\": " + map
                + ",\n      \"jointlyAgreedToRetain\": false\n    }\n  ]";
        return POOLED_BUDGET.replace("\"disabledFacilitiesGrants\": []", "\"disabledFacilitiesGrants\": " + grant)
                .getBytes(StandardCharsets.UTF_8);
    }

    /**
     * @param listProperty a list of the return, such as {@code "metrics"}
     * @param n how many rows
     * @return Southend's Q1 return with the list's first row repeated {@code n} times
     */
    static byte[] rows(String listProperty, int n) {
        String open = "\"" + listProperty + "\": [";
        int from = RETURN.indexOf(open) + open.length();
        int rowStart = RETURN.indexOf('{', from);
        int rowEnd = endOfObject(RETURN, rowStart);
        int listEnd = RETURN.indexOf(']', rowEnd);
        String row = RETURN.substring(rowStart, rowEnd);
        StringBuilder rows = new StringBuilder();
        for (int i = 0; i < n; i++) {
            rows.append(i == 0 ? "\n    " : ",\n    ").append(row);
        }
        return (RETURN.substring(0, from) + rows + "\n  " + RETURN.substring(listEnd)).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * @param n how many unknown properties
     * @return Southend's Q1 return with {@code n} unknown properties, named with colliding hash codes, before its cover
     */
    static byte[] unknownProperties(int n) {
        StringBuilder many = new StringBuilder();
        for (int i = 0; i < n; i++) {
            many.append("\"").append(collidingName(i, 20)).append("\": ").append(i).append(",\n  ");
        }
        return RETURN.replace("\"cover\": {", many + "\"cover\": {").getBytes(StandardCharsets.UTF_8);
    }

    private static int endOfObject(String text, int open) {
        int depth = 0;
        boolean inText = false;
        for (int i = open; i < text.length(); i++) {
            char c = text.charAt(i);
            if (inText) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inText = false;
                }
            } else if (c == '"') {
                inText = true;
            } else if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException("no end of the object at " + open);
    }
}
