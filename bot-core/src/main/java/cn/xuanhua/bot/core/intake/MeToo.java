package cn.xuanhua.bot.core.intake;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A member's "me too" in a thread (附议): {@code 我们这也是，天天堵}, {@code 我们也停了，客人头剪一半},
 * {@code 同问，我们那个工地也没信号}. Read alone such a reply names no matter (its matter is in the message it
 * answers), so intake judges it chatter and routes it nowhere; yet the writer's business has the problem the group
 * was just told about. The bot makes the writer one more requester of that appeal (并单), as a dispatcher adds a
 * caller to a ticket already open, instead of dropping them or opening a second appeal (docs/intake.md, "Me too").
 *
 * <p>Which appeal: the group's newest open appeal written within {@link #WINDOW} by someone else. WeCom does not tell
 * the bot which message a reply answers, so the thread is the group's last hour. A reply that only passes on what
 * its writer heard or did before ({@code 我们也是，听说下午就好了}, {@code 我们上次也是…打电话就行了}) is an answer to
 * the others, not a problem of the writer's, and joins nothing; nor does a reply whose own matter is of another
 * category than the thread's appeal, when it is an appeal on its own words.
 */
public final class MeToo {
    /** How long after an appeal a "me too" in its group is read as answering it. */
    public static final Duration WINDOW = Duration.ofHours(1);
    /** Longer than this, a message is an account of its own, judged on its own words. */
    static final int MAX_LENGTH = 60;

    private static final String WHO = "(?:我们家|俺们家|咱们家|我们|俺们|咱们|我家|俺家|我|俺|咱)";
    /**
     * A mention before it ({@code @王哥 }). Not a bare name ({@code 刘哥，俺家也是…}): a reply that names the member it
     * answers mostly gives them advice or news, and joining those cost more than it won on the sets measured.
     */
    private static final String ADDRESSED = "(?:@\\S{1,12}\\s+)?";
    /** Up to eight characters of place or business between "we" and "too": {@code 这边街对面的桶}. */
    private static final String WHERE = "[^，,。！!？?\\s]{0,8}?";
    /**
     * After {@code 也}: anything but a wish or a question of one's own ({@code 我们也想问…}, {@code 也要…}), which is
     * another request, not the same trouble.
     */
    private static final String NOT_A_WISH = "(?!想|要|得|盼|希望|打算|准备|问|在问|知道|不知道|可以|能不能|会|应该|挺好|很好|没事|没问题|正常)";
    /** After {@code 都}, only the same state: {@code 我们都是正规的} says something else. */
    private static final String ALL_THE_SAME = "(?:这样|一样|是这样|停|没)";
    /**
     * The reply opens with it: {@code 同问}, {@code +1}, {@code 一样}, {@code 我也是}, or a "we" (with a place or a
     * business) and {@code 也} or {@code 都} and the same trouble; or a place and {@code 都这样}.
     */
    private static final Pattern OPENING = Pattern.compile("^(?:同问|同求|同上|\\+1|附议|一样|"
            + ADDRESSED + WHO + WHERE + "(?:也|同样)" + NOT_A_WISH + "|" + ADDRESSED + WHO + WHERE + "都" + ALL_THE_SAME
            + "|[^，,。！!？?\\s]{1,6}都(?:这样|一样))");
    /**
     * One's own past before "too" ({@code 我们上次也是…}): an experience told to the others, unless it is still
     * unsettled ({@link #STILL_OPEN}).
     */
    private static final Pattern PAST_EXPERIENCE = Pattern.compile("^" + ADDRESSED + WHO
            + "[^，,。！!？?\\s]{0,4}?(?:上次|上回|上周|上礼拜|上个月|去年|前年|以前|之前|前几天|前两天|前些天|那会)[^，,。！!？?\\s]{0,4}?也");
    /** A past trouble of one's own that nobody has settled yet ({@code 报了警到现在也没下文}): still one's problem. */
    private static final Pattern STILL_OPEN = Pattern.compile("到现在|至今|没下文|没动静|没人管|还没(?:给|解决|处理|结|修|回)");
    /**
     * Passing on what one heard, advice, that it is over, or thanks (the thread is being handled): an answer to the
     * others, not one's own problem.
     */
    private static final Pattern PASSING_ON = Pattern.compile("听说|说是|据说|估计|应该是|好像|"
            + "(?:刚|就|已经|修|弄|又|现在|早)好了|恢复了|能恢复|谢谢|感谢|辛苦|问了|打听|"
            + "试试|顺利|(?:得|去|可以|直接)找(?!谁)|你(?!们)|接到过|遇到过|已经(?:好|修|来|恢复|报|处理|解决)|[^\\s，,。！!？?]说(?!明|法)");

    private MeToo() {
    }

    /** Whether {@code text} is a member's "me too" about their own business. */
    public static boolean says(String text) {
        if (text == null) {
            return false;
        }
        String t = text.strip();
        boolean toldOfThePast = PAST_EXPERIENCE.matcher(t).find() && !STILL_OPEN.matcher(t).find();
        return t.length() <= MAX_LENGTH && OPENING.matcher(t).find() && !toldOfThePast
                && !PASSING_ON.matcher(t).find();
    }

    /**
     * An appeal of the group a "me too" may join.
     *
     * @param requesters   who asks it already (its writer and those joined)
     * @param createdAt    when it was made
     * @param categoryCode its category
     */
    public record Recent<K>(K key, Set<String> requesters, ZonedDateTime createdAt, String categoryCode) {
    }

    /** The appeal {@code text} joins if it is a "me too" ({@link #says}), by {@link #threadAppeal}. */
    public static <K> Optional<Recent<K>> joins(String text, IntakeDraft draft, String writer, ZonedDateTime at,
                                                List<Recent<K>> recent) {
        return says(text) ? threadAppeal(draft, writer, at, recent) : Optional.empty();
    }

    /**
     * The appeal a "me too" ({@link #says}, asked first) of {@code writer} joins: the newest of {@code recent} made
     * within {@link #WINDOW} before {@code at} that the writer does not already ask; none when the message's own
     * matter (read by intake into {@code draft}) is of another category.
     */
    public static <K> Optional<Recent<K>> threadAppeal(IntakeDraft draft, String writer, ZonedDateTime at,
                                                       List<Recent<K>> recent) {
        ZonedDateTime since = at.minus(WINDOW);
        return recent.stream()
                .filter(r -> !r.createdAt().isBefore(since) && !r.createdAt().isAfter(at))
                .filter(r -> !r.requesters().contains(writer))
                .max(Comparator.comparing(Recent::createdAt))
                .filter(r -> !ownMatterOfAnotherCategory(draft, r));
    }

    /**
     * An appeal on its own words, of a matter the catalogue places in another category than the thread's: its
     * writer's own problem. A reply intake would not make an appeal alone is read with the thread whatever it names
     * ({@code 我们也是，下午三点以后水管子就干了} after a village's water cut: 供水 beside 水利).
     */
    private static boolean ownMatterOfAnotherCategory(IntakeDraft draft, Recent<?> thread) {
        return draft.appeal() && draft.matterCode() != null && !draft.category().code().equals(thread.categoryCode());
    }
}
