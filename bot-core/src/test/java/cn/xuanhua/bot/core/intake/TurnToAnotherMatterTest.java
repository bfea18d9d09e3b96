package cn.xuanhua.bot.core.intake;

import cn.xuanhua.bot.core.intake.OpenAppealMatcher.TurnKind;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Where a writer with an open appeal turns to another matter (OpenAppealMatcher.turnToAnotherMatter). */
class TurnToAnotherMatterTest {

    @Test
    void findsWordsThatSayAnotherMatterFollows() {
        String text = "丢轮胎那个派出所在查 这回是另一个事 有人撞了店门头";
        OpenAppealMatcher.Turn turn = OpenAppealMatcher.turnToAnotherMatter(text);
        assertThat(turn.kind()).isEqualTo(TurnKind.SAYS_SO);
        assertThat(text.substring(turn.begins())).startsWith("另一个事");
        assertThat(OpenAppealMatcher.turnToAnotherMatter("消防那个还在弄 又来个事 赵川到村里的路塌方了").kind())
                .isEqualTo(TurnKind.SAYS_SO);
        assertThat(OpenAppealMatcher.turnToAnotherMatter("工资的事付了一部分。现在又一个事，村里要收过路费").kind())
                .isEqualTo(TurnKind.SAYS_SO);
        assertThat(OpenAppealMatcher.turnToAnotherMatter("许可证的事你们跟着吧 再说一个 变压器冒火花").kind())
                .isEqualTo(TurnKind.SAYS_SO);
    }

    @Test
    void findsWordsThatTurnAwayAsMarkers() {
        assertThat(OpenAppealMatcher.turnToAnotherMatter("路灯那事先放放 燃气表显示欠费").kind()).isEqualTo(TurnKind.MARKER);
        assertThat(OpenAppealMatcher.turnToAnotherMatter("地磅的事还没人来 还有 收货商的钱没到").kind())
                .isEqualTo(TurnKind.MARKER);
        assertThat(OpenAppealMatcher.turnToAnotherMatter("另外门口的井盖丢了").kind()).isEqualTo(TurnKind.MARKER);
    }

    @Test
    void findsAClauseOnSomethingDoneAndATurn() {
        String text = "联通的宽带好了 但是手机卡被开了个套餐";
        OpenAppealMatcher.Turn turn = OpenAppealMatcher.turnToAnotherMatter(text);
        assertThat(turn.kind()).isEqualTo(TurnKind.AFTER_DONE);
        assertThat(text.substring(turn.begins())).isEqualTo("手机卡被开了个套餐");
        assertThat(OpenAppealMatcher.turnToAnotherMatter("评价过了谢谢 但是研发费用补贴名单里没有我们").kind())
                .isEqualTo(TurnKind.AFTER_DONE);
        assertThat(OpenAppealMatcher.turnToAnotherMatter("执照那个办好了 现在食品经营许可证过期了 这个咋续").kind())
                .isEqualTo(TurnKind.AFTER_DONE);
        assertThat(OpenAppealMatcher.turnToAnotherMatter("电价的事说清楚了 可是今年的农机购置补贴到现在没批").kind())
                .as("说清楚 is the thing done, not what someone said").isEqualTo(TurnKind.AFTER_DONE);
    }

    @Test
    void aClauseThatPassesOnWhatSomeoneSaidIsNothingDone() {
        assertThat(OpenAppealMatcher.turnToAnotherMatter("建材下乡的补贴 财政说资金到了 可商务局要我们重新交发票"))
                .isNull();
    }

    @Test
    void aMessageWithNoTurnHasNone() {
        assertThat(OpenAppealMatcher.turnToAnotherMatter("今天污水都漫到店里了 货全泡了")).isNull();
        assertThat(OpenAppealMatcher.turnToAnotherMatter("可以了 谢谢")).isNull();
    }
}
