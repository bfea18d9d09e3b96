package cn.xuanhua.bot.admin.digest;

import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The font the chart is drawn in: a font of this machine that shows Chinese when there is one (install e.g.
 * {@code fonts-wqy-microhei} or {@code fonts-noto-cjk} on the server), else the JDK's sans-serif with English labels,
 * so the chart never shows empty boxes.
 */
final class ChartFont {
    private static final String SAMPLE = "诉求周报响应率按时办结解决满意新增受理未超期件";
    private static final List<String> PREFERRED = List.of("Noto Sans CJK SC", "Source Han Sans SC",
            "WenQuanYi Micro Hei", "WenQuanYi Zen Hei", "Microsoft YaHei", "PingFang SC", "SimHei", "AR PL UMing CN");

    private final String family;
    private final boolean chinese;

    private ChartFont(String family, boolean chinese) {
        this.family = family;
        this.chinese = chinese;
    }

    /** Looks at the machine's fonts once; call it again after installing fonts. */
    static ChartFont detect() {
        String[] installed = GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames();
        Optional<String> cjk = Stream.concat(PREFERRED.stream().filter(p -> List.of(installed).contains(p)),
                        Stream.of(installed))
                .filter(f -> new Font(f, Font.PLAIN, 12).canDisplayUpTo(SAMPLE) == -1)
                .findFirst();
        return cjk.map(f -> new ChartFont(f, true)).orElseGet(() -> new ChartFont(Font.SANS_SERIF, false));
    }

    Font plain(int size) {
        return new Font(family, Font.PLAIN, size);
    }

    Font bold(int size) {
        return new Font(family, Font.BOLD, size);
    }

    /** Whether Chinese labels can be drawn. */
    boolean chinese() {
        return chinese;
    }

    /** Whether this font shows {@code text} whole (a group name, say). */
    boolean shows(String text) {
        return plain(12).canDisplayUpTo(text) == -1;
    }

    String family() {
        return family;
    }
}
