package cn.xuanhua.bot.admin.learning;

import cn.xuanhua.bot.core.calendar.OfficialCalendar;
import cn.xuanhua.bot.core.intake.IntakeDictionary;
import cn.xuanhua.bot.core.learning.Learned;
import cn.xuanhua.bot.core.seed.SeedDictionary;
import cn.xuanhua.bot.core.support.FakeGroups;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The models follow the dictionaries they read: checked again with nothing changed they stay as they are (and intake
 * is not rebuilt); a changed catalogue, made on this instance or another, trains them again; a new correction waits
 * for the scheduled training.
 */
class LearnedRoutingServiceTest {

    /** A small history, so that each training takes a moment: what is tested is when it trains, not how well. */
    private static final class SmallHistory extends LabelledHistory {
        private final List<LabelledExample> examples;

        SmallHistory(List<LabelledExample> examples) {
            super(List::of);
            this.examples = examples;
        }

        @Override
        public List<LabelledExample> all() {
            return List.copyOf(examples);
        }

        @Override
        public List<LabelledExample> routingOnly(java.util.function.Predicate<String> fileKept) {
            return List.of();
        }

        @Override
        public List<BesideOpenExample> besideOpen(java.util.function.Predicate<String> fileKept) {
            return List.of();
        }
    }

    @Test
    void checkedAgainItTrainsOnlyWhenTheCatalogueChanged() {
        IntakeDictionary seeded = SeedDictionary.load();
        AtomicReference<IntakeDictionary> dictionary = new AtomicReference<>(seeded);
        FakeGroups groups = new FakeGroups();
        SeedDictionary.groups().values().forEach(groups::add);
        List<LabelledExample> examples = new ArrayList<>(new LabelledHistory(List::of).corpus().subList(0, 200));
        LearnedRoutingService service = new LearnedRoutingService(new SmallHistory(examples),
                new RoutingTrainer(Clock.systemUTC()), new AppealTrainer(Clock.systemUTC()),
                new NewMatterTrainer(Clock.systemUTC()), dictionary::get, OfficialCalendar::calendar, groups);
        AtomicInteger rebuilds = new AtomicInteger();
        service.whenRetrained(rebuilds::incrementAndGet);

        Learned first = service.retrain();
        assertThat(service.retrainIfChanged()).isFalse();
        assertThat(service.current()).isSameAs(first);
        assertThat(rebuilds).hasValue(1);

        // Another instance imported a catalogue without the first matter.
        dictionary.set(new IntakeDictionary(seeded.categories(), seeded.keywords(), seeded.rules(), seeded.lexicon(),
                seeded.matters().subList(1, seeded.matters().size()), seeded.agencies(),
                seeded.dispatcherDepartmentCode(), seeded.townships()));
        assertThat(service.retrainIfChanged()).isTrue();
        Learned second = service.current();
        assertThat(second).isNotSameAs(first);
        assertThat(service.retrainIfChanged()).isFalse();

        // A 转办 that moved an appeal: learned at the scheduled training, not by the check (which would have to read
        // every appeal each minute).
        examples.add(LabelledExample.correction("门口的路灯坏了三天了", "tw-nanguan", "office-nanguan"));
        assertThat(service.retrainIfChanged()).isFalse();
        assertThat(service.retrain().routing().report().corrections()).isEqualTo(1);
        assertThat(service.current()).isNotSameAs(second);
        assertThat(rebuilds).hasValue(3);
    }
}
