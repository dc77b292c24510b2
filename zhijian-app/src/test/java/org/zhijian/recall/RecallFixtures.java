package org.zhijian.recall;

import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;
import org.zhijian.account.AccountManagement;
import org.zhijian.account.TestAccounts;
import org.zhijian.enterprise.EnterpriseFixtures;
import org.zhijian.enterprise.EnterpriseForm;
import org.zhijian.enterprise.EnterpriseManagement;
import org.zhijian.platform.access.Actor;
import org.zhijian.platform.access.CurrentActor;
import org.zhijian.platform.access.Scope;

/** Shared steps of the recall tests: registrants with given names, and calls as the province administrator. */
final class RecallFixtures {

    static final Actor PROVINCE = new Actor("it-province", "PROVINCE_ADMIN", Scope.ALL, Scope.ALL, "127.0.0.1");

    private RecallFixtures() {}

    /** Registers an operating enterprise of this name in the county; returns its credit code. */
    static String registered(EnterpriseManagement enterprises, String name, String county) {
        EnterpriseForm named = EnterpriseFixtures.anEnterpriseNamed(name, county);
        return CurrentActor.runAs(PROVINCE, () -> enterprises.create(named).uscc());
    }

    /** A request as the province administrator, with a JSON body when one is given. */
    static RestClient.RequestHeadersSpec<?> api(
            int port, AccountManagement accounts, String method, String path, Object body) {
        RestClient.RequestBodySpec request = RestClient.create("http://localhost:" + port)
                .method(HttpMethod.valueOf(method))
                .uri(path)
                .header("Authorization", TestAccounts.bearer(TestAccounts.adminToken(accounts)));
        return body == null
                ? request
                : request.contentType(MediaType.APPLICATION_JSON).body(body);
    }
}
