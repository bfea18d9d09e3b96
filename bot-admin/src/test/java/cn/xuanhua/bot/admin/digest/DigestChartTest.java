package cn.xuanhua.bot.admin.digest;

import cn.xuanhua.bot.core.digest.DigestCounts;
import cn.xuanhua.bot.core.digest.DigestPeriod;
import cn.xuanhua.bot.core.digest.DigestWindow;
import cn.xuanhua.bot.core.digest.WeeklyDigest;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Base64;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DigestChartTest {
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private final DigestChart chart = new DigestChart();

    private static WeeklyDigest digest(DigestCounts counts) {
        DigestPeriod w47 = DigestPeriod.parse("2026-W47");
        DigestWindow window = new DigestWindow(w47.start(ZONE), w47.end(ZONE), w47.end(ZONE), List.of());
        return new WeeklyDigest("tw-nanguan", "南关街道市场主体交流群", w47, window, false, counts, counts.rates(),
                List.of(), List.of(), List.of(), List.of(), counts.created());
    }

    private static BufferedImage decode(String base64) throws Exception {
        byte[] png = Base64.getDecoder().decode(base64);
        assertThat(png).startsWith(0x89, 'P', 'N', 'G');
        assertThat(png.length).as("WeCom takes images up to 2 MB").isLessThan(2 * 1024 * 1024);
        return ImageIO.read(new ByteArrayInputStream(png));
    }

    @Test
    void drawsTheWeeksNumbersAndRatesAsAPng() throws Exception {
        String base64 = chart.pngBase64(digest(new DigestCounts(3, 2, 2, 1, 1, 1, 1, 1, 2, 0))).orElseThrow();

        BufferedImage image = decode(base64);
        assertThat(image.getWidth()).isEqualTo(DigestChart.WIDTH);
        assertThat(image.getHeight()).isEqualTo(DigestChart.HEIGHT);
        // Left for a look at it: target/digest-chart.png
        Files.write(Path.of("target", "digest-chart.png"), Base64.getDecoder().decode(base64));
    }

    @Test
    void drawsAnEmptyWeekWithoutRates() throws Exception {
        String base64 = chart.pngBase64(digest(DigestCounts.NONE)).orElseThrow();

        assertThat(decode(base64).getWidth()).isEqualTo(DigestChart.WIDTH);
        Files.write(Path.of("target", "digest-chart-empty.png"), Base64.getDecoder().decode(base64));
    }

    @Test
    void drawsWithoutADisplay() {
        assertThat(System.getProperty("java.awt.headless")).isEqualTo("true");
    }
}
