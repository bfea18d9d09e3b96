package cn.xuanhua.bot.core.appeal;

import cn.xuanhua.bot.core.text.Places;
import cn.xuanhua.bot.core.text.Shingles;

import java.util.Arrays;
import cn.xuanhua.bot.core.org.ChatGroup;
import cn.xuanhua.bot.core.org.GroupKind;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What a complaint is about, in the form 并单 compares and the appeal stores (columns {@code matter_code},
 * {@code merge_places}, {@code merge_shingles}): its group, its category and catalogue matter as intake read them,
 * the places it names and the shingles of its words (docs/intake.md, "并单").
 *
 * @param groupCode    the group it was written in
 * @param categoryCode intake's category
 * @param matterCode   the responsibility catalogue's matter, null when none placed it
 * @param places       places named ({@link Places#named})
 * @param shingles     the character pairs of its words ({@link Shingles#of})
 */
public record ProblemSignature(String groupCode, String categoryCode, String matterCode, Set<String> places,
                               Shingles shingles) {
    public ProblemSignature {
        Objects.requireNonNull(groupCode, "groupCode");
        Objects.requireNonNull(categoryCode, "categoryCode");
        places = Set.copyOf(places);
        Objects.requireNonNull(shingles, "shingles");
    }

    /** Words a township's group name ends with; what is left is the township's own name (洋河南, 南关). */
    private static final java.util.regex.Pattern GROUP_NAME_TAIL =
            java.util.regex.Pattern.compile("(市场主体交流群|交流群|群)$");
    private static final java.util.regex.Pattern TOWNSHIP_KIND = java.util.regex.Pattern.compile("(街道|镇|乡)$");

    /** The signature of a message intake has read, written in {@code group}. */
    public static ProblemSignature of(ChatGroup group, String categoryCode, String matterCode, String text) {
        Set<String> local = localNames(group);
        Set<String> places = new LinkedHashSet<>();
        for (String place : Places.named(text)) {
            places.add(withoutTownship(place, local));
        }
        return new ProblemSignature(group.code(), categoryCode, matterCode, places, Shingles.of(text, local));
    }

    /** 深井东街 in 深井镇's group is its 东街. */
    private static String withoutTownship(String place, Set<String> local) {
        for (String name : local) {
            if (place.startsWith(name) && place.length() - name.length() >= 2) {
                return place.substring(name.length());
            }
        }
        return place;
    }

    /** A township's name in its own group says nothing about the problem: 洋河南镇 and 洋河南 there. */
    static Set<String> localNames(ChatGroup group) {
        if (group.kind() != GroupKind.TOWNSHIP || group.name() == null) {
            return Set.of();
        }
        String full = GROUP_NAME_TAIL.matcher(group.name().strip()).replaceAll("");
        String core = TOWNSHIP_KIND.matcher(full).replaceAll("");
        return core.length() < 2 ? Set.of(full) : new LinkedHashSet<>(List.of(full, core));
    }

    /** The places as stored: separated by a space ("南关街 长青路"). */
    public String encodedPlaces() {
        return String.join(" ", new java.util.TreeSet<>(places));
    }

    /** Places as {@link #encodedPlaces} stored them. */
    public static Set<String> decodePlaces(String stored) {
        return stored == null || stored.isBlank() ? Set.of()
                : new LinkedHashSet<>(Arrays.asList(stored.strip().split(" +")));
    }
}
