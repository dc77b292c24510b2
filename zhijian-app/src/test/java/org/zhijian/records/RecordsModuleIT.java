package org.zhijian.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhijian.importing.RecordsImported;
import org.zhijian.platform.RecordsChanged;
import org.zhijian.platform.access.Actor;
import org.zhijian.platform.access.CurrentActor;
import org.zhijian.platform.access.Scope;

/**
 * The records module on its own (with the modules it depends on, not those declaring kinds): a kind declared here,
 * over a table made here, is linked and classified when its import's news arrives, and it tells (for the risk
 * series) that its records changed. (Module boundaries are verified by {@code ModularityTest}, which knows the algorithms
 * library is no module.)
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES, verifyAutomatically = false)
@TestPropertySource(properties = {"zhijian.data-dir=target/it-data-records", "zhijian.owns-data-dir=true"})
class RecordsModuleIT {

    private static final Actor PROVINCE = new Actor("it-province", "PROVINCE_ADMIN", Scope.ALL, Scope.ALL, "127.0.0.1");

    /** A kind of this test only: notes about a product, naming an enterprise; and the system as the actor. */
    @TestConfiguration
    static class NoteKind {
        @Bean
        CurrentActor systemActor() {
            return new CurrentActor() {
                @Override
                protected Actor resolve() {
                    return Actor.system("records-module-test");
                }
            };
        }

        /** The kind's table, made before the application is ready (and its background classification starts). */
        @Bean
        org.springframework.beans.factory.InitializingBean noteTable(JdbcClient jdbc) {
            return () -> jdbc.sql("""
                create table if not exists it_note (
                    id bigserial primary key, note_no text not null unique, county_code text not null,
                    prefecture_code text not null, product text not null default '', firm text not null default '',
                    firm_uscc text, note text not null default '', search_text text not null default '',
                    category_code text, category_source text, hazard_code text, hazard_source text,
                    link_status text, enterprise_uscc text, created_by text not null,
                    created_at timestamptz not null default now())""").update();
        }

        @Bean
        RecordKind noteKind() {
            return RecordKind.builder("notes", "记事")
                    .storedIn("note", "it_note")
                    .fields(
                            "note_no",
                            Field.text("note_no", "编号").required(),
                            Field.county("县区").required(),
                            Field.text("product", "产品"),
                            Field.text("firm", "企业"),
                            Field.uscc("firm_uscc", "企业信用代码"),
                            Field.text("note", "内容").searchable())
                    .linkedBy("firm_uscc", "firm")
                    .classifiedBy("product", "note")
                    .counted(Series.of("NOTE", "记事", "cast(created_at as date)", "note_no", "product"))
                    .build();
        }
    }

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    RecordManagement records;

    @Test
    void theNewsOfAnImportLinksAndClassifiesTheKindsRecordsAfterTheCommit(Scenario scenario) {
        String no = "N-" + System.nanoTime();
        tx.executeWithoutResult(
                s -> jdbc.sql("insert into it_note (note_no, county_code, prefecture_code, product, firm,"
                                + " note, created_by) values (:no, '430102', '430100', '电热水壶', '没有这家公司', '底座漏电', 'it')")
                        .param("no", no)
                        .update());

        scenario.publish(() -> tx.execute(s -> new RecordsImported("notes", 1, 1, 0)))
                .andWaitForEventOfType(RecordsChanged.class)
                .matching(e -> e.origin().equals("note"))
                .toArriveAndVerify(e -> assertThat(jdbc.sql(
                                        "select link_status || '/' || category_source from it_note where note_no = :no")
                                .param("no", no)
                                .query(String.class)
                                .single())
                        .isEqualTo("UNRESOLVED/AUTO"));
    }

    @Test
    void oneRecordRegistersCheckedAsAFileRowIs() {
        long id = CurrentActor.runAs(
                PROVINCE,
                () -> tx.execute(s -> records.register(
                        records.kind("notes").orElseThrow(),
                        Map.of("note_no", "R-" + System.nanoTime(), "county_code", "430104", "note", "开封有异味"),
                        RecordErrors.INVALID,
                        RecordErrors.DUPLICATE)));
        assertThat(jdbc.sql("select prefecture_code || ' ' || search_text from it_note where id = ?")
                        .param(id)
                        .query(String.class)
                        .single())
                .isEqualTo("430100 开封有异味");
    }
}
