package cn.egovkiosk.admin.terminal;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The site groups terminals belong to: targets of releases and holders of device defaults. */
@Repository
public class TerminalGroups {

    private final JdbcClient jdbc;

    TerminalGroups(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every group, by code. */
    public List<TerminalGroup> all() {
        return jdbc.sql("SELECT code, name FROM terminal_group ORDER BY code")
                .query((rs, row) -> new TerminalGroup(rs.getString("code"), rs.getString("name"))).list();
    }

    /** A site group, e.g. {@code SM-CENTRE} 思明区政务服务中心. */
    public record TerminalGroup(String code, String name) {
    }
}
