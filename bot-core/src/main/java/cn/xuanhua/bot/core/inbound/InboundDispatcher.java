package cn.xuanhua.bot.core.inbound;

import cn.xuanhua.bot.core.command.ButtonTap;
import cn.xuanhua.bot.core.command.ChatContext;
import cn.xuanhua.bot.core.command.Command;
import cn.xuanhua.bot.core.command.CommandHandler;
import cn.xuanhua.bot.core.command.CommandParser;
import cn.xuanhua.bot.core.command.CommandRequest;
import cn.xuanhua.bot.core.command.CommandResult;
import cn.xuanhua.bot.core.command.FileNewAppeal;
import cn.xuanhua.bot.core.command.FileOnBehalf;
import cn.xuanhua.bot.core.org.ChatGroup;
import cn.xuanhua.bot.core.org.GroupKind;
import cn.xuanhua.bot.core.org.Groups;

import java.util.Optional;

/**
 * Decides what a stored message is: a command (from anyone, in any chat) goes to the {@link CommandHandler}; free
 * text in an industry or township group goes to {@link AppealIntake}; free text in a private chat gets the help;
 * free text in the coordination or a department group is conversation among officials and is left alone; a group
 * the bot does not know is kept in the inbox for the console.
 */
public final class InboundDispatcher implements InboundHandler {
    private final CommandParser parser = new CommandParser();
    private final CommandHandler commands;
    private final AppealIntake intake;
    private final Groups groups;

    public InboundDispatcher(CommandHandler commands, AppealIntake intake, Groups groups) {
        this.commands = commands;
        this.intake = intake;
        this.groups = groups;
    }

    @Override
    public HandlingResult handle(InboundMessage message) {
        if (message.channel() == Channel.CARD) {
            CommandResult result = commands.handle(tap(message));
            return HandlingResult.done("card tap: " + result.outcome()
                    + (result.appeal() == null ? "" : " " + result.appeal().value()));
        }
        Optional<ChatGroup> group = message.group() ? groups.byChatId(message.chatId()) : Optional.empty();
        if (message.group() && group.isEmpty()) {
            return HandlingResult.unknownGroup(message.chatId());
        }
        Command command = parser.parse(message.text());
        if (command instanceof Command.Misspelt misspelt && !commands.knows(misspelt, message.senderUserId())) {
            command = new Command.Unknown(message.text().strip(), false);
        }
        if (command instanceof FileOnBehalf onBehalf) {
            return intake.fileOnBehalf(message, onBehalf, group.orElse(null));
        }
        if (command instanceof FileNewAppeal newAppeal) {
            return intake.fileNew(message, newAppeal, group.orElse(null));
        }
        boolean freeText = command instanceof Command.Unknown unknown && !unknown.prefixed();
        if (freeText && group.isPresent()) {
            GroupKind kind = group.get().kind();
            if (kind.takesAppeals()) {
                return intake.receive(message, group.get());
            }
            return HandlingResult.done("conversation in a " + kind + " group: not for intake");
        }
        ChatContext chat = group.map(g -> ChatContext.group(g.code(), message.responseUrl()))
                .orElseGet(ChatContext::privateChat);
        CommandResult result = commands.handle(
                new CommandRequest(message.inboxKey(), message.senderUserId(), chat, message.text()), command);
        return HandlingResult.done("command " + command.getClass().getSimpleName() + ": " + result.outcome()
                + (result.appeal() == null ? "" : " " + result.appeal().value()));
    }

    /** A card tap as the adapter stored it (see {@link Channel#CARD}). */
    private static ButtonTap tap(InboundMessage m) {
        int slash = m.messageId().indexOf('/');
        String taskId = slash < 0 ? m.messageId() : m.messageId().substring(0, slash);
        String text = m.text().strip();
        int space = text.indexOf(' ');
        String key = space < 0 ? text : text.substring(0, space);
        String selected = space < 0 ? null : text.substring(space + 1).strip();
        return new ButtonTap(m.inboxKey(), m.senderUserId(), taskId, key, selected,
                m.responseUrl() == null ? "" : m.responseUrl());
    }
}
