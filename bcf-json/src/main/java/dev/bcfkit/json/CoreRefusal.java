package dev.bcfkit.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import dev.bcfkit.core.BcfException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a refusal by a bcf-core constructor or factory ({@code Money.of} refusing a fraction of a
 * penny, {@code FinancialYear.parse}, {@code NationalCondition.of}, ...) into a reading failure at
 * the JSON pointer of the value. The model's messages start with the field's name ("amount:
 * expected at most 2 decimal places ..."); the pointer already names the field, so that prefix is
 * dropped and the rest, which quotes the value, is kept word for word.
 */
final class CoreRefusal {
    private static final Pattern FIELD_PREFIX = Pattern.compile("^[A-Za-z][A-Za-z0-9 _/-]{0,40}: (.+)$",
            Pattern.DOTALL);

    private CoreRefusal() {
    }

    /**
     * @param p the parser, on the refused value
     * @param refusal the model's exception
     * @return the failure at the parser's current value
     */
    static WireException at(JsonParser p, BcfException refusal) {
        return WireException.at(p, Pointers.current(p), p.currentTokenLocation(), plain(refusal));
    }

    /**
     * @param p the parser
     * @param pointer where the refused value is
     * @param location where it starts in the text
     * @param refusal the model's exception
     * @return the failure at that place
     */
    static WireException at(JsonParser p, String pointer, JsonLocation location, BcfException refusal) {
        return WireException.at(p, pointer, location, plain(refusal));
    }

    /**
     * @param refusal the model's exception
     * @return its message without the leading field name
     */
    static String plain(BcfException refusal) {
        String message = String.valueOf(refusal.getMessage());
        Matcher m = FIELD_PREFIX.matcher(message);
        return m.matches() ? m.group(1) : message;
    }
}
