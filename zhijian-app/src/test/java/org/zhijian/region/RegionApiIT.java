package org.zhijian.region;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.client.RestClient;
import org.zhijian.IntegrationTest;
import org.zhijian.platform.InvalidFileException;

@IntegrationTest
@SuppressWarnings("unchecked")
class RegionApiIT {

    @LocalServerPort
    int port;

    @Autowired
    RegionManagement regions;

    private Map<String, Object> get(String query) {
        return RestClient.create("http://localhost:" + port)
                .get()
                .uri("/api/v1/regions" + query)
                .retrieve()
                .body(Map.class);
    }

    private static List<Map<String, Object>> items(Map<String, Object> page) {
        return (List<Map<String, Object>>) page.get("items");
    }

    @Test
    void listsTheFourteenPrefecturesAndTheirCountiesAPageAtATime() {
        assertThat(items(get("?level=prefecture&size=50")))
                .hasSize(14)
                .first()
                .isEqualTo(Map.of("code", "430100", "name", "长沙市", "level", "prefecture", "parent", "430000"));
        assertThat(get("?level=county"))
                .containsEntry("total", 122)
                .containsEntry("page", 1)
                .containsEntry("size", 20);
        assertThat(items(get("?level=county&page=7"))).hasSize(2);
        assertThat(items(get("?level=county&parent=433100")))
                .hasSize(8)
                .extracting(r -> r.get("name"))
                .contains("吉首市", "凤凰县");
    }

    @Test
    void resolvesCountiesByCodeOrUniqueName() {
        assertThat(regions.resolveCounty("430102")).map(Region::name).contains("芙蓉区");
        assertThat(regions.resolveCounty("长沙市芙蓉区")).map(Region::code).contains("430102");
        assertThat(regions.resolveCounty("湖南省长沙市浏阳市")).map(Region::code).contains("430181");
        assertThat(regions.resolveCounty("不存在区")).isEmpty();
    }

    @Test
    void refusesAMalformedRegionFileWithoutChangingAnything() {
        String file =
                "code,name,level,parent_code\n440000,广东省,province,\n440100,广州市,prefecture,440000\n4401AB,坏区,county,440100\n";

        var thrown = org.assertj.core.api.Assertions.catchThrowableOfType(
                InvalidFileException.class, () -> regions.load(new StringReader(file), "test"));

        assertThat(thrown.errors()).anySatisfy(e -> assertThat(e.row()).isEqualTo(4));
        assertThat(regions.findByCode("440000")).isEmpty();
    }
}
