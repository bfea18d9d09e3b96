package cn.xuanhua.bot.core.command;

import cn.xuanhua.bot.core.appeal.AppealNumber;

import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parts after a command word, read left to right: the primitives (a number, a word, days, the rest) and the
 * shapes most commands take (编号; 编号 内容; 编号 部门 理由).
 */
final class Args {
    /** A full or short number at the start of a token; a sequence may have more than four digits (XH20261126-10000). */
    static final Pattern REF_START = Pattern.compile("[A-Za-z]{1,16}\\d{8}-" + AppealNumber.SEQUENCE_DIGITS
            + "(?!\\d)|\\d{1,8}-" + AppealNumber.SEQUENCE_DIGITS + "(?!\\d)|\\d{1,15}");
    private static final Pattern DAYS = Pattern.compile(
            "(\\d{1,3}|[一二两三四五六七八九]?十[一二三四五六七八九]?|[一二两三四五六七八九])(个工作日|工作日|天|日)?");
    private static final Set<String> DAY_UNITS = Set.of("个工作日", "工作日", "天", "日");
    /** What may follow a number or a department name without a space: 0007：已联系. */
    private static final String SEPARATORS = ":,;、：，；";
    private static final String CHINESE_DIGITS = "零一二三四五六七八九";

    private final String text;
    private final Tokens tokens;
    private final int first;
    private final boolean prefixed;
    private final CommandWord commandWord;
    private int at;

    Args(String text, Tokens tokens, int first, boolean prefixed, CommandWord commandWord) {
        this.text = text;
        this.tokens = tokens;
        this.first = first;
        this.at = first;
        this.prefixed = prefixed;
        this.commandWord = commandWord;
    }

    /** 编号 [rest]: the command of the number; without one, malformed or no command at all. */
    Command withRef(Function<AppealRef, Command> make) {
        Optional<AppealRef> ref = ref();
        return ref.isPresent() ? make.apply(ref.get()) : notACommand();
    }

    /** 主编号 编号 (并单): two numbers, nothing after them. */
    Command withTwoRefs(BiFunction<AppealRef, AppealRef, Command> make) {
        Optional<AppealRef> first = ref();
        if (first.isEmpty()) {
            return notACommand();
        }
        Optional<AppealRef> second = ref();
        return second.isEmpty() || !rest().isEmpty() ? malformed() : make.apply(first.get(), second.get());
    }

    /** 编号 内容, the text required. */
    Command withRefAndText(BiFunction<AppealRef, String, Command> make) {
        Optional<AppealRef> ref = ref();
        if (ref.isEmpty()) {
            return notACommand();
        }
        String rest = rest();
        return rest.isEmpty() ? malformed() : make.apply(ref.get(), rest);
    }

    /** 编号 部门 理由 (转办: reason required) and 编号 部门 [理由] (改派). */
    Command withRefAndDepartment(boolean reasonRequired, Departed make) {
        Optional<AppealRef> ref = ref();
        if (ref.isEmpty()) {
            return notACommand();
        }
        Optional<String> department = word();
        String reason = rest();
        if (department.isEmpty() || (reasonRequired && reason.isEmpty())) {
            return malformed();
        }
        return make.of(ref.get(), department.get(), reason);
    }

    /** Makes a command that names a department. */
    @FunctionalInterface
    interface Departed {
        Command of(AppealRef ref, String department, String reason);
    }

    /** The appeal number at this point, full or short; nothing is consumed when there is none. */
    Optional<AppealRef> ref() {
        String word = tokens.word(at);
        Matcher m = REF_START.matcher(word);
        if (!m.lookingAt() || (m.end() < word.length() && SEPARATORS.indexOf(word.charAt(m.end())) < 0)) {
            return Optional.empty();
        }
        tokens.split(at, m.end());
        Optional<AppealRef> ref = AppealRef.parse(m.group());
        ref.ifPresent(r -> at++);
        return ref;
    }

    /** One word (a department), cut at a separator: {@code 人社局，不属于我局} gives 人社局. */
    Optional<String> word() {
        String word = tokens.word(at);
        int cut = 0;
        while (cut < word.length() && SEPARATORS.indexOf(word.charAt(cut)) < 0) {
            cut++;
        }
        if (cut == 0) {
            return Optional.empty();
        }
        tokens.split(at, cut);
        at++;
        return Optional.of(word.substring(0, cut));
    }

    /** A number of days: 3天, 3 天, 3个工作日, 三天, 十五日, or a bare 3; -1 when there is none. */
    int days() {
        String word = tokens.word(at);
        Matcher m = DAYS.matcher(word);
        boolean unit = m.lookingAt() && m.group(2) != null;
        if (!m.lookingAt() || (m.end() < word.length() && !unit)) {
            return -1;
        }
        tokens.split(at, m.end());
        at++;
        if (!unit && DAY_UNITS.contains(tokens.word(at))) {
            at++;
        }
        return number(m.group(1));
    }

    /** The free text from here to the end, as written, without a leading colon or comma. */
    String rest() {
        String rest = tokens.rest(at);
        int skip = 0;
        while (skip < rest.length() && SEPARATORS.indexOf(Tokens.normalize(rest.substring(skip, skip + 1))
                .charAt(0)) >= 0) {
            skip++;
        }
        return rest.substring(skip).strip();
    }

    /** For commands without parts (待办, 帮助): anything after the word makes it ordinary text. */
    Command alone(Command command) {
        return prefixed || tokens.size() <= first ? command : new Command.Unknown(text, false);
    }

    /** The number is missing: a bare command word or a / command is malformed, other text is no command. */
    Command notACommand() {
        return prefixed || tokens.size() <= first ? commandWord.malformed() : new Command.Unknown(text, false);
    }

    Command malformed() {
        return commandWord.malformed();
    }

    private static int number(String digits) {
        if (Character.isDigit(digits.charAt(0))) {
            return Integer.parseInt(digits);
        }
        int ten = digits.indexOf('十');
        if (ten < 0) {
            return digit(digits.charAt(0));
        }
        int tens = ten == 0 ? 1 : digit(digits.charAt(0));
        int ones = ten == digits.length() - 1 ? 0 : digit(digits.charAt(ten + 1));
        return tens * 10 + ones;
    }

    private static int digit(char c) {
        return c == '两' ? 2 : CHINESE_DIGITS.indexOf(c);
    }
}
