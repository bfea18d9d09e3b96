package cn.xuanhua.bot.core.routing;

import cn.xuanhua.bot.core.org.Department;
import cn.xuanhua.bot.core.org.DepartmentKind;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Which township or street a message names ("我们厂在崞村镇", "南关社区的老楼", "贾家营园区的路"), by the short names
 * and aliases of the township offices. A township matter written in an industry group belongs to the office of the
 * place it names, as it would in that place's own group (docs/intake.md, "Where it goes").
 * <p>
 * Immutable and thread-safe; a handful of {@code indexOf} calls per message, made only when a local matter comes
 * from a group that is not a township's. A value: equal names make equal places, so a snapshot of the same
 * dictionaries is recognised as the same (trained models are reused by it).
 *
 * @param names the names, longest first (the order they are tried in)
 */
public record TownshipPlaces(List<PlaceName> names) {
    /** No township names known (tests, a district without township offices). */
    public static final TownshipPlaces NONE = new TownshipPlaces(List.of());

    /** A name of a place and the office that handles it. */
    public record PlaceName(String phrase, String officeCode) {
    }

    /**
     * An alias that is also a common word is no place when these stand around it: "打深井", "一眼深井", "深井泵".
     */
    private static final String NOT_A_PLACE_BEFORE = "打眼口";
    private static final String NOT_A_PLACE_AFTER = "泵";

    /** @param names the names, in any order; they are kept longest first */
    public TownshipPlaces {
        List<PlaceName> sorted = new ArrayList<>(names);
        sorted.sort(Comparator.comparingInt((PlaceName n) -> n.phrase().length()).reversed()
                .thenComparing(PlaceName::phrase));
        names = List.copyOf(sorted);
    }

    /** The short names and aliases of every township office among {@code departments}. */
    public static TownshipPlaces of(List<Department> departments) {
        List<PlaceName> names = new ArrayList<>();
        for (Department d : departments) {
            if (d.kind() != DepartmentKind.TOWNSHIP) {
                continue;
            }
            addIfUseful(names, d.shortName(), d.code());
            d.aliases().forEach(alias -> addIfUseful(names, alias, d.code()));
        }
        return new TownshipPlaces(names);
    }

    private static void addIfUseful(List<PlaceName> names, String phrase, String code) {
        if (phrase != null && phrase.strip().length() >= 2) {
            names.add(new PlaceName(phrase.strip(), code));
        }
    }

    /** Whether {@code code} is the office of one of these places (only then can a text name it). */
    public boolean hasOffice(String code) {
        for (PlaceName n : names) {
            if (n.officeCode().equals(code)) {
                return true;
            }
        }
        return false;
    }

    /** The office of the one township the text names; empty when it names none, or two different ones. */
    public Optional<String> namedIn(String text) {
        if (text == null || text.isEmpty() || names.isEmpty()) {
            return Optional.empty();
        }
        String found = null;
        for (PlaceName n : names) {
            if (!occursAsPlace(text, n.phrase())) {
                continue;
            }
            if (found != null && !found.equals(n.officeCode())) {
                return Optional.empty();
            }
            found = n.officeCode();
        }
        return Optional.ofNullable(found);
    }

    private static boolean occursAsPlace(String text, String phrase) {
        for (int at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
            char before = at > 0 ? text.charAt(at - 1) : ' ';
            int end = at + phrase.length();
            char after = end < text.length() ? text.charAt(end) : ' ';
            if (NOT_A_PLACE_BEFORE.indexOf(before) < 0 && NOT_A_PLACE_AFTER.indexOf(after) < 0) {
                return true;
            }
        }
        return false;
    }
}
