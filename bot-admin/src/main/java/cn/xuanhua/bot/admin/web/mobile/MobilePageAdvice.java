package cn.xuanhua.bot.admin.web.mobile;

import cn.xuanhua.bot.core.error.BotException;
import cn.xuanhua.bot.core.error.ExternalServiceException;
import cn.xuanhua.bot.core.error.ForbiddenException;
import cn.xuanhua.bot.core.error.InvalidInputException;
import cn.xuanhua.bot.core.error.NotFoundException;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/** Refusals on the phone pages, in the phone's own small page: 400, 403, 404, or 502 when WeCom cannot be asked. */
@ControllerAdvice(basePackageClasses = MobilePageAdvice.class)
public class MobilePageAdvice {

    @ExceptionHandler(BotException.class)
    public String refused(BotException e, Model model, HttpServletResponse response) {
        HttpStatus status = HttpStatus.BAD_GATEWAY;
        if (e instanceof ForbiddenException) {
            status = HttpStatus.FORBIDDEN;
        } else if (e instanceof NotFoundException) {
            status = HttpStatus.NOT_FOUND;
        } else if (e instanceof InvalidInputException) {
            status = HttpStatus.BAD_REQUEST;
        }
        response.setStatus(status.value());
        model.addAttribute("status", status.value());
        model.addAttribute("reason", e instanceof ExternalServiceException
                ? "企业微信暂时无法确认您的身份, 请稍后重新打开。" : e.getMessage());
        return "m/error";
    }
}
