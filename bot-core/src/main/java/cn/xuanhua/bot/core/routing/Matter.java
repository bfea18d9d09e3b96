package cn.xuanhua.bot.core.routing;

import java.util.List;
import java.util.Objects;

/**
 * One matter of the responsibility catalogue (派单目录): a kind of problem businesses bring, the unit that owns it,
 * the words owners use for it, and the evidence that decides between close owners. A row of
 * {@code responsibility_matter}; see docs/intake.md.
 *
 * @param code              stable code, e.g. {@code power-outage}
 * @param name              what the matter is, e.g. 停电、供电故障
 * @param categoryCode      the appeal category it counts under (time limit, digests)
 * @param ownerCode         the handling unit, or {@link #LOCAL}: the office of the township group it came from
 * @param outsideTownship   for a {@link #LOCAL} matter, the owner when it comes from another kind of group (null:
 *                          the dispatcher)
 * @param terms             the phrases that name it, each with its weight
 * @param needs             when not empty, the matter counts only if one of these also appears (学校 for a debt owed
 *                          by a school)
 * @param unless            the matter does not count when one of these appears
 */
public record Matter(String code, String name, String categoryCode, String ownerCode, String outsideTownship,
                     List<Term> terms, List<String> needs, List<String> unless) {

    /** The owner that means "the township or street office of the group". */
    public static final String LOCAL = "LOCAL";

    public Matter {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(ownerCode, "ownerCode");
        terms = List.copyOf(terms);
        needs = needs == null ? List.of() : List.copyOf(needs);
        unless = unless == null ? List.of() : List.copyOf(unless);
    }

    /** Whether its owner is the township office of the group. */
    public boolean local() {
        return LOCAL.equals(ownerCode);
    }

    /** A phrase and how strongly it names the matter: 6–8 alone, 3–5 a strong hint, 1–2 a word shared with others. */
    public record Term(String phrase, int weight) {
    }
}
