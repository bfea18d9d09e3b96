package cn.xuanhua.bot.core.text;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The places a short complaint names: a street, road, lane, village, bridge, market or estate (南关街, 长青路,
 * 皇城桥, 南关菜市场), each as the name and its kind of place. Townships (镇, 乡) are not among them: a township's
 * group is the township. 并单 compares them apart from the words of the
 * problem (docs/intake.md, "并单"): the same street light on two streets is two appeals. A name is the run of
 * characters before the kind word, without grammar, counting or pointing characters (那几盏路灯 names no 路).
 * 街口, 路口 and 街道 are the street itself. Pure and thread-safe.
 */
public final class Places {

    private static final Pattern KIND = Pattern.compile(
            "(大街|街道|胡同|小区|菜市场|市场|大集|集市|集上|广场|公园|园区|商场|超市|大厦|开发区|工业园|号楼|鼓楼|钟楼|小学|中学|"
                    + "学校|医院|邮局|公交站|车站|街|路|巷|村|桥)");

    private static final Pattern STREET = Pattern.compile("(大街|街|路|巷|胡同)([东西南北][口段头边侧])?$");

    /** Which end or side of a street (天泰寺街东口, 工业街西段): a place of its own within the street. */
    private static final Pattern SIDE = Pattern.compile("^[东西南北][口段头边侧]");

    /** Words whose kind character is not a place: 路灯 is a lamp, 村里 the village's people. */
    private static final Pattern NOT_A_PLACE_AFTER = Pattern.compile("^(灯|面|况|费|边|牌|线|委|民|道|子)");

    /** Characters a name does not hold: grammar, counting and pointing (这条街, 那几盏路, 整条街, 一排). */
    private static final String NOT_IN_A_NAME = "的了是在我们你他她它这那个有没不就都也还又吗呢吧啊说要给让把被和跟与到去来上下里着"
            + "几盏条整一每两三四五六七八九十多些边段头片排号座间栋门口马道公走网线过对从往向离临"
            // a name does not run over another place: 深井镇东街 names 东街
            + "镇乡街路巷桥";

    private static final int LONGEST_NAME = 4;

    private Places() {
    }

    /** The places named, in the order written, each as name + kind ("南关街", "长青路"). */
    public static Set<String> named(String text) {
        Set<String> places = new LinkedHashSet<>();
        if (text == null) {
            return places;
        }
        String folded = new String(TextFold.fold(text));
        Matcher m = KIND.matcher(folded);
        while (m.find()) {
            String name = nameBefore(folded, m.start());
            String kind = switch (m.group(1)) {
                case "街道" -> "街";
                case "大集", "集市", "集上" -> "集";
                default -> m.group(1);
            };
            boolean street = kind.equals("街") || kind.equals("大街") || kind.equals("路");
            boolean kindAlone = !m.group(1).equals("街道")
                    && NOT_A_PLACE_AFTER.matcher(folded.substring(m.end())).find()
                    && !(street && folded.startsWith("口", m.end()));
            // A spot needs no name (the market, the middle school); a street, lane or village does.
            boolean spot = !STREET.matcher(kind).find() && !kind.equals("村") && !kind.equals("桥");
            if ((!name.isEmpty() || spot) && !kindAlone) {
                Matcher side = SIDE.matcher(folded.substring(m.end()));
                places.add(name + kind + (street && side.find() ? side.group() : ""));
            }
        }
        return places;
    }

    /** The text with every place name blanked out, so that the words of the problem are left. */
    public static String blank(String text) {
        String out = text;
        for (String place : named(text)) {
            out = out.replace(place, " ");
        }
        return out;
    }

    /**
     * Whether two messages may speak of the same place: when both name places, they must name one in common;
     * when either names none ("停电了", the group's own township), they may.
     */
    public static boolean compatible(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return true;
        }
        Set<String> spotsA = spots(a);
        Set<String> spotsB = spots(b);
        // On one street, two different spots (the 鼓楼 end, the bus stop) are two places.
        boolean spotsAgree = spotsA.isEmpty() || spotsB.isEmpty() || shareOne(spotsA, spotsB);
        return spotsAgree && shareOne(a, b);
    }

    private static Set<String> spots(Set<String> places) {
        Set<String> out = new LinkedHashSet<>();
        for (String p : places) {
            if (!STREET.matcher(p).find()) {
                out.add(p);
            }
        }
        return out;
    }

    /**
     * Whether the two may name a place in common: the same one, or a street and one of its ends (工业街 and
     * 工业街东段); two different ends (东口, 西口) of one street are two places.
     */
    public static boolean shareOne(Set<String> a, Set<String> b) {
        for (String x : a) {
            for (String y : b) {
                if (x.equals(y) || x.startsWith(y) && SIDE.matcher(x.substring(y.length())).matches()
                        || y.startsWith(x) && SIDE.matcher(y.substring(x.length())).matches()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether both name places and every one named by either is named by the other: surely the same place. */
    public static boolean same(Set<String> a, Set<String> b) {
        return !a.isEmpty() && a.equals(b);
    }

    private static String nameBefore(String text, int end) {
        int start = end;
        while (start > 0 && end - start < LONGEST_NAME) {
            char c = text.charAt(start - 1);
            boolean letter = Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN || (c >= '0' && c <= '9');
            if (!letter || NOT_IN_A_NAME.indexOf(c) >= 0) {
                break;
            }
            start--;
        }
        return text.substring(start, end);
    }
}
