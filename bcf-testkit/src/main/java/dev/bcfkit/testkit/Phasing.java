package dev.bcfkit.testkit;

import dev.bcfkit.core.Money;
import dev.bcfkit.core.Quarter;
import dev.bcfkit.core.returns.QuarterlyFigures;
import java.math.BigDecimal;
import java.util.List;

/**
 * How real returns phase a whole-pound annual amount over the four quarters, and how a
 * forecast moves money between quarters while keeping the annual total. The library's
 * quarterly phasing: the remainder goes to the earliest quarters, so 13,131,049
 * becomes 3,282,763 + 3 x 3,282,762 (Southend, {@code [002:2002]}).
 */
final class Phasing {
    private Phasing() {
    }

    /**
     * A movement of money in a forecast: a share of one quarter's figure moved to another.
     *
     * @param from the quarter the money leaves
     * @param to the quarter it goes to
     * @param percent how much of {@code from}'s figure moves, 0 to 100 (rounded down to pounds)
     */
    record Move(Quarter from, Quarter to, int percent) {
    }

    /**
     * @param annualPounds the annual amount in whole pounds, zero or more
     * @return the four quarters, remainder to the earliest, with the annual total stated
     */
    static QuarterlyFigures split(long annualPounds) {
        long base = annualPounds / 4;
        long remainder = annualPounds % 4;
        Money[] q = new Money[4];
        for (int i = 0; i < 4; i++) {
            q[i] = Money.pounds(base + (i < remainder ? 1 : 0));
        }
        return new QuarterlyFigures(q[0], q[1], q[2], q[3], Money.pounds(annualPounds));
    }

    /**
     * @param figures a row with all four quarters filled
     * @param moves the movements to apply in order
     * @return the row with money moved between quarters; the stated annual total is unchanged and
     *     every quarter stays at zero or more
     */
    static QuarterlyFigures move(QuarterlyFigures figures, List<Move> moves) {
        QuarterlyFigures row = figures;
        for (Move m : moves) {
            if (m.from() == m.to()) {
                continue;
            }
            BigDecimal available = row.get(m.from()).amount();
            Money moved = Money.of(available.multiply(BigDecimal.valueOf(m.percent()))
                    .divide(BigDecimal.valueOf(100), 0, java.math.RoundingMode.DOWN));
            row = row.with(m.from(), row.get(m.from()).minus(moved)).with(m.to(), row.get(m.to()).plus(moved));
        }
        return row;
    }
}
