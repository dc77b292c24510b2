package org.zhijian.records;

import java.nio.file.Path;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.zhijian.TestApi;
import org.zhijian.account.AccountManagement;
import org.zhijian.enterprise.EnterpriseManagement;
import org.zhijian.importing.ImportManagement;
import org.zhijian.platform.access.Actor;
import org.zhijian.platform.access.CurrentActor;
import org.zhijian.platform.access.Scope;

/**
 * The shared fixture of a record kind's integration tests: the running application's port, the import, registry
 * and account facades, a temporary folder for files, calls to the pages and API, and work as the province.
 */
public abstract class RecordKindIT {

    /** The province's administrator, for imports and registry entries made by the test itself. */
    protected static final Actor PROVINCE =
            new Actor("it-province", "PROVINCE_ADMIN", Scope.ALL, Scope.ALL, "127.0.0.1");

    @LocalServerPort
    protected int port;

    @Autowired
    protected ImportManagement imports;

    @Autowired
    protected EnterpriseManagement enterprises;

    @Autowired
    protected AccountManagement accounts;

    @TempDir
    protected Path dir;

    /** A page or API call with the account's token: the JSON fields, {@code _status} and {@code _body}. */
    protected Map<String, Object> call(String token, HttpMethod method, String path, Object body) {
        return TestApi.call(port, token, method, path, body);
    }

    /** Work done as the province. */
    protected static <T> T asProvince(Supplier<T> work) {
        return CurrentActor.runAs(PROVINCE, work);
    }
}
