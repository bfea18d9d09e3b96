package cn.xuanhua.bot.core.outbound;

/**
 * Hides personal data (phone numbers, ID numbers, names) in text about to be posted into a group. Staff notes
 * (进展, 办结 results) go to groups too, so they pass through the same masking as appeal texts; intake's masker
 * plugs in as {@code masker::mask}.
 */
@FunctionalInterface
public interface TextMasker {

    String mask(String text);

    /** Leaves text as it is: for tests, or where text is known to be masked already. */
    static TextMasker none() {
        return text -> text;
    }
}
