package cn.xuanhua.bot.core.command;

import cn.xuanhua.bot.core.appeal.Actor;
import cn.xuanhua.bot.core.org.StaffRole;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Each command is one class, and the parser, 帮助 and the console find it there. */
class CommandsTest {
    private final CommandParser parser = new CommandParser();

    /** A command's usage line with its placeholders filled in, as a person would write it. */
    private static String example(CommandWord w) {
        String usage = w.usage().split(" 或 ")[0].replaceAll(" \\(.*\\)$", "");
        return usage.replace("主编号", "XH20261126-0001").replace("编号", "XH20261126-0007").replace("部门", "人社局").replace("N天", "3天")
                .replace("办理结果", "已修好").replace("内容", "已联系供电所").replace("理由", "不属于本部门");
    }

    @Test
    void everyWordsUsageReadsAsTheCommandOfTheClassThatDeclaresIt() {
        for (CommandWord w : Commands.words()) {
            Command parsed = parser.parse(example(w));
            assertThat(parsed).as("%s read from \"%s\"", w.word(), example(w))
                    .isNotInstanceOf(Command.Unknown.class).isNotInstanceOf(Command.Malformed.class);
            assertThat(Commands.words()).contains(w);
        }
    }

    @Test
    void everyCommandClassDeclaresItsWordsAndNoWordIsDeclaredTwice() {
        Set<String> words = new HashSet<>();
        for (CommandWord w : Commands.words()) {
            assertThat(words.add(w.word())).as("%s declared once", w.word()).isTrue();
        }
        assertThat(words).contains("查询", "补充", "满意", "基本满意", "不满意", "受理", "进展", "办结", "转办", "退回",
                "延期", "待办", "改派", "批准延期", "不批准延期", "督办", "周报", "代报", "帮助");
        for (Class<?> c : AppealCommand.class.getPermittedSubclasses()) {
            assertThat(c.getDeclaredFields()).as("%s declares WORDS", c.getSimpleName())
                    .anyMatch(f -> f.getName().equals("WORDS"));
        }
    }

    @Test
    void theConsoleOffersEveryStaffAndSupervisorAppealCommandOnceWithItsOwnSlug() {
        List<ConsoleButton> buttons = Commands.buttons();
        assertThat(buttons).extracting(ConsoleButton::slug).doesNotHaveDuplicates()
                .containsExactly("accept", "progress", "resolve", "transfer", "return", "extend", "reassign",
                        "approve-extension", "reject-extension", "supervise");
        assertThat(Commands.button("transfer")).hasValueSatisfying(b -> assertThat(b.command(
                new AppealRef.Short("0007"), new ConsoleButton.Filled("不属于本部门", "人社局", null)))
                .isEqualTo(new Transfer(new AppealRef.Short("0007"), "人社局", "不属于本部门")));
    }

    @Test
    void helpListsWhatEachPersonMayUseFromTheCommandsOwnLines() {
        Actor clerk = new Actor("ng.a", "刘敏", Actor.Kind.STAFF, "office-nanguan", StaffRole.STAFF);
        Actor owner = Actor.person("boss", null);
        String staffHelp = HelpText.forActor(clerk, false);
        assertThat(staffHelp).contains("受理 编号", "退回 编号 理由 (分派错误时退回分拨部门)", "待办", "代报 内容")
                .doesNotContain("改派", "满意 / 基本满意");
        assertThat(HelpText.forActor(owner, true)).contains("补充 编号 内容", "满意 / 基本满意 / 不满意 编号", "周报")
                .doesNotContain("受理 编号");
    }
}
