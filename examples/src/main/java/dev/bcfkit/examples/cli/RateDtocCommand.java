package dev.bcfkit.examples.cli;

import dev.bcfkit.core.metrics.AgeBand;
import dev.bcfkit.core.metrics.Population;
import dev.bcfkit.rules.calc.Rates;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code bcf rate dtoc}: delayed transfers of care, delayed days per 100,000 population aged 18+,
 * average per month ({@code [002:989]}, {@code [002:1271-1273]}): the sum of the months' delayed
 * days, divided by the number of months and by the population, times 100,000.
 */
final class RateDtocCommand extends OptionCommand {

    @Override
    public String name() {
        return "rate dtoc";
    }

    @Override
    public String summary() {
        return "delayed days per 100,000 aged 18+, average per month";
    }

    @Override
    public String help() {
        return """
                Usage: bcf rate dtoc --delayed-days D1,D2,... --population P [--year Y] [--format text|json]

                Delayed transfers of care [002:989], [002:1271-1273]: the delayed days of each month
                (1 to 12 months, comma-separated), averaged per month, per 100,000 of population P
                aged 18+ (1 to 100000000 people), to 6 decimal places rounded half up. P is the ONS
                projection for the calendar year the months fall in [002:1267]; --year records
                which year that is (shown in messages and in the JSON answer only).
                  bcf rate dtoc --delayed-days 3000,3100,2900 --population 600000   prints 500.000000
                """;
    }

    @Override
    Options options() {
        return Options.none().value("delayed-days").value("population").value("year").value("format");
    }

    @Override
    int execute(Arguments args, Streams io) {
        noPositionals(args);
        boolean json = json(args);
        List<Long> days = Numbers.wholeList(name(), "--delayed-days", args.required("delayed-days"));
        long population = Numbers.population(name(), "--population", args.required("population"));
        String yearText = args.value("year");
        int year = yearText == null ? 0 : Numbers.whole(name(), "--year", yearText, 1900, 2999);
        BigDecimal rate = Rates.dtocAveragePerMonth(days, Population.of(AgeBand.AGED_18_PLUS, year, population));
        if (json) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("delayedDays", days.stream().map(d -> (Object) d).toList());
            m.put("months", days.size());
            m.put("population", population);
            m.put("year", yearText == null ? null : year);
            m.put("averagePerMonthPer100k", rate);
            io.out().println(JsonText.write(m));
        } else {
            io.out().println(rate.toPlainString());
        }
        return 0;
    }
}
