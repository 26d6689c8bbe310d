package dev.bcfkit.examples.cli;

import dev.bcfkit.rules.calc.Rates;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code bcf rate per100k}: a count per 100,000 population, to six decimal places, as the
 * supporting metrics are stated ({@code [002:1225-1290]}); 24 personal health budgets in a
 * population of 180,589 is 13.289846.
 */
final class RatePer100kCommand extends OptionCommand {

    @Override
    public String name() {
        return "rate per100k";
    }

    @Override
    public String summary() {
        return "a count per 100,000 population (6 decimal places)";
    }

    @Override
    public String help() {
        return """
                Usage: bcf rate per100k --count C --population P [--format text|json]

                Prints C per 100,000 of population P (1 to 100000000 people), to 6 decimal places
                rounded half up, as the BCF metrics are stated [002:1225-1290]:
                  bcf rate per100k --count 24 --population 180589   prints 13.289846
                """;
    }

    @Override
    Options options() {
        return Options.none().value("count").value("population").value("format");
    }

    @Override
    int execute(Arguments args, Streams io) {
        noPositionals(args);
        boolean json = json(args);
        long count = Numbers.whole(name(), "--count", args.required("count"));
        long population = Numbers.population(name(), "--population", args.required("population"));
        BigDecimal rate = Rates.per100k(count, population);
        if (json) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("count", count);
            m.put("population", population);
            m.put("per100k", rate);
            io.out().println(JsonText.write(m));
        } else {
            io.out().println(rate.toPlainString());
        }
        return 0;
    }
}
