package org.zhijian.notification.internal;

import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhijian.notification.Notice;
import org.zhijian.notification.Notification;
import org.zhijian.notification.Notifications;
import org.zhijian.platform.BusinessRuleViolation;
import org.zhijian.platform.ErrorCode;
import org.zhijian.platform.PageRequest;
import org.zhijian.platform.PageResult;
import org.zhijian.platform.access.Actor;
import org.zhijian.platform.access.CurrentActor;

/** Notices in a table addressed by level and region; read marks per user. */
@Service
class JdbcNotifications implements Notifications {

    static final ErrorCode BAD_EMAIL = new ErrorCode("NOTIFICATION_001", 422);
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final JdbcClient jdbc;
    private final CurrentActor currentActor;
    private final ApplicationEventPublisher events;

    JdbcNotifications(JdbcClient jdbc, CurrentActor currentActor, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.currentActor = currentActor;
        this.events = events;
    }

    @Override
    @Transactional
    public void send(Notice notice) {
        long id = jdbc.sql("insert into notification (level, region_code, title, body, link)"
                        + " values (?, ?, ?, ?, ?) returning id")
                .params(notice.level(), notice.regionCode(), notice.title(), notice.body(), notice.link())
                .query(Long.class)
                .single();
        events.publishEvent(new NoticeStored(id, notice));
    }

    @Override
    public PageResult<Notification> inbox(PageRequest page) {
        Actor actor = currentActor.get();
        Optional<Audience> audience = Audience.of(actor.readScope());
        if (audience.isEmpty()) {
            return new PageResult<>(java.util.List.of(), 0, page.page(), page.size());
        }
        long total = jdbc.sql("select count(*) from notification where level = ? and region_code = ?")
                .params(audience.get().level(), audience.get().regionCode())
                .query(Long.class)
                .single();
        var items = jdbc.sql("""
                select n.id, n.title, n.body, n.link, n.created_at, r.username is not null
                from notification n left join notification_read r on r.notification_id = n.id and r.username = :user
                where n.level = :level and n.region_code = :region
                order by n.created_at desc, n.id desc limit :limit offset :offset""")
                .param("user", actor.username())
                .param("level", audience.get().level())
                .param("region", audience.get().regionCode())
                .param("limit", page.size())
                .param("offset", page.offset())
                .query((rs, n) -> new Notification(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getObject(5, OffsetDateTime.class),
                        rs.getBoolean(6)))
                .list();
        return new PageResult<>(items, total, page.page(), page.size());
    }

    @Override
    public int unread() {
        Actor actor = currentActor.get();
        return Audience.of(actor.readScope())
                .map(a -> jdbc.sql("""
                        select count(*) from notification n
                        where n.level = :level and n.region_code = :region and not exists (
                            select 1 from notification_read r where r.notification_id = n.id and r.username = :user)""")
                        .param("level", a.level())
                        .param("region", a.regionCode())
                        .param("user", actor.username())
                        .query(Integer.class)
                        .single())
                .orElse(0);
    }

    @Override
    public void markRead(long id) {
        Actor actor = currentActor.get();
        Audience.of(actor.readScope())
                .ifPresent(a -> jdbc.sql("""
                insert into notification_read (notification_id, username)
                select id, :user from notification where id = :id and level = :level and region_code = :region
                on conflict do nothing""")
                        .param("id", id)
                        .param("user", actor.username())
                        .param("level", a.level())
                        .param("region", a.regionCode())
                        .update());
    }

    @Override
    public void markAllRead() {
        Actor actor = currentActor.get();
        Audience.of(actor.readScope())
                .ifPresent(a -> jdbc.sql("""
                insert into notification_read (notification_id, username)
                select id, :user from notification where level = :level and region_code = :region
                on conflict do nothing""")
                        .param("user", actor.username())
                        .param("level", a.level())
                        .param("region", a.regionCode())
                        .update());
    }

    @Override
    public Optional<String> email() {
        return jdbc.sql("select email from notification_email where username = ?")
                .param(currentActor.get().username())
                .query(String.class)
                .optional();
    }

    @Override
    public void setEmail(String email) {
        Actor actor = currentActor.get();
        actor.checkMayWrite();
        if (email == null || email.isBlank()) {
            jdbc.sql("delete from notification_email where username = ?")
                    .param(actor.username())
                    .update();
            return;
        }
        String address = email.strip();
        if (address.length() > 200 || !EMAIL.matcher(address).matches()) {
            throw new BusinessRuleViolation(BAD_EMAIL, address);
        }
        jdbc.sql("insert into notification_email (username, email) values (?, ?)"
                        + " on conflict (username) do update set email = excluded.email")
                .params(actor.username(), address)
                .update();
    }
}
