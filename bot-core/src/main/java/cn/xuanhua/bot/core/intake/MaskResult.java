package cn.xuanhua.bot.core.intake;

import java.util.List;

/**
 * A text with personal numbers masked.
 *
 * @param masked the text as it may be shown in a group, stored and read by everything after the masker
 * @param kinds  what was masked, each kind once in order of first appearance ({@link Masker#MOBILE},
 *               {@link Masker#LANDLINE}, {@link Masker#ID_NUMBER}, {@link Masker#BANK_CARD}); empty if nothing
 */
public record MaskResult(String masked, List<String> kinds) {

    public MaskResult {
        kinds = List.copyOf(kinds);
    }

    /** Whether anything was masked. */
    public boolean anyMasked() {
        return !kinds.isEmpty();
    }
}
