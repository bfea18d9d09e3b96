package cn.xuanhua.bot.admin.account;

import cn.xuanhua.bot.admin.persistence.ConsoleAccountMapper;
import cn.xuanhua.bot.admin.persistence.ConsoleAccountRecord;
import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Console log-in against the {@code console_account} table (form log-in and HTTP Basic alike). */
@Service
public class ConsoleUserDetailsService implements UserDetailsService {
    private final ConsoleAccountMapper accounts;

    public ConsoleUserDetailsService(ConsoleAccountMapper accounts) {
        this.accounts = accounts;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        ConsoleAccountRecord account = accounts.selectOne(
                new LambdaQueryWrapper<ConsoleAccountRecord>().eq(ConsoleAccountRecord::getUsername, username));
        if (account == null) {
            throw new UsernameNotFoundException("no such account");
        }
        return User.withUsername(account.getUsername())
                .password(account.getPasswordHash())
                .authorities(ConsoleRole.valueOf(account.getRole()).authority())
                .disabled(!Boolean.TRUE.equals(account.getEnabled()))
                .build();
    }
}
