package cn.xuanhua.bot.core.command;

import cn.xuanhua.bot.core.appeal.Actor;
import cn.xuanhua.bot.core.appeal.Appeal;
import cn.xuanhua.bot.core.appeal.Satisfaction;
import cn.xuanhua.bot.core.appeal.Transition;

/**
 * A command that changes one appeal. Each knows which transition of {@link Appeal} it is, so the handler only
 * finds the appeal, applies the command and reports what happened.
 */
public sealed interface AppealCommand extends Command {

    /** The appeal it is about, as written. */
    AppealRef ref();

    /** Asks the appeal to change; the appeal decides whether {@code by} may. */
    Transition applyTo(Appeal appeal, Actor by, CommandEnv env);

    /** 补充 编号 内容 (the requester). */
    record Supplement(AppealRef ref, String text) implements AppealCommand {
        @Override
        public Transition applyTo(Appeal appeal, Actor by, CommandEnv env) {
            return appeal.supplement(by, env.at(), text);
        }
    }

    /** 满意 / 基本满意 / 不满意 编号 [意见] (the requester, after 办结). */
    record Rate(AppealRef ref, Satisfaction rating, String comment) implements AppealCommand {
        @Override
        public Transition applyTo(Appeal appeal, Actor by, CommandEnv env) {
            return appeal.rate(by, env.at(), rating, comment);
        }
    }

    /** 受理 编号. */
    record Accept(AppealRef ref) implements AppealCommand {
        @Override
        public Transition applyTo(Appeal appeal, Actor by, CommandEnv env) {
            return appeal.accept(by, env.at());
        }
    }

    /** 进展 编号 内容. */
    record Progress(AppealRef ref, String note) implements AppealCommand {
        @Override
        public Transition applyTo(Appeal appeal, Actor by, CommandEnv env) {
            return appeal.progress(by, env.at(), note);
        }
    }

    /** 办结 编号 办理结果. */
    record Resolve(AppealRef ref, String result) implements AppealCommand {
        @Override
        public Transition applyTo(Appeal appeal, Actor by, CommandEnv env) {
            return appeal.resolve(by, env.at(), result);
        }
    }

    /** 转办 编号 部门 理由; {@code department} as written (人社局, 人社). */
    record Transfer(AppealRef ref, String department, String reason) implements AppealCommand {
        @Override
        public Transition applyTo(Appeal appeal, Actor by, CommandEnv env) {
            return env.toDepartment(department, d -> appeal.transfer(by, env.at(), d, reason));
        }
    }

    /** 退回 编号 理由. */
    record ReturnToDispatcher(AppealRef ref, String reason) implements AppealCommand {
        @Override
        public Transition applyTo(Appeal appeal, Actor by, CommandEnv env) {
            return appeal.returnToDispatcher(by, env.at(), env.dispatcher(), reason);
        }
    }

    /** 延期 编号 N天 理由 (N天 and N个工作日 both mean working days). */
    record RequestExtension(AppealRef ref, int workingDays, String reason) implements AppealCommand {
        @Override
        public Transition applyTo(Appeal appeal, Actor by, CommandEnv env) {
            return appeal.requestExtension(by, env.at(), workingDays, reason);
        }
    }

    /** 改派 编号 部门 [理由] (dispatcher or leader). */
    record Reassign(AppealRef ref, String department, String reason) implements AppealCommand {
        @Override
        public Transition applyTo(Appeal appeal, Actor by, CommandEnv env) {
            return env.toDepartment(department, d -> appeal.reassign(by, env.at(), d, reason));
        }
    }

    /** 批准延期 编号 (dispatcher or leader). */
    record ApproveExtension(AppealRef ref) implements AppealCommand {
        @Override
        public Transition applyTo(Appeal appeal, Actor by, CommandEnv env) {
            return appeal.approveExtension(by, env.at(), env.workingDays());
        }
    }

    /** 督办 编号 内容 (leader or dispatcher). */
    record Supervise(AppealRef ref, String note) implements AppealCommand {
        @Override
        public Transition applyTo(Appeal appeal, Actor by, CommandEnv env) {
            return appeal.supervise(by, env.at(), note);
        }
    }
}
