package dev.bcfkit.examples.cli;

import dev.bcfkit.core.Money;
import dev.bcfkit.rules.calc.SocialCareUplift;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code bcf uplift social-care}: the minimum NHS contribution to adult social care in 2017/18
 * and 2018/19 from the 2016/17 baseline, uplifted by 1.79% and then 1.9%, or frontloaded
 * ({@code [002:673-675]}); each year rounded to whole pounds half up before the next uplift.
 */
final class SocialCareUpliftCommand extends OptionCommand {

    @Override
    public String name() {
        return "uplift social-care";
    }

    @Override
    public String summary() {
        return "minimum NHS contribution to adult social care, 2017/18 and 2018/19";
    }

    @Override
    public String help() {
        return """
                Usage: bcf uplift social-care --baseline AMOUNT [--frontload] [--format text|json]

                Prints the minimum NHS contribution to adult social care for 2017/18, then for
                2018/19, from the 2016/17 baseline AMOUNT [002:673-675]: the baseline uplifted by
                1.79%, then by 1.9%, each rounded to whole pounds half up. With --frontload both
                uplifts fall in 2017/18 and 2018/19 must be at least the same.
                  bcf uplift social-care --baseline 1000000   prints 1017900 then 1037240
                A baseline whose minimum would have more than 15 digits of pounds (more than an
                amount in a BCF document may hold) is refused.
                """;
    }

    /**
     * Refuses a minimum that no BCF document could hold: the uplifts of a baseline near the
     * largest amount give 16 digits of pounds.
     */
    private void fits(Money minimum, String year, String baselineText) {
        BigDecimal pounds = minimum.amount();
        if (pounds.precision() - pounds.scale() > Money.MAX_INTEGER_DIGITS) {
            throw new UsageException(name() + ": --baseline: the minimum for " + year + " would be "
                    + minimum.format() + ", more than the " + Money.MAX_INTEGER_DIGITS
                    + " digits of pounds an amount may have; expected a smaller baseline, found \""
                    + Terminal.oneLine(dev.bcfkit.core.Text.abbreviate(baselineText)) + "\"");
        }
    }

    @Override
    Options options() {
        return Options.none().value("baseline").flag("frontload").value("format");
    }

    @Override
    int execute(Arguments args, Streams io) {
        noPositionals(args);
        boolean json = json(args);
        Money baseline = Numbers.money(name(), "--baseline", args.required("baseline"));
        boolean frontloaded = args.flag("frontload");
        SocialCareUplift.Minimums m = SocialCareUplift.minimums(baseline, frontloaded);
        fits(m.year2017to18(), "2017/18", args.required("baseline"));
        fits(m.year2018to19(), "2018/19", args.required("baseline"));
        if (json) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("baseline", baseline.amount());
            o.put("frontloaded", frontloaded);
            o.put("minimum2017to18", m.year2017to18().amount());
            o.put("minimum2018to19", m.year2018to19().amount());
            io.out().println(JsonText.write(o));
        } else {
            io.out().println(m.year2017to18().amount().toPlainString());
            io.out().println(m.year2018to19().amount().toPlainString());
        }
        return 0;
    }
}
