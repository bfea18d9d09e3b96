package cn.xuanhua.bot.core.intake.eval;

import cn.xuanhua.bot.core.command.CommandParser;
import cn.xuanhua.bot.core.command.Command;
import cn.xuanhua.bot.core.command.FileNewAppeal;
import cn.xuanhua.bot.core.command.FileOnBehalf;
import cn.xuanhua.bot.core.intake.Intake;
import cn.xuanhua.bot.core.intake.IntakeDraft;
import cn.xuanhua.bot.core.intake.SenderContext;
import cn.xuanhua.bot.core.intake.Speaker;
import cn.xuanhua.bot.core.intake.StatedDeadline;
import cn.xuanhua.bot.core.org.ChatGroup;

import java.util.List;

/**
 * What the bot makes of one labelled message, taken the way the inbound router takes it (InboundDispatcher): a
 * staff member's {@code 代报 内容} is filed as an appeal whatever it says, its unit and deadline read from the
 * content as an owner's words (docs/chat.md, 代报); an owner's 代报 is refused; an owner's {@code 新诉求 内容} is
 * filed so too, staff's refused; everything else is intake's judgement of the free text. Scoring intake alone
 * would count every 代报 as a staff member's chatter, which is
 * not what the bot does with it.
 *
 * @param draft  intake's reading: of the content after 代报, or of the whole message
 * @param appeal whether the bot makes an appeal of it
 * @param filed  whether it is 代报 or 新诉求, a command that files its content whatever intake reads
 */
public record HandledMessage(IntakeDraft draft, boolean appeal, boolean filed) {
    private static final CommandParser COMMANDS = new CommandParser();

    public static HandledMessage of(Intake intake, LabelledMessage m, ChatGroup group) {
        Speaker speaker = Speaker.valueOf(m.speaker());
        Command command = COMMANDS.parse(m.text());
        if (command instanceof FileOnBehalf onBehalf) {
            IntakeDraft content = intake.assess(onBehalf.text(), m.sentAt(), group, SenderContext.OWNER);
            return new HandledMessage(content, speaker == Speaker.STAFF, true);
        }
        if (command instanceof FileNewAppeal newAppeal) {
            IntakeDraft content = intake.assess(newAppeal.text(), m.sentAt(), group, SenderContext.OWNER);
            return new HandledMessage(content, speaker == Speaker.OWNER, true);
        }
        List<SenderContext.OpenAppeal> open = m.openAppeal() == null ? List.of()
                : List.of(new SenderContext.OpenAppeal(m.openAppeal().number(), m.openAppeal().text(), null,
                        m.openAppeal().department()));
        IntakeDraft d = intake.assess(m.text(), m.sentAt(), group, new SenderContext(speaker, open));
        return new HandledMessage(d, d.appeal(), false);
    }

    /** The figures the scorecard reads. */
    public Scorecard.Prediction prediction() {
        return new Scorecard.Prediction(appeal, draft.act().act().name(), draft.departmentCode(),
                draft.requestedDeadline().map(StatedDeadline::at).orElse(null), draft.maskedText(),
                String.join(",", draft.act().reasons()) + " " + draft.routingReason());
    }
}
