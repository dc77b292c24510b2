package org.zhijian.indicator.internal;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.zhijian.indicator.IndicatorManagement;
import org.zhijian.indicator.IndicatorValueRecorded;
import org.zhijian.notification.Notice;
import org.zhijian.notification.Notifications;
import org.zhijian.region.RegionLevel;
import org.zhijian.region.RegionManagement;

/**
 * When a recorded value leaves a binding (约束性) indicator off track (预警), the province's officers — and the
 * prefecture's, for a prefecture's value — are told, after the commit.
 */
@Component
class BindingIndicatorAlerts {

    private final IndicatorManagement indicators;
    private final Notifications notifications;
    private final RegionManagement regions;

    BindingIndicatorAlerts(IndicatorManagement indicators, Notifications notifications, RegionManagement regions) {
        this.indicators = indicators;
        this.notifications = notifications;
        this.regions = regions;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(IndicatorValueRecorded e) {
        indicators
                .find(e.indicatorId(), e.year(), e.regionCode())
                .filter(v -> "BINDING".equals(v.attribute()) && "WARNING".equals(v.status()))
                .ifPresent(v -> {
                    java.util.Optional<org.zhijian.region.Region> found = regions.findByCode(e.regionCode());
                    String region = found.map(r -> r.name()).orElse(e.regionCode());
                    String title = "约束性指标预警：" + region + " " + v.name();
                    String body = e.year() + " 年 " + String.format("%.2f", v.value()) + v.unit() + "，按轨迹应达 "
                            + (v.expected() == null ? "—" : String.format("%.2f", v.expected())) + v.unit();
                    String link = "/indicators/" + v.id() + "?region=" + e.regionCode();
                    notifications.send(new Notice("PROVINCE", "", title, body, link));
                    if (found.filter(r -> r.level() == RegionLevel.PREFECTURE).isPresent()) {
                        notifications.send(new Notice("PREFECTURE", e.regionCode(), title, body, link));
                    }
                });
    }
}
