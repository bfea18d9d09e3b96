package cn.xuanhua.bot.core.intake;

import cn.xuanhua.bot.core.routing.Matter;
import cn.xuanhua.bot.core.routing.ResponsibilityCatalogue;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Who acts first when a business says it was swindled: the police, whatever other unit the text names. A suspected
 * crime goes to the police before any department (刑事优先); the unit a swindler pretended to be
 * ({@code 有人冒充税务局打电话让转保证金}), the unit whose check the swindle copied ({@code 自称消防大队让买灭火器}) or the
 * platform it ran on is named in the text and pulls both the catalogue (the named unit's matters) and the learned
 * model (its n-grams) to the wrong unit. docs/intake.md, "Who acts first".
 * <p>
 * The unit is the owner of the catalogue's fraud matter, so an administrator who moves that matter moves this too;
 * without the matter nothing is decided here. Only the final unit is decided here: what the rules alone choose
 * (which the judge of a new matter and the routing model read) is left as it was, so this moves no appeal
 * judgement.
 */
final class CrimeFirst {
    /** The catalogue's matter for swindles of any kind (sql/source/catalogue.json). */
    static final String FRAUD_MATTER = "fraud";

    /**
     * A swindle the writer suffered or fears: the words for one, a demand for money to take a bad review down, or a
     * person pretending to be a public unit, a supplier or a courier.
     */
    private static final Pattern SWINDLE = Pattern.compile("诈骗|骗子|被骗|被人骗|骗了|骗走|是不是骗|勒索|敲诈"
            + "|差评.{0,30}(索要|要钱|给钱才)"
            + "|冒充.{0,8}(局|政府|税务|公安|派出所|街道|社区|消防|工作人员|领导|执法|供货商|客服|快递|镇|乡)");

    /**
     * Not for the police first: a warning (别让人骗了), a number cut off on suspicion of fraud (the carrier's matter),
     * public money taken by fraud (骗补, 骗保: the fund's department), investment schemes (非法集资: the financial office
     * leads), and a writer who asks for a lawyer or legal aid (司法局's public legal service is what they want).
     */
    private static final Pattern NOT_THE_WRITERS = Pattern.compile(
            "别让人|别被|防止被|以防|涉嫌诈骗|骗补|骗保|骗取|集资|投资|理财|律师|法律援助|法律服务");

    /** The source of a decision made here. */
    static final String SOURCE = "route.crime-first";

    /** The catalogue's fraud matter, found once (the catalogue of a Triage never changes); null when it has none. */
    private final Matter fraud;

    CrimeFirst(ResponsibilityCatalogue catalogue) {
        this.fraud = catalogue.matters().stream()
                .filter(m -> m.code().equals(FRAUD_MATTER) && !Matter.LOCAL.equals(m.ownerCode()))
                .findFirst().orElse(null);
    }

    /** The unit that acts first on {@code masked}, when it tells of a swindle; empty otherwise. */
    Optional<Assignment.Decision> decide(String masked) {
        if (fraud == null || !SWINDLE.matcher(masked).find() || NOT_THE_WRITERS.matcher(masked).find()) {
            return Optional.empty();
        }
        return Optional.of(new Assignment.Decision(fraud.ownerCode(), SOURCE, "a swindle: the owner of the fraud matter "
                + "acts first (" + fraud.code() + " -> " + fraud.ownerCode() + ")"));
    }

    /**
     * The category of what {@link #decide} decided (the fraud matter's: its time limit is the appeal's too); null
     * when the catalogue has no fraud matter.
     */
    String categoryCode() {
        return fraud == null ? null : fraud.categoryCode();
    }
}
