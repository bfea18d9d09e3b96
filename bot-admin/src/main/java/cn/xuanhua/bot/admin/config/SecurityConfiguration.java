package cn.xuanhua.bot.admin.config;

import cn.xuanhua.bot.admin.account.ConsoleUserDetailsService;
import cn.xuanhua.bot.admin.account.LockingAuthenticationProvider;
import cn.xuanhua.bot.admin.web.JsonSecurityErrors;
import cn.xuanhua.bot.admin.web.mobile.MobileSignIn;
import org.springframework.core.annotation.Order;
import org.springframework.security.web.savedrequest.NullRequestCache;
import cn.xuanhua.bot.core.coordination.LoginLockout;
import cn.xuanhua.bot.core.coordination.SharedState;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import java.time.Clock;
import java.util.Set;

/**
 * Who may reach what. WeCom callbacks (a chain of their own), the health probe and the log-in page are open; every
 * page and every {@code /api/**} call needs a log-in (form or HTTP Basic). Roles: ADMIN everything; DISPATCHER and
 * LEADER read groups, staff and rules (pages and API; STAFF none of them); everyone the appeals (STAFF only their
 * department's, checked per appeal) and the calendar; changes to groups, staff, rules, the calendar and the outbox are
 * ADMIN's. API calls without a log-in get a JSON 401, pages a redirect to {@code /login}. Browser forms and API calls
 * riding on a browser session carry a CSRF token; the sandbox's fake WeCom API, Basic-authenticated clients and
 * session-less API calls cannot be forged by a third-party page, so they are exempt.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration {
    private static final String[] SUPERVISORS = {"ADMIN", "DISPATCHER", "LEADER"};
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    /**
     * The one authentication manager of the form log-in and HTTP Basic: the account table's passwords, throttled by
     * {@link LoginLockout} (locks shared by every instance through {@link SharedState}).
     */
    @Bean
    AuthenticationManager authenticationManager(ConsoleUserDetailsService accounts, PasswordEncoder encoder,
                                                SharedState state, Clock clock) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(accounts);
        passwords.setPasswordEncoder(encoder);
        return new ProviderManager(new LockingAuthenticationProvider(passwords, new LoginLockout(state, clock)));
    }

    /**
     * {@code /wecom/**}: WeCom's callbacks, open to all and proven by their signature (docs/wecom.md), with no session,
     * log-in, saved request or CSRF token to handle: a chain of its own with only the filters that still mean
     * something (headers, the firewall), so a callback does not pay for the console's machinery on every message.
     */
    @Bean
    @Order(0)
    SecurityFilterChain callbackFilterChain(HttpSecurity http) throws Exception {
        http.securityMatcher("/wecom/**")
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .logout(logout -> logout.disable())
                .requestCache(cache -> cache.requestCache(new NullRequestCache()))
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
        return http.build();
    }

    /**
     * {@code /m}: the staff member's queue on the phone, a session kind of its own (docs/wecom.md "Signing in on the
     * phone"). It is signed in through WeCom OAuth only ({@link MobileSignIn}) and kept under its own session key, so
     * it reaches nothing but {@code /m/**}, and a console log-in reaches no {@code /m} page. A visitor without it is
     * sent to WeCom's authorize page.
     */
    @Bean
    @Order(1)
    SecurityFilterChain mobileFilterChain(HttpSecurity http, MobileSignIn signIn) throws Exception {
        http.securityMatcher("/m", "/m/**")
                .securityContext(context -> context.securityContextRepository(MobileSignIn.SESSIONS))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/m/oauth").permitAll()
                        .anyRequest().hasRole(MobileSignIn.ROLE))
                .requestCache(cache -> cache.requestCache(new NullRequestCache()))
                .exceptionHandling(ex -> ex.authenticationEntryPoint(signIn));
        return http.build();
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, JsonSecurityErrors jsonErrors,
                                            AuthenticationManager authenticationManager) throws Exception {
        RequestMatcher api = PathPatternRequestMatcher.withDefaults().matcher("/api/**");
        http.authenticationManager(authenticationManager)
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/sandbox/qyapi/**", "/actuator/health", "/actuator/health/**",
                                "/login", "/css/**", "/js/**", "/webjars/**", "/favicon.ico", "/error").permitAll()
                        .requestMatchers(HttpMethod.PUT, "/api/groups/**").hasRole("ADMIN")
                        .requestMatchers(HttpMethod.POST, "/api/staff/**").hasRole("ADMIN")
                        // Chat ids, owners and the staff list are not department staff's business.
                        .requestMatchers("/api/groups/**", "/api/staff/**").hasAnyRole(SUPERVISORS)
                        // Typing as anyone in the sandbox and resending parked posts are administrators' tools.
                        // Who changed what is for administrators only (docs/api.md "Audit trail").
                        .requestMatchers("/api/audit/**", "/audit/**").hasRole("ADMIN")
                        .requestMatchers("/sandbox/**", "/outbox/**", "/inbox/**").hasRole("ADMIN")
                        .requestMatchers(HttpMethod.POST, "/groups/**", "/staff/**", "/rules/**", "/calendar/**")
                        .hasRole("ADMIN")
                        .requestMatchers("/groups/**", "/staff/**", "/rules/**").hasAnyRole(SUPERVISORS)
                        // Appeals: any console account; which appeals, and what they may do, is checked per appeal.
                        .anyRequest().authenticated())
                .csrf(csrf -> csrf.requireCsrfProtectionMatcher(SecurityConfiguration::needsCsrfToken))
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false).permitAll())
                .httpBasic(basic -> basic.authenticationEntryPoint(jsonErrors))
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
                .exceptionHandling(ex -> ex
                        .defaultAuthenticationEntryPointFor(jsonErrors, api)
                        .defaultAccessDeniedHandlerFor(jsonErrors, api));
        return http.build();
    }

    private static boolean needsCsrfToken(jakarta.servlet.http.HttpServletRequest request) {
        if (SAFE_METHODS.contains(request.getMethod())) {
            return false;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/sandbox/qyapi/")) {
            return false;
        }
        // An API call that carries no session cookie has no ambient credentials a forged page could ride on: it
        // needs no token, and without a log-in it gets the API's 401 rather than a CSRF 403.
        if (path.startsWith("/api/") && request.getRequestedSessionId() == null) {
            return false;
        }
        return request.getHeader(HttpHeaders.AUTHORIZATION) == null;
    }
}
