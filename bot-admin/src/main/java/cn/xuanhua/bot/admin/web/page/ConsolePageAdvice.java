package cn.xuanhua.bot.admin.web.page;

import cn.xuanhua.bot.admin.account.ConsoleUser;
import cn.xuanhua.bot.admin.account.ConsoleUsers;
import cn.xuanhua.bot.admin.config.BotProperties;
import cn.xuanhua.bot.core.error.ForbiddenException;
import cn.xuanhua.bot.core.error.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * What every console page needs: the logged-in user ({@code me}) and whether the sandbox is on, for the navigation;
 * and the Chinese 403 and 404 pages for refusals found while handling a page.
 */
@ControllerAdvice(basePackages = "cn.xuanhua.bot.admin.web.page")
public class ConsolePageAdvice {
    private final ConsoleUsers users;
    private final BotProperties properties;

    public ConsolePageAdvice(ConsoleUsers users, BotProperties properties) {
        this.users = users;
        this.properties = properties;
    }

    @ModelAttribute("me")
    public ConsoleUser me() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || auth instanceof AnonymousAuthenticationToken) {
            return null;
        }
        try {
            return users.of(auth);
        } catch (AccessDeniedException accountGone) {
            // Disabled or deleted since log-in: the page's own ConsoleUser parameter answers 403.
            return null;
        }
    }

    @ModelAttribute("sandboxMode")
    public boolean sandboxMode() {
        return properties.wecom().sandbox();
    }

    @ExceptionHandler({ForbiddenException.class, AccessDeniedException.class})
    @ResponseStatus(HttpStatus.FORBIDDEN)
    public String forbidden(RuntimeException e, Model model) {
        model.addAttribute("reason", e instanceof ForbiddenException ? e.getMessage() : null);
        return errorPage(model, "error/403");
    }

    @ExceptionHandler(NotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    public String notFound(NotFoundException e, Model model) {
        model.addAttribute("reason", e.getMessage());
        return errorPage(model, "error/404");
    }

    /** An exception handler starts from an empty model: the navigation needs its attributes again. */
    private String errorPage(Model model, String view) {
        model.addAttribute("me", me());
        model.addAttribute("sandboxMode", sandboxMode());
        return view;
    }
}
