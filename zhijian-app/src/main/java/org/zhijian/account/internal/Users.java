package org.zhijian.account.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.zhijian.account.Role;
import org.zhijian.account.UserAccount;

/** The {@code app_user} table. */
@Repository
class Users {

    private final JdbcClient jdbc;

    Users(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<UserAccount> all() {
        return jdbc.sql("select * from app_user order by username")
                .query(Users::map)
                .list();
    }

    Optional<UserAccount> find(String username) {
        return jdbc.sql("select * from app_user where username = ?")
                .param(username)
                .query(Users::map)
                .optional();
    }

    Optional<String> passwordHash(String username) {
        return jdbc.sql("select password_hash from app_user where username = ?")
                .param(username)
                .query(String.class)
                .optional();
    }

    long count() {
        return jdbc.sql("select count(*) from app_user").query(Long.class).single();
    }

    void insert(
            String username,
            String displayName,
            String hash,
            Role role,
            String region,
            String uscc,
            boolean demo,
            boolean mustChange) {
        jdbc.sql("""
                insert into app_user (username, display_name, password_hash, role, region_code, enterprise_uscc, demo,
                    must_change_password) values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(username, displayName, hash, role.name(), region, uscc, demo, mustChange)
                .update();
    }

    void update(String username, String displayName, Role role, String region, String uscc) {
        jdbc.sql("""
                update app_user set display_name = ?, role = ?, region_code = ?, enterprise_uscc = ?, updated_at = now()
                where username = ?""").params(displayName, role.name(), region, uscc, username).update();
    }

    void setPassword(String username, String hash, boolean mustChange) {
        jdbc.sql(
                        "update app_user set password_hash = ?, must_change_password = ?, updated_at = now() where username = ?")
                .params(hash, mustChange, username)
                .update();
    }

    void setEnabled(String username, boolean enabled) {
        jdbc.sql("update app_user set enabled = ?, updated_at = now() where username = ?")
                .params(enabled, username)
                .update();
    }

    /** Removes the demo accounts (outside demo mode they must not exist). */
    int deleteDemoAccounts() {
        jdbc.sql("delete from api_token where user_id in (select id from app_user where demo)")
                .update();
        return jdbc.sql("delete from app_user where demo").update();
    }

    private static UserAccount map(ResultSet rs, int n) throws SQLException {
        return new UserAccount(
                rs.getLong("id"),
                rs.getString("username"),
                rs.getString("display_name"),
                Role.valueOf(rs.getString("role")),
                rs.getString("region_code"),
                rs.getString("enterprise_uscc"),
                rs.getBoolean("enabled"),
                rs.getBoolean("must_change_password"),
                rs.getObject("created_at", OffsetDateTime.class));
    }
}
