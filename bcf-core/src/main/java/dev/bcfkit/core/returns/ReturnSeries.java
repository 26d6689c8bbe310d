package dev.bcfkit.core.returns;

import dev.bcfkit.core.BcfException;
import dev.bcfkit.core.Edition;
import dev.bcfkit.core.FinancialYear;
import dev.bcfkit.core.Quarter;
import dev.bcfkit.core.ReportingPeriod;
import dev.bcfkit.core.Text;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The quarterly returns of one Health and Wellbeing Board for one financial year, in quarter
 * order: what a later return pre-populates from an earlier one can only be checked across them
 * ("the data is from a previous quarterly collection returned by the HWB", {@code [002:1453]};
 * "Pre-populated Plan, Forecast and Q1 Actual figures are sourced from the Q1 16/17 return",
 * {@code [002:1659]}). A series may have gaps (Q1 and Q3 only); it never has two returns of one
 * quarter, returns of two boards or of two years.
 *
 * <p>A series is not a document of its own: it has no JSON form (each return is read and
 * written on its own), so it is a plain immutable class rather than a record of the wire model.
 */
public final class ReturnSeries {
    private final List<QuarterlyReturn> returns;

    /**
     * Puts returns in quarter order and checks that they belong together.
     *
     * @param returns the returns of one board and year, in any order
     * @throws BcfException if the list is null or empty or holds a null; if a return has no period
     *     or names no board; if two returns name different boards (compared ignoring case and
     *     surrounding space) or different financial years; or if a quarter is given twice. The
     *     message names the returns by their position in the list given and quotes the values.
     */
    public ReturnSeries(List<QuarterlyReturn> returns) {
        if (returns == null) {
            throw new BcfException("returns: expected the returns of one board and year, found null");
        }
        if (returns.isEmpty()) {
            throw new BcfException("returns: expected at least one return, found none");
        }
        Map<Quarter, Integer> seen = new EnumMap<>(Quarter.class);
        QuarterlyReturn first = null;
        String firstBoard = ""; // the first return's board, set with first
        for (int i = 0; i < returns.size(); i++) {
            QuarterlyReturn r = returns.get(i);
            if (r == null) {
                throw new BcfException("returns/" + i + ": expected a return, found null");
            }
            if (r.period() == null) {
                throw new BcfException("returns/" + i + "/period: a return in a series needs its reporting period,"
                        + " found none");
            }
            String board = boardOf(r);
            if (board == null) {
                throw new BcfException("returns/" + i + "/cover/healthAndWellbeingBoard/name: a return in a series"
                        + " needs its Health and Wellbeing Board, found none");
            }
            if (first == null) {
                first = r;
                firstBoard = board;
            } else {
                if (!sameBoard(firstBoard, board)) {
                    throw new BcfException("returns/" + i + "/cover/healthAndWellbeingBoard/name: a series holds the"
                            + " returns of one board, but return " + i + " is of '" + Text.abbreviate(board)
                            + "' and return 0 of '" + Text.abbreviate(firstBoard) + "'");
                }
                if (!first.period().year().equals(r.period().year())) {
                    throw new BcfException("returns/" + i + "/period/year: a series holds the returns of one financial"
                            + " year, but return " + i + " is of " + r.period().year() + " and return 0 of "
                            + first.period().year());
                }
            }
            Integer earlier = seen.put(r.period().quarter(), i);
            if (earlier != null) {
                throw new BcfException("returns/" + i + "/period/quarter: " + r.period() + " is given twice, as return "
                        + earlier + " and return " + i);
            }
        }
        List<QuarterlyReturn> sorted = new ArrayList<>(returns);
        sorted.sort(Comparator.comparing(QuarterlyReturn::period));
        this.returns = Collections.unmodifiableList(sorted);
    }

    /** @return the returns, one per quarter, in quarter order; unmodifiable */
    public List<QuarterlyReturn> returns() {
        return returns;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ReturnSeries other && returns.equals(other.returns);
    }

    @Override
    public int hashCode() {
        return returns.hashCode();
    }

    @Override
    public String toString() {
        return "ReturnSeries[" + board() + " " + year() + ", " + returns.stream()
                .map(r -> r.period().quarter().name()).collect(java.util.stream.Collectors.joining(", ")) + "]";
    }

    /**
     * @param returns the returns of one board and year, in any order
     * @return the series, in quarter order
     * @throws BcfException as the constructor does
     */
    public static ReturnSeries of(List<QuarterlyReturn> returns) {
        return new ReturnSeries(returns);
    }

    /** @return the board's name, as the first return gives it */
    public String board() {
        return Objects.requireNonNull(boardOf(returns.get(0)), "every return's board is checked as the series is made");
    }

    /** @return the financial year of the returns */
    public FinancialYear year() {
        return returns.get(0).period().year();
    }

    /**
     * @return the template edition of the returns, decided by their financial year
     * @throws dev.bcfkit.core.UnknownEditionException if no template is known for the year
     */
    public Edition edition() {
        return Edition.ofReturn(year());
    }

    /** @return the latest quarter's reporting period */
    public ReportingPeriod latest() {
        return returns.get(returns.size() - 1).period();
    }

    /**
     * @param quarter a quarter
     * @return the return of that quarter, if the series has one
     */
    public Optional<QuarterlyReturn> get(Quarter quarter) {
        return returns.stream().filter(r -> r.period().quarter() == quarter).findFirst();
    }

    /**
     * @param r a return of this series
     * @return the return of the quarter before it, if the series has that quarter (a gap gives none)
     */
    public Optional<QuarterlyReturn> previous(QuarterlyReturn r) {
        Quarter q = r.period().quarter();
        return q == Quarter.Q1 ? Optional.empty() : get(Quarter.values()[q.ordinal() - 1]);
    }

    private static @Nullable String boardOf(QuarterlyReturn r) {
        if (r.cover() == null || r.cover().healthAndWellbeingBoard() == null
                || Text.isBlank(r.cover().healthAndWellbeingBoard().name())) {
            return null;
        }
        return r.cover().healthAndWellbeingBoard().name();
    }

    private static boolean sameBoard(String a, String b) {
        return a.strip().toLowerCase(Locale.ROOT).equals(b.strip().toLowerCase(Locale.ROOT));
    }
}
