package cn.xuanhua.bot.core.org;

import cn.xuanhua.bot.core.error.ExternalServiceException;
import cn.xuanhua.bot.core.support.FakeSharedState;
import cn.xuanhua.bot.core.support.People;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** People are shown by name: staff from the staff table, others from WeCom (asked once), else a masked userid. */
class DisplayNamesTest {
    private final List<String> asked = new ArrayList<>();
    private final Map<String, String> directory = Map.of("boss.wang", "王老板", "wmAbCdEf012345", "李女士");
    private final PersonNames wecom = userId -> {
        asked.add(userId);
        return Optional.ofNullable(directory.get(userId));
    };
    private final DisplayNames names = new DisplayNames(People.directory(),
            new CachedPersonNames(wecom, new FakeSharedState()));

    @Test
    void staffAreNamedFromTheStaffTableWithoutAskingWeCom() {
        assertThat(names.of("zhang.san")).isEqualTo("张三");
        assertThat(asked).isEmpty();
    }

    @Test
    void othersAreNamedByWeComOnceThenFromTheCache() {
        assertThat(names.of("boss.wang")).isEqualTo("王老板");
        assertThat(names.of("wmAbCdEf012345")).isEqualTo("李女士");
        assertThat(names.of("boss.wang")).isEqualTo("王老板");
        assertThat(asked).containsExactly("boss.wang", "wmAbCdEf012345");
    }

    @Test
    void whomWeComCannotNameIsShownMaskedAndNotAskedAgainAtOnce() {
        assertThat(names.of("passer.by")).isEqualTo("pa***by").doesNotContain("passer");
        assertThat(names.of("passer.by")).isEqualTo("pa***by");
        assertThat(asked).containsExactly("passer.by");
    }

    @Test
    void whileWeComCannotBeAskedNobodyIsAskedAndEveryoneIsShownMasked() {
        List<String> tried = new ArrayList<>();
        DisplayNames down = new DisplayNames(People.directory(), new CachedPersonNames(userId -> {
            tried.add(userId);
            throw new ExternalServiceException("down");
        }, new FakeSharedState()));

        assertThat(down.of("boss.wang")).isEqualTo("bo***ng");
        assertThat(down.of("boss.li")).isEqualTo("bo***li");
        assertThat(down.of("zhang.san")).isEqualTo("张三");
        assertThat(tried).containsExactly("boss.wang");
    }

    @Test
    void aShortUseridIsMaskedWhole() {
        assertThat(WeComUserIds.masked("ab")).isEqualTo("***");
        assertThat(WeComUserIds.masked("abcde")).isEqualTo("ab***");
    }
}
