package cn.xuanhua.bot.core.appeal;

import cn.xuanhua.bot.core.text.Places;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * 并单 at intake: whether a new message is the same problem as an open appeal of its group, so that its writer
 * becomes one more requester instead of making a new appeal (docs/intake.md, "并单"). Wrong merges cost more than
 * missed ones (a business's problem would vanish into someone else's appeal), so every condition must hold:
 * <ol>
 *   <li>the same group, and the appeal still open (pending or in hand) and written at most {@link #WINDOW} before;</li>
 *   <li>the same catalogue matter when intake placed both, else the same category;</li>
 *   <li>the places agree ({@link Places#compatible}): the same street light on two streets is two appeals;</li>
 *   <li>either the writer is already a requester (the same complaint sent again), or the problem is one of a place
 *       that many businesses share ({@link #SHARED_MATTERS}: an outage, a street light, a blocked drain, fumes, a
 *       broken road): a licence, a subsidy, an invoice or a meter is each business's own, however alike the words;</li>
 *   <li>the words agree: the overlap of their shingles reaches {@link #THRESHOLD}; when both name the same place
 *       and the same matter, {@link #THRESHOLD_AT_ONE_PLACE}; for two reports of one outage matter,
 *       {@link #THRESHOLD_FOR_OUTAGES}. Chosen on the tuning pairs (docs/intake.md gives the figures); they hold for
 *       a writer's own repeat too: one owner's blocked drain and their missing manhole cover are two appeals.</li>
 * </ol>
 * Of several appeals that qualify, the one whose words agree best, then the newest, takes the writer.
 */
public final class SameProblem {

    /** How far back an appeal still takes more requesters. */
    public static final Duration WINDOW = Duration.ofHours(72);

    /** The least shingle overlap of two texts about one problem (chosen on merge-pairs-tuning.json). */
    public static final double THRESHOLD = 0.6;

    /** The least overlap when both name the same place and intake placed both in the same matter. */
    public static final double THRESHOLD_AT_ONE_PLACE = 0.3;

    /** Catalogue matters of a place, shared by every business there; anything else is a business's own. */
    public static final Set<String> SHARED_MATTERS = Set.of(
            // power, water, gas, heating, the network
            "power-outage", "voltage-problems", "power-lines", "power-repair-service", "water-outage",
            "water-pressure", "burst-pipes", "water-quality", "gas-outage", "gas-leak", "radiators-cold",
            "heating-pipes", "heating-season", "heat-stations", "unicom-broadband", "unicom-signal", "unicom-lines",
            "mobile-broadband", "mobile-signal", "mobile-lines", "telecom-broadband", "telecom-signal",
            "telecom-lines", "telecom-generic",
            // streets and villages
            "restaurant-fumes", "muck-trucks", "construction-waste", "street-vendors", "street-sanitation",
            "street-lights", "drains-manholes", "city-roads", "urban-flooding", "greening-trees", "snow-removal",
            "public-toilets", "illegal-buildings", "night-construction-noise", "commercial-noise", "road-excavation",
            "shared-bikes", "city-appearance", "ground-locks", "street-wastewater", "lanes-alleys", "weeds-wasteland",
            "village-roads", "village-road-damage", "village-sanitation", "village-streetlights", "village-drainage",
            "village-snow", "village-public-facilities", "local-greening", "village-bridges", "village-square-dance",
            // traffic and transport
            "bus", "coach", "highway-admin", "traffic-lights", "parking", "congestion", "road-markings-signs",
            // pollution and public safety of a place
            "industrial-emissions", "industrial-dust", "wastewater", "industrial-noise", "livestock-pollution",
            "open-burning", "vocs-painting", "vehicle-emissions", "loose-coal", "fire-lanes",
            "extinguishers-facilities");

    /**
     * Outages: one event over an area, whatever each business says it stopped (冰柜, 收银机, 磨坊). Two reports of
     * the same outage matter in one township's group within the window, naming the same places or none, are one
     * outage even when their words share little ({@link #THRESHOLD_FOR_OUTAGES}).
     */
    public static final Set<String> OUTAGES = Set.of("power-outage", "voltage-problems", "water-outage",
            "water-pressure", "gas-outage", "radiators-cold", "heat-stations", "unicom-broadband", "unicom-signal",
            "unicom-lines", "mobile-broadband", "mobile-signal", "mobile-lines", "telecom-broadband",
            "telecom-signal", "telecom-lines", "telecom-generic");

    /** The least overlap for two reports of one outage matter. */
    public static final double THRESHOLD_FOR_OUTAGES = 0.0;

    /** Categories whose problems are shared when intake placed no matter. */
    public static final Set<String> SHARED_CATEGORIES = Set.of("utilities", "water-supply", "heating", "municipal",
            "traffic", "transport", "environment", "telecom");

    private final double threshold;
    private final double thresholdAtOnePlace;
    private final double thresholdForOutages;

    public SameProblem() {
        this(THRESHOLD, THRESHOLD_AT_ONE_PLACE, THRESHOLD_FOR_OUTAGES);
    }

    /** With other thresholds: for the sweep over the tuning pairs only. */
    public SameProblem(double threshold, double thresholdAtOnePlace, double thresholdForOutages) {
        this.threshold = threshold;
        this.thresholdAtOnePlace = thresholdAtOnePlace;
        this.thresholdForOutages = thresholdForOutages;
    }

    /** The appeal among {@code candidates} the message is the same problem as, if any. */
    public Optional<MergeCandidate> find(ProblemSignature message, String writer, ZonedDateTime sentAt,
                                         List<MergeCandidate> candidates) {
        return candidates.stream()
                .filter(c -> same(message, writer, sentAt, c))
                .max(Comparator.<MergeCandidate>comparingDouble(c -> c.shingles().overlap(message.shingles()))
                        .thenComparing(MergeCandidate::createdAt));
    }

    /** Whether the message is the same problem as the open appeal {@code existing}. */
    public boolean same(ProblemSignature message, String writer, ZonedDateTime sentAt, MergeCandidate existing) {
        ProblemSignature old = existing.signature();
        Duration age = Duration.between(existing.createdAt(), sentAt);
        if (!existing.status().isOpen() || !old.groupCode().equals(message.groupCode()) || age.isNegative()
                || age.compareTo(WINDOW) > 0 || !sameKindOfProblem(old, message)
                || !Places.compatible(old.places(), message.places())) {
            return false;
        }
        boolean bothPlaced = old.matterCode() != null && message.matterCode() != null;
        double overlap = old.shingles().overlap(message.shingles());
        // A business's own matter merges only with its own appeal; a problem of a place with anyone's.
        if (!existing.hasRequester(writer) && !sharedByPlace(old) && !sharedByPlace(message)) {
            return false;
        }
        boolean samePlace = Places.same(old.places(), message.places());
        boolean noPlace = old.places().isEmpty() && message.places().isEmpty();
        if (bothPlaced && OUTAGES.contains(message.matterCode()) && (samePlace || noPlace)) {
            return overlap >= Math.min(thresholdForOutages, threshold);
        }
        return overlap >= (samePlace ? Math.min(thresholdAtOnePlace, threshold) : threshold);
    }

    /**
     * Whether the problem is one of a place that many businesses share ({@link #SHARED_MATTERS}, or a
     * {@link #SHARED_CATEGORIES shared category} when intake placed no matter): only such an appeal takes other
     * writers; a business's own matter merges only with its writer's own appeals.
     */
    public static boolean sharedByPlace(ProblemSignature s) {
        return s.matterCode() == null ? SHARED_CATEGORIES.contains(s.categoryCode())
                : SHARED_MATTERS.contains(s.matterCode());
    }

    private static boolean sameKindOfProblem(ProblemSignature a, ProblemSignature b) {
        if (a.matterCode() != null && b.matterCode() != null) {
            return a.matterCode().equals(b.matterCode());
        }
        return a.categoryCode().equals(b.categoryCode());
    }
}
