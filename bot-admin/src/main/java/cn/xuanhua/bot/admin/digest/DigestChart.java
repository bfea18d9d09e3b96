package cn.xuanhua.bot.admin.digest;

import cn.xuanhua.bot.core.digest.DigestCounts;
import cn.xuanhua.bot.core.digest.Rates;
import cn.xuanhua.bot.core.digest.WeeklyDigest;
import cn.xuanhua.bot.core.digest.DigestCharts;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.style.CategoryStyler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * Draws a digest with XChart: the week's numbers (new, accepted, resolved, open, overdue) beside the four rates in
 * percent, under a title with the group and the week, as one PNG for the group robot's image message (WeCom takes
 * up to 2 MB; this is some 30 KB). Headless: no display is needed. A machine that cannot draw (no font
 * configuration at all) gets no chart, logged once per digest, and the text digest goes alone.
 */
public class DigestChart implements DigestCharts {
    private static final Logger log = LoggerFactory.getLogger(DigestChart.class);
    static final int WIDTH = 960;
    static final int HEIGHT = 440;
    private static final int TITLE_HEIGHT = 48;
    private static final Color[] COUNT_COLOURS = {new Color(0x3B82F6)};
    private static final Color[] RATE_COLOURS = {new Color(0x10B981)};

    static {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    private volatile ChartFont font;

    @Override
    public Optional<String> pngBase64(WeeklyDigest digest) {
        try {
            return Optional.of(Base64.getEncoder().encodeToString(png(digest)));
        } catch (IOException | RuntimeException | LinkageError e) {
            log.warn("no chart for the digest of {} {}: the text goes alone", digest.groupCode(), digest.isoWeek(), e);
            return Optional.empty();
        }
    }

    /** The chart as PNG bytes. */
    byte[] png(WeeklyDigest digest) throws IOException {
        ChartFont f = font();
        Labels labels = f.chinese() ? Labels.CHINESE : Labels.ENGLISH;
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, WIDTH, HEIGHT);
            g.setColor(new Color(0x1F2937));
            g.setFont(f.bold(20));
            g.drawString(title(digest, labels, f), 20, 32);
            int half = WIDTH / 2;
            Graphics2D left = (Graphics2D) g.create(0, TITLE_HEIGHT, half, HEIGHT - TITLE_HEIGHT);
            counts(digest.counts(), labels, f).paint(left, half, HEIGHT - TITLE_HEIGHT);
            left.dispose();
            Graphics2D right = (Graphics2D) g.create(half, TITLE_HEIGHT, WIDTH - half, HEIGHT - TITLE_HEIGHT);
            rates(digest.rates(), labels, f).paint(right, WIDTH - half, HEIGHT - TITLE_HEIGHT);
            right.dispose();
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private static String title(WeeklyDigest d, Labels labels, ChartFont f) {
        String who = d.district() ? labels.district : f.shows(d.groupName()) && f.chinese() ? d.groupName() : d.groupCode();
        return who + "  " + d.isoWeek() + (d.partial() ? labels.soFar : "");
    }

    private static CategoryChart counts(DigestCounts c, Labels labels, ChartFont f) {
        CategoryChart chart = chart(labels.numbers, f, COUNT_COLOURS, "#");
        List<Long> values = List.of(c.created(), c.accepted(), c.resolved(), c.open(), c.overdue());
        chart.addSeries(labels.numbers, labels.countNames, values);
        // Whole numbers on the axis, and an axis of 0..1 rather than a lone 0 for an empty week.
        chart.getStyler().setYAxisMax((double) Math.max(1, values.stream().mapToLong(Long::longValue).max().orElse(1)));
        return chart;
    }

    private static CategoryChart rates(Rates r, Labels labels, ChartFont f) {
        CategoryChart chart = chart(labels.rates, f, RATE_COLOURS, "0.0");
        chart.getStyler().setYAxisMin(0.0).setYAxisMax(100.0);
        List<Double> values = Arrays.asList(percent(r.responseRate()), percent(r.onTimeRate()),
                percent(r.resolutionRate()), percent(r.satisfactionRate()));
        List<String> names = new ArrayList<>();
        for (int i = 0; i < labels.rateNames.size(); i++) {
            // A rate with nothing to count is drawn as no bar and says so, never as 0 %.
            names.add(labels.rateNames.get(i) + (values.get(i) == null ? labels.none : ""));
        }
        chart.addSeries(labels.rates, names, values);
        return chart;
    }

    private static CategoryChart chart(String title, ChartFont f, Color[] colours, String pattern) {
        CategoryChart chart = new CategoryChartBuilder().width(WIDTH / 2).height(HEIGHT - TITLE_HEIGHT).title(title).build();
        CategoryStyler s = chart.getStyler();
        s.setLegendVisible(false);
        s.setChartBackgroundColor(Color.WHITE);
        s.setPlotBackgroundColor(Color.WHITE);
        s.setPlotBorderVisible(false);
        s.setSeriesColors(colours);
        s.setChartTitleFont(f.bold(16));
        s.setChartTitleBoxVisible(false);
        s.setAxisTickLabelsFont(f.plain(13));
        s.setAxisTitleFont(f.plain(13));
        s.setLabelsVisible(true);
        s.setLabelsFont(f.bold(13));
        s.setLabelsFontColor(new Color(0x111827));
        s.setLabelsPosition(0.9);
        s.setYAxisDecimalPattern(pattern);
        s.setYAxisMin(0.0);
        s.setAvailableSpaceFill(0.55);
        return chart;
    }

    private static Double percent(Double rate) {
        return rate == null ? null : Math.round(rate * 1000) / 10.0;
    }

    private ChartFont font() {
        ChartFont f = font;
        if (f == null) {
            f = ChartFont.detect();
            font = f;
            log.info("digest charts drawn in {} ({} labels)", f.family(), f.chinese() ? "Chinese" : "English");
        }
        return f;
    }

    /** The chart's words, in Chinese where a Chinese font exists. */
    private record Labels(String numbers, String rates, List<String> countNames, List<String> rateNames, String none,
                          String district, String soFar) {
        static final Labels CHINESE = new Labels("诉求 (件)", "四率 (%)", List.of("新增", "受理", "办结", "未办结", "超期"),
                List.of("响应率", "按时办结率", "解决率", "满意率"), "(无)", "全区", " (本周至今)");
        static final Labels ENGLISH = new Labels("Appeals this week", "Rates (%)",
                List.of("new", "accepted", "resolved", "open", "overdue"),
                List.of("response", "on time", "resolution", "satisfaction"), " (n/a)", "District", " (so far)");
    }
}
