package cn.xuanhua.bot.core.intake;

import cn.xuanhua.bot.core.routing.CategoryMatch;
import cn.xuanhua.bot.core.text.PhraseIndex;
import cn.xuanhua.bot.core.text.TextFold;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides whether a group message is an appeal. The cue phrases and their weights come from the database
 * ({@code intake_lexicon}, see {@link LexiconEntry}); this class holds only the scoring and the structural rules.
 *
 * <ol>
 *   <li>Structure first: empty, emoji only, digits only, punctuation only or a single word is never an appeal.</li>
 *   <li>The cues found (leftmost-longest, each phrase once per place) add their weight to their side.</li>
 *   <li>A message on a business topic (some category keyword matched) gets up to {@value #CATEGORY_EVIDENCE_CAP}
 *       more for an appeal: "路灯坏了" is a report, "坏了" alone could be anything. A strong topic (score at
 *       least {@value #STRONG_TOPIC}) with nothing at all against it gets one more, enough on its own: in these
 *       groups "暖气片还是冰凉,热力公司来了两次" is a complaint even without a cue word, while thanks,
 *       notices and ads on a topic always carry a noise cue.</li>
 *   <li>Shapes of a sentence that no fixed phrase can state count once each (see {@link Shape}): a clause that
 *       ends in an A-not-A question ("社区能出面调解不", "有名单没"), a choice between two bodies ("找商务局还是
 *       审批局"), a problem that has lasted ("坏了半个月了") or was raised again and again ("跑了三趟了") count for
 *       an appeal; a member telling what they did themselves ("我弄过", "我们去年办的") counts against, and so does a
 *       message that opens by addressing another member ("@幸福面馆 …", "老程, …", "高哥 …").</li>
 *   <li>It is an appeal when the appeal side reaches {@value #APPEAL_THRESHOLD} and outweighs the noise side, so a
 *       thank-you that also asks for something ("谢谢领导,麻烦再催一下审批") is still an appeal.</li>
 * </ol>
 * Build one per dictionary snapshot; thread-safe.
 */
public final class MessageClassifier {

    /** The least appeal weight that makes an appeal: one clear cue (请问, 能不能, 坏了) or a weak cue on a topic. */
    static final int APPEAL_THRESHOLD = 4;
    /** The most a topic adds (plus one when strong and unopposed): a notice full of keywords stays a notice. */
    static final int CATEGORY_EVIDENCE_CAP = 3;
    /** A category score this high means the message plainly names a government matter (暖气 + 热力公司). */
    static final int STRONG_TOPIC = 6;
    static final String CATEGORY_REASON = "appeal.category-keyword";
    static final String NO_CUE_REASON = "noise.no-cue";

    /** Where a clause ends: punctuation, a space or the end of the text (after folding: ,?!: are half-width). */
    private static final String CLAUSE_END = "(?=[\\s,.。!?;:、~…)）\\[]|$)";
    /** One clause's words: no punctuation or space in between. */
    private static final String IN_CLAUSE = "[^\\s,.。!?;:、~…]";
    /** A number of days, weeks, months or years as people write it: 3, 三, 俩, 半, 好几, 一个多. */
    private static final String HOW_MANY = "(\\d+|[一两二三四五六七八九十几俩仨半]+|好几)";

    /** Words that open a second matter after one that is settled ("另外", "顺便问", "还有个事"). */
    static final Pattern RAISES_ANOTHER_MATTER = Pattern.compile(
            "另外|顺便|还有个事|还有一个事|还有件事|又有个事|又有一个事|又一个事|又一件事|再问|新问题|新的问题|现在想|现在要|现在我们想|现在我们要"
                    + "|还想问|但我们|但是我们");

    /** Something done or come right, closing a clause ({@link Shape#SETTLED}). */
    private static final String SETTLED_CLAUSE = "(?<![不没又还咋么要快该才再别说联装安])("
            + "修好|修|弄好|调好|换好|装好|装完|换完|通上|装上|接上|搞定|解决|处理好|办好|办下来|批下来|下来|开出来"
            + "|结清|到账|退回来|恢复正常|恢复|挪走|清走|拉走|推平|打扫|通开|挖开|盖上章|调解好|调解完"
            + "|正常|协调好|谈好|说开|撤销|放出来|找好|充上|登上|查到|问着|给办|给结|改好|好使"
            + "|(?<=[续金可证请款目])批|(?<![开解发下])放|盖上|约上|报上去|交上去|验收过|复工|立案|找着|逮着|抓着|抓住|不喊|不叫"
            + "|(钱|款|补贴|回款|欠款|退税)[^\\s,.。!?]{0,6}(?<![发转打寄送拨])到"
            + "|(?<![建定划签约谈准备写搞办整商修])好|通|亮|热|来电|来水|来气"
            + "|能(用|刷|开|走|走车|营业|开业|登|进|打|上网)"
            + "|不(漏|跳|跳闸|打火|堵|冒烟|冒|响|臭|吵|排|泼|卡|蹭|扰民)|没(堵|味儿?|人停)"
            + ")了(?![没吗么吧不又个])";

    /**
     * Shapes of a sentence that speak for or against an appeal although no fixed phrase does; each counts once per
     * message, with the reason code of the lexicon it stands beside.
     */
    enum Shape {
        /** "街道能协调下场地不", "明天能修好不": asking whether someone can do something, the northern way. */
        CAN_YOU("appeal.request", 4, "能", Pattern.compile("能" + IN_CLAUSE + "{1,12}不\\s*\\??" + CLAUSE_END)),
        /**
         * "镇上给弄弄", "供电所给查查", "社区给修修", "税务局给说说", "给协调协调": asking someone to do something with a
         * doubled verb after 给, the northern way of saying "please do". Verbs only: "给哥哥" is a person.
         */
        DO_IT_FOR_US("appeal.request", 4, "给", Pattern.compile(
                "给([修弄查换看说问催管批办清扫拆挪拉通调扩找盯推跑])\\1|给(协调|处理|解决|落实|反映|沟通|研究|对接)\\2")),
        /**
         * "需要备案不", "有名单没", "有扶持政策没", "一年两千合理不": a yes-no question closed by 不 or 没 instead of 吗.
         */
        YES_NO("appeal.consultation", 3, "不没", Pattern.compile(
                "((可以|需要|要|用|行|算|合理|合法|合规)" + IN_CLAUSE + "{0,12}不|有" + IN_CLAUSE + "{1,8}没有?)\\s*\\??" + CLAUSE_END)),
        /** "找商务局还是审批局", "是镇里定的还是村里定的": which of two (还是 not followed by 不/没, "still"). */
        WHICH_OF_TWO("appeal.consultation", 3, "还", Pattern.compile(
                "(找|交给|归|是|去|按|走)" + IN_CLAUSE + "{1,10}还是(?![不没老])" + IN_CLAUSE + "{1,10}")),
        /** "坏了半个月了", "交上去俩月了", "都半年了": how long the problem has lasted. */
        LASTING("appeal.problem-report", 3, "了", Pattern.compile(
                HOW_MANY + "(个多|多个|个)?(天|日|周|星期|礼拜|月|年)多?了")),
        /** "油烟直接往我们窗户里灌", "把垃圾往我们厂后面的沟里倒": something dumped or let flow onto others. */
        DUMPED_ON("appeal.problem-report", 3, "往", Pattern.compile(
                "往" + IN_CLAUSE + "{1,10}(倒|扔|排|泼|堆|灌|流|滴|冲)")),
        /** "跑了三趟了", "问了好几次都说", "这个月第四回了": raised or suffered again and again. */
        AGAIN_AND_AGAIN("appeal.complaint", 3, "次回趟遍", Pattern.compile(
                "(\\d+|[一两二三四五六七八九十几俩仨]+|好几|多少)(次|回|趟|遍)(了|都|也)")),
        /**
         * Advice to those of the group it concerns: "有备线的赶紧切备线", "没办的赶紧去办", "大家有叉车的注意一下",
         * "你们要办的别去排队了", "开车的注意了".
         */
        GROUP_ADVICE("noise.reply", 5, "的", Pattern.compile(
                "(有|没|要|开|用|还没)" + IN_CLAUSE + "{0,6}的(都|就|可以)?(注意|赶紧|别|记得|抓紧|早点|尽快|提前)")),
        /**
         * Asking whether any member has done or knows something: "有领到的没", "有去过的吗", "有经验的没" (a yes-no
         * question about "someone who …", not about a thing the government has).
         */
        ASKS_THE_MEMBERS("noise.greeting", 6, "有", Pattern.compile(
                "有" + IN_CLAUSE + "{1,6}的(没有?|吗|不)\\s*\\??" + CLAUSE_END)),
        /**
         * Asking the members for a tip, a tradesman or a supplier: "有没有做美甲的姐妹", "谁知道附近哪有修叉车的", "哪位知道
         * 班车几点有", "有人知道哪家培训机构", "问下大家", "群里有没有用过的". Not "有没有人管" nor a unit asked
         * ("卫健局有没有推荐的机构名单"): those ask the government.
         */
        ASKS_FOR_A_TIP("noise.greeting", 6, "有谁哪问请群大各", Pattern.compile(
                "(?<![局里门府所站队心司])有没有((人|谁|哪位)?(知道|懂|认识|做|干|用过|去过|装过|办过|推荐|收|接)"
                        + "|老板|姐妹|朋友|同行|兄弟|大哥|大姐|师傅|人家)"
                        + "|(谁|哪位|有人|有谁)(知道|认识|用过|去过|做过|推荐)"
                        + "|(问下|问一下|请教一下|请教)(大家|各位|群里)|群里(有没有|谁|哪位)"
                        + "|(大家|各位|大伙)(都|伙)?(咋样|怎么样|几点|备货|包啥|有消息)")),
        /**
         * A message that ends by thanking, asking nothing after it: "报废车拖走了 谢谢吴主任", "街道答应年底前付一半 感谢",
         * "感谢住建局领导出面协调" ("谢谢领导,麻烦再催一下" asks after the thanks, so it does not end so).
         */
        ENDS_WITH_THANKS("noise.thanks", 6, "谢", Pattern.compile(
                "(谢谢|感谢|多谢)[^\\s,.。!?]{0,10}[\\s.。!~]*$")),
        /**
         * "Me too", and what is behind it, told to another member: "我家也没水，看了供水公司公众号，说是主管道抢修",
         * "我们这边也停了，供电的师傅说是电缆头烧了，估计中午能来" (the writer explains, asks nothing).
         */
        ME_TOO_EXPLAINED("noise.reply", 5, "也", Pattern.compile(
                "(我|俺)[^.。!?\\s]{0,8}也(没|停|断|不|是这样|一样|这样|卡|遇到|碰到|有)[^.。!?]{0,30}?"
                        + "(说是|说[^.。!?]{0,10}(恢复|能好|能来|抢修|检修)|估计|应该是|听说是|好像是)")),
        /**
         * A report that the matter is done, in owners' words: "路灯今天修了", "入库编号下来了", "医保能刷了", "现在不跳了",
         * "暖气今天热了", "保证金退回来了" (a fix or an outcome, not said as a question, not "又", "还", "没").
         */
        SETTLED("noise.settled", 4, "了", Pattern.compile(SETTLED_CLAUSE)),
        /**
         * A member telling what they did or went through themselves, to help another: "我弄过", "我也卡过一回",
         * "我们也等过", "我们去年续的", "我们小区去年也是这么闹的" (a clause closed by 的 about one's own past), "我们店去年也
         * 不热" (the same, once before), "我姐去年也是这种事", "去年我亲戚的猪场验的" (someone close went through it).
         */
        OWN_EXPERIENCE("noise.reply", 4, "我俺", Pattern.compile(
                "(我|我们|俺|俺们)((也|就|都)?被?" + IN_CLAUSE + "{1,2}过(?![来去期年滤不])"
                        + "|" + IN_CLAUSE + "{0,3}?(去年|前年|上回|上次|之前|以前|前阵子|前段时间|上个月|上周|上礼拜|刚)(刚|就|也)?是?"
                        + IN_CLAUSE + "{0,5}的" + CLAUSE_END
                        + "|" + IN_CLAUSE + "{0,4}?(去年|前年|上回|上次|之前|以前|上个月|上周|上礼拜)" + IN_CLAUSE + "{0,2}也)"
                        + "|(我|俺)(亲戚|朋友|姐|哥|家亲戚)" + IN_CLAUSE + "{0,4}(去年|前年|上回|上次|之前)"
                        + "|(去年|前年|上回|上次)(我|俺)(亲戚|朋友|姐|哥)"));

        final String reason;
        final int weight;
        /** Characters of which the pattern needs at least one: a message with none is passed over unsearched. */
        private final String needsOneOf;
        final Pattern pattern;

        Shape(String reason, int weight, String needsOneOf, Pattern pattern) {
            this.reason = reason;
            this.weight = weight;
            this.needsOneOf = needsOneOf;
            this.pattern = pattern;
        }

        // Every message meets every shape: a look for one character first spares most of them the regex, whose
        // alternations are tried at each position of the text (intake runs on every group message).
        boolean in(String folded) {
            for (int i = 0; i < needsOneOf.length(); i++) {
                if (folded.indexOf(needsOneOf.charAt(i)) >= 0) {
                    return pattern.matcher(folded).find();
                }
            }
            return false;
        }
    }

    /**
     * A message that opens by addressing a fellow member, not a unit: an @ of a member ("@幸福面馆 灭火器去…"), a
     * familiar name ("老程, 废机油那个…", "小李 秤那个…", "阿兰 天然气报装…") or a title among traders ("高哥 我们去年也是…",
     * "钱经理 预付卡…", "陶院长, 养老院食堂…": the head of a private clinic or care home, members of the groups too).
     * Members talk to each other so; the government is addressed by its units and officials, which {@link #OFFICIAL}
     * tells apart ("@南关街道 营商专员 陈 …", "王科长 …").
     */
    private static final Pattern PEER_ADDRESS = Pattern.compile("^\\s*(@[^\\s@]{1,20}|[老小]" + Surnames.COMMON
            + "|阿\\p{IsHan}|" + IN_CLAUSE + "{1,3}?(哥|姐|总|经理|老板|社长|院长|大夫|叔|婶|嫂|厂长|场长|工))[\\s,:]");
    private static final Pattern OFFICIAL = Pattern.compile(
            "街道|局|所|镇|乡|村|社区|办|中心|群主|专员|主任|书记|科|队|站|政府|领导|公司|委|助手|网格|营商|管家|老师|同志|师傅|客服");
    static final String PEER_ADDRESS_REASON = "noise.reply";
    static final int PEER_ADDRESS_WEIGHT = 8;

    /**
     * "退税那个到了，谢谢，另外出口退税备案…来得及吗", "村道修好了，谢谢。新问题：…", "换好了…现在想问…": after a settled or
     * thanked matter, the rest is a new request (also lifts ActClassifier's solved and thanks vetoes).
     */
    static boolean raisesAnotherMatter(String folded) {
        return RAISES_ANOTHER_MATTER.matcher(folded).find();
    }

    /** Where the words after the first marker of another matter begin (另外|, 还有个事|); -1 when there is none. */
    static int anotherMatterBegins(String folded) {
        Matcher m = RAISES_ANOTHER_MATTER.matcher(folded);
        return m.find() ? m.end() : -1;
    }

    /** Whether the (folded) message opens by addressing a fellow member rather than a unit or an official. */
    static boolean addressesAMember(String folded) {
        Matcher m = PEER_ADDRESS.matcher(folded);
        return m.find() && !OFFICIAL.matcher(m.group(1)).find();
    }

    /** A cue of one lexicon: its reason code, side and weight. */
    private record Cue(String reason, boolean forAppeal, int weight) {
        boolean neutral() {
            return LexiconEntry.NEUTRAL.equals(reason);
        }
    }

    private final PhraseIndex<List<Cue>> index;

    /**
     * @param lexicon the rows of {@code intake_lexicon}; rows of an unknown lexicon (neither {@code appeal.*},
     *                {@code noise.*} nor {@code neutral}) or with a blank phrase are ignored, so that a bad row
     *                edited in the database cannot stop intake
     */
    public MessageClassifier(List<LexiconEntry> lexicon) {
        this.index = new PhraseIndex<>(indexCues(lexicon));
    }

    /** Classifies a masked message without topic evidence. */
    public Classification classify(String text) {
        return classify(text, null);
    }

    /** Classifies a masked message, counting its category match (may be null) as topic evidence. */
    public Classification classify(String text, CategoryMatch category) {
        TextShape shape = TextShape.of(text == null ? "" : text);
        if (shape != TextShape.TEXT) {
            return Classification.noise(shape.reason());
        }
        Tally tally = new Tally();
        char[] folded = TextFold.fold(text);
        // A phrase said twice is no more evidence than once ("公示也公示了", "代理记账公司 代理记账的…").
        java.util.Set<List<Cue>> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>(8));
        index.match(folded, (cues, begin, end) -> {
            if (seen.add(cues)) {
                cues.forEach(tally::add);
            }
        });
        String foldedText = new String(folded);
        for (Shape found : Shape.values()) {
            if (found.in(foldedText) && !(found == Shape.SETTLED && raisesAnotherMatter(foldedText))) {
                tally.add(new Cue(found.reason, found.reason.startsWith(LexiconEntry.APPEAL_PREFIX), found.weight));
            }
        }
        if (addressesAMember(foldedText)) {
            tally.add(new Cue(PEER_ADDRESS_REASON, false, PEER_ADDRESS_WEIGHT));
        }
        if (category != null && category.matched()) {
            tally.addTopic(category.score());
        }
        return tally.decide();
    }

    /** The weights and reasons gathered from one message. */
    private static final class Tally {
        int appealScore;
        int noiseScore;
        /** Weight each reason contributed, in order of first appearance. */
        final Map<String, Integer> appealReasons = new LinkedHashMap<>();
        final Map<String, Integer> noiseReasons = new LinkedHashMap<>();

        void add(Cue cue) {
            if (cue.neutral()) {
                return;
            }
            if (cue.forAppeal()) {
                appealScore += cue.weight();
                appealReasons.merge(cue.reason(), cue.weight(), Integer::sum);
            } else {
                noiseScore += cue.weight();
                noiseReasons.merge(cue.reason(), cue.weight(), Integer::sum);
            }
        }

        void addTopic(int categoryScore) {
            int evidence = Math.min(categoryScore, CATEGORY_EVIDENCE_CAP);
            if (categoryScore >= STRONG_TOPIC && noiseScore == 0) {
                evidence++;
            }
            appealScore += evidence;
            appealReasons.merge(CATEGORY_REASON, evidence, Integer::sum);
        }

        /** Appeal or not; the reasons of the deciding side first, each side's strongest reason first. */
        Classification decide() {
            boolean appeal = appealScore >= APPEAL_THRESHOLD && appealScore > noiseScore;
            List<String> reasons = new ArrayList<>(appealReasons.size() + noiseReasons.size() + 1);
            reasons.addAll(strongestFirst(appeal ? appealReasons : noiseReasons));
            if (!appeal && noiseReasons.isEmpty()) {
                reasons.add(NO_CUE_REASON);
            }
            reasons.addAll(strongestFirst(appeal ? noiseReasons : appealReasons));
            return new Classification(appeal, appealScore, noiseScore, reasons);
        }

        private static List<String> strongestFirst(Map<String, Integer> weights) {
            List<String> reasons = new ArrayList<>(weights.keySet());
            reasons.sort(Comparator.comparing(weights::get, Comparator.reverseOrder()));
            return reasons;
        }
    }

    private static Map<String, List<Cue>> indexCues(List<LexiconEntry> lexicon) {
        Map<String, List<Cue>> byPhrase = new HashMap<>();
        for (LexiconEntry row : lexicon) {
            String phrase = row.phrase() == null ? "" : TextFold.foldPhrase(row.phrase());
            Cue cue = toCue(row);
            if (phrase.isEmpty() || cue == null) {
                continue;
            }
            List<Cue> cues = byPhrase.computeIfAbsent(phrase, p -> new ArrayList<>(1));
            // Rows that fold to the same phrase in the same lexicon (？ and ?) count once, with the larger weight.
            cues.removeIf(c -> c.reason().equals(cue.reason()) && c.weight() <= cue.weight());
            if (cues.stream().noneMatch(c -> c.reason().equals(cue.reason()))) {
                cues.add(cue);
            }
        }
        byPhrase.replaceAll((phrase, cues) -> List.copyOf(cues));
        return byPhrase;
    }

    /** The cue of a row, or null for a row of an unknown lexicon. A neutral row is a cue of weight 0. */
    private static Cue toCue(LexiconEntry row) {
        String lexicon = row.lexicon() == null ? "" : row.lexicon().trim();
        if (lexicon.startsWith(LexiconEntry.APPEAL_PREFIX) && lexicon.length() > LexiconEntry.APPEAL_PREFIX.length()) {
            return new Cue(lexicon, true, row.weight());
        }
        if (lexicon.startsWith(LexiconEntry.NOISE_PREFIX) && lexicon.length() > LexiconEntry.NOISE_PREFIX.length()) {
            return new Cue(lexicon, false, row.weight());
        }
        return LexiconEntry.NEUTRAL.equals(lexicon) ? new Cue(lexicon, false, 0) : null;
    }
}
