package cn.xuanhua.bot.admin.account;

import org.springframework.core.MethodParameter;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/** Lets a controller method take the {@link ConsoleUser} of the request as a parameter. */
@Component
public class ConsoleUserArgumentResolver implements HandlerMethodArgumentResolver {
    private final ConsoleUsers users;

    public ConsoleUserArgumentResolver(ConsoleUsers users) {
        this.users = users;
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == ConsoleUser.class;
    }

    @Override
    public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mav, NativeWebRequest request,
                                  WebDataBinderFactory binders) {
        return users.of(SecurityContextHolder.getContext().getAuthentication());
    }
}
