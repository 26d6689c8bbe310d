package dev.bcfkit.examples.cli;

import dev.bcfkit.core.Money;
import dev.bcfkit.rules.calc.Fees;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code bcf fees average}: the average fee across categories of care, weighted by the number of
 * clients in each, in pounds and pence rounded half up: the 2018/19 return's four steps
 * ({@code [004:168-171]}).
 */
final class FeesAverageCommand extends OptionCommand {

    @Override
    public String name() {
        return "fees average";
    }

    @Override
    public String summary() {
        return "average fee weighted by clients, in pounds and pence";
    }

    @Override
    public String help() {
        return """
                Usage: bcf fees average --category CLIENTS:FEE [--category CLIENTS:FEE ...] [--format text|json]

                The average fee across categories of care, weighted by the number of clients in
                each, rounded half up to pence, as the 2018/19 return asks [004:168-171]. Give each
                category as CLIENTS:FEE, with --category before each or after one --category:
                  bcf fees average --category 30:743 --category 10:803   prints 758.00
                  bcf fees average --category 30:743 10:803              (the same)
                """;
    }

    @Override
    Options options() {
        return Options.none().repeatable("category").value("format");
    }

    @Override
    int execute(Arguments args, Streams io) {
        boolean json = json(args);
        List<String> items = new ArrayList<>(args.values("category"));
        if (!items.isEmpty()) {
            items.addAll(args.positionals());
        } else {
            noPositionals(args);
        }
        if (items.isEmpty()) {
            throw new UsageException(name() + ": missing --category (see bcf fees average --help)");
        }
        List<Fees.CategoryFee> categories = new ArrayList<>();
        for (String item : items) {
            int colon = item.indexOf(':');
            if (colon < 0) {
                throw new UsageException(name() + ": --category: expected CLIENTS:FEE such as 30:743, found \""
                        + Terminal.oneLine(dev.bcfkit.core.Text.abbreviate(item)) + "\"");
            }
            long clients = Numbers.whole(name(), "--category clients", item.substring(0, colon));
            Money fee = Numbers.money(name(), "--category fee", item.substring(colon + 1));
            categories.add(new Fees.CategoryFee(clients, fee));
        }
        Money average = Fees.weightedAverage(categories, RoundingMode.HALF_UP);
        if (json) {
            Map<String, Object> m = new LinkedHashMap<>();
            List<Object> list = new ArrayList<>();
            for (Fees.CategoryFee c : categories) {
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("clients", c.clients());
                entry.put("fee", c.fee().amount());
                list.add(entry);
            }
            m.put("categories", list);
            m.put("rounding", "HALF_UP");
            m.put("average", average.amount());
            io.out().println(JsonText.write(m));
        } else {
            io.out().println(average.amount().toPlainString());
        }
        return 0;
    }
}
