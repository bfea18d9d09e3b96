package cn.xuanhua.bot.core.command;

import cn.xuanhua.bot.core.appeal.AppealNumber;

import java.util.Optional;
import java.util.regex.Pattern;

/** How a person named an appeal in a command: its full number, or its last digits. */
public sealed interface AppealRef {
    /**
     * Last digits: 1–15 digits (the day and a sequence of up to seven), or {@code 1126-0007}; a sequence under four
     * digits is read as four (7 = 0007).
     */
    Pattern SHORT = Pattern.compile("\\d{1,8}-" + AppealNumber.SEQUENCE_DIGITS + "|\\d{1,15}");

    /** As the person wrote it, for answers ("没有以 0007 结尾的诉求"). */
    String shown();

    /** A full number, e.g. XH20261126-0007. */
    record Full(AppealNumber number) implements AppealRef {
        @Override
        public String shown() {
            return number.value();
        }
    }

    /** Last digits, resolved among the appeals the person deals with. */
    record Short(String digits) implements AppealRef {
        @Override
        public String shown() {
            return digits;
        }
    }

    /** Reads a token that is a full or short number (already half-width); empty otherwise. */
    static Optional<AppealRef> parse(String token) {
        if (token == null) {
            return Optional.empty();
        }
        Optional<AppealRef> full = AppealNumber.tryParse(token).map(Full::new);
        if (full.isPresent()) {
            return full;
        }
        return SHORT.matcher(token).matches() ? Optional.of(new Short(token)) : Optional.empty();
    }
}
