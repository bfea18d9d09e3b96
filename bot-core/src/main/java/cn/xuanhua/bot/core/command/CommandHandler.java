package cn.xuanhua.bot.core.command;

import cn.xuanhua.bot.core.appeal.Actor;
import cn.xuanhua.bot.core.appeal.AppealNumber;
import cn.xuanhua.bot.core.appeal.Appeals;
import cn.xuanhua.bot.core.appeal.WorkingDays;
import cn.xuanhua.bot.core.command.CommandResult.Outcome;
import cn.xuanhua.bot.core.error.InvalidInputException;
import cn.xuanhua.bot.core.error.NotFoundException;
import cn.xuanhua.bot.core.org.Departments;
import cn.xuanhua.bot.core.org.Groups;
import cn.xuanhua.bot.core.org.StaffDirectory;
import cn.xuanhua.bot.core.outbound.Outbox;
import cn.xuanhua.bot.core.outbound.TextMasker;

import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * Runs one chat command for its sender: each command runs itself ({@link Command#run}) with what a
 * {@link CommandRun} offers; a command that cannot find its appeal, or finds several, is refused. The caller runs
 * it in one transaction, so a change and its notices exist together or not at all.
 *
 * <p>The answer to a message is keyed {@code answer:{messageId}}: handling the same message again answers once.
 * Callers pass {@link Command.Unknown} that was not prefixed to intake rather than here.
 */
public final class CommandHandler {
    private final CommandParser parser = new CommandParser();
    private final Services services;
    private final Clock clock;

    /** What commands may use. */
    record Services(Appeals appeals, StaffDirectory staff, Departments departments, Groups groups, Outbox outbox,
                    WeeklyDigestHook digests, WorkingDays workingDays, TextMasker masker) {
    }

    public CommandHandler(Appeals appeals, StaffDirectory staff, Departments departments, Groups groups,
                          Outbox outbox, WeeklyDigestHook digests, WorkingDays workingDays, TextMasker masker,
                          Clock clock) {
        this.services = new Services(appeals, staff, departments, groups, outbox, digests, workingDays, masker);
        this.clock = clock;
    }

    /**
     * Whether a misspelt command names an appeal its writer deals with: only then is it answered as a command;
     * otherwise it is ordinary text ({@code 进货 3000元}).
     */
    public boolean knows(Command.Misspelt misspelt, String senderUserId) {
        Actor by = actorOf(senderUserId);
        try {
            new AppealLocator(services.appeals()).locate(misspelt.ref(), by);
            return true;
        } catch (NotFoundException | InvalidInputException notOne) {
            return false;
        }
    }

    /** Parses and runs the request's text. */
    public CommandResult handle(CommandRequest request) {
        return handle(request, parser.parse(request.text()));
    }

    /** Runs a command already parsed (the inbound router parses first to tell commands from appeals). */
    public CommandResult handle(CommandRequest request, Command command) {
        return handle(request, command, actorOf(request.senderUserId()));
    }

    /**
     * Runs the command a card's button names, as the tapper, through the same checks, posts and notices as the
     * typed command; the card is then updated to say what was done, or why not, or what to type when the button
     * cannot carry what the command needs. A key the bot never made changes nothing.
     */
    public CommandResult handle(ButtonTap tap) {
        Optional<StaffCards.Keyed> keyed = StaffCards.read(tap.key());
        String action = keyed.map(k -> k.button().label()).orElse("操作");
        CommandRequest request = new CommandRequest(tap.messageId(), tap.userId(),
                ChatContext.card(tap.taskId(), tap.responseCode(), action), tap.key() == null ? "" : tap.key());
        Actor by = actorOf(tap.userId());
        if (keyed.isEmpty()) {
            return run(request, by).reply(Outcome.REFUSED, "无法识别的按钮, 请直接回复命令 (发送「帮助」查看)。", null);
        }
        ConsoleButton button = keyed.get().button();
        AppealNumber number = keyed.get().number();
        Optional<ConsoleButton.Filled> filled = StaffCards.filled(button, tap.selected());
        if (filled.isEmpty()) {
            return run(request, by).reply(Outcome.ANSWERED, StaffCards.typeInstead(button, number), number);
        }
        return handle(request, button.command(new AppealRef.Full(number), filled.get()), by);
    }

    private CommandRun run(CommandRequest request, Actor by) {
        return new CommandRun(request, by, ZonedDateTime.ofInstant(clock.instant(), clock.getZone()), services);
    }

    private Actor actorOf(String userId) {
        return services.staff().byUserId(userId).map(Actor::staff).orElseGet(() -> Actor.person(userId, null));
    }

    /**
     * Runs a command for an actor the caller has already identified: the admin console, whose administrators
     * have no WeCom userid ({@link Actor#admin}) and whose staff are known by their linked account. Everything
     * else (finding the appeal, the checks, the notices and group posts) is exactly as for a chat command.
     */
    public CommandResult handle(CommandRequest request, Command command, Actor by) {
        CommandRun run = run(request, by);
        try {
            return command.run(run);
        } catch (NotFoundException | InvalidInputException e) {
            return run.reply(Outcome.REFUSED, e.getMessage(), null);
        }
    }
}
