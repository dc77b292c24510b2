package org.zhijian;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;
import org.zhijian.account.TestAccounts;

/** Calls the running test server with a token: the JSON object answered, plus {@code _status} and {@code _body}. */
public final class TestApi {

    private TestApi() {}

    @SuppressWarnings("unchecked")
    public static Map<String, Object> call(int port, String token, HttpMethod method, String path, Object body) {
        RestClient.RequestBodySpec request = RestClient.create("http://localhost:" + port)
                .method(method)
                .uri(path)
                .header("Authorization", TestAccounts.bearer(token));
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).body(body);
        }
        return request.exchange((req, res) -> {
            Map<String, Object> map = new HashMap<>();
            String text = new String(res.getBody().readAllBytes(), StandardCharsets.UTF_8);
            if (text.startsWith("{")) {
                map.putAll(new tools.jackson.databind.json.JsonMapper().readValue(text, Map.class));
            }
            map.put("_status", res.getStatusCode().value());
            map.put("_body", text);
            return map;
        });
    }

    /** The bytes a download answers (an export), after checking it succeeded. */
    public static byte[] download(int port, String token, String path) {
        return RestClient.create("http://localhost:" + port)
                .get()
                .uri(path)
                .header("Authorization", TestAccounts.bearer(token))
                .retrieve()
                .body(byte[].class);
    }
}
