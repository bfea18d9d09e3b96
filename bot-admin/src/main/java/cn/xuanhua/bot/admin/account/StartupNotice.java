package cn.xuanhua.bot.admin.account;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.io.PrintStream;

/**
 * Tells the person who just started the bot where the console is and, on an embedded install's first start,
 * the generated admin password. It writes to the terminal, deliberately not through the logging system, so that
 * the password never lands in a log file or a log collector; it is shown this once and stored only as a hash.
 */
@Component
public class StartupNotice {
    private final AdminAccountInitializer admin;
    private final PrintStream terminal;

    public StartupNotice(AdminAccountInitializer admin) {
        this.admin = admin;
        this.terminal = System.out;
    }

    @EventListener
    public void onReady(ApplicationReadyEvent event) {
        int port = event.getApplicationContext() instanceof WebServerApplicationContext web
                ? web.getWebServer().getPort() : 8080;
        StringBuilder notice = new StringBuilder()
                .append("\n  诉求助手 is running: http://localhost:").append(port).append("/\n");
        admin.generatedPassword().ifPresent(password -> notice
                .append("  Log in as admin with the generated password: ").append(password).append('\n')
                .append("  (shown only this once; set BOT_ADMIN_PASSWORD to choose your own)\n"));
        terminal.println(notice);
    }
}
