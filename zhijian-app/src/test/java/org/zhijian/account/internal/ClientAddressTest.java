package org.zhijian.account.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

class ClientAddressTest {

    private static MockHttpServletRequest request(String peer, String... forwarded) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr(peer);
        for (String header : forwarded) {
            request.addHeader("X-Forwarded-For", header);
        }
        return request;
    }

    @Test
    void usesTheSocketPeerWhenNoProxyIsTrusted() {
        ClientAddress address = new ClientAddress(List.of());

        assertThat(address.of(request("203.0.113.5", "198.51.100.1"))).isEqualTo("203.0.113.5");
    }

    @Test
    void ignoresForwardedForFromAPeerThatIsNotTrusted() {
        ClientAddress address = new ClientAddress(List.of("10.0.0.1"));

        assertThat(address.of(request("203.0.113.5", "198.51.100.1"))).isEqualTo("203.0.113.5");
    }

    @Test
    void takesTheRightMostUntrustedEntryBehindTrustedProxies() {
        ClientAddress address = new ClientAddress(List.of("10.0.0.0/8", "192.168.1.2"));

        assertThat(address.of(request("10.1.2.3", "6.6.6.6, 198.51.100.7, 192.168.1.2")))
                .as("a client's own forged entry on the left is skipped")
                .isEqualTo("198.51.100.7");
        assertThat(address.of(request("10.1.2.3", "6.6.6.6", "198.51.100.8, 10.9.9.9")))
                .as("several headers are one list")
                .isEqualTo("198.51.100.8");
    }

    @Test
    void fallsBackToThePeerOrTheLeftMostEntry() {
        ClientAddress address = new ClientAddress(List.of("10.0.0.0/8"));

        assertThat(address.of(request("10.1.2.3"))).isEqualTo("10.1.2.3");
        assertThat(address.of(request("10.1.2.3", "10.0.0.7, 10.0.0.8"))).isEqualTo("10.0.0.7");
    }

    @Test
    void matchesIpv6RangesAndRefusesNamesWithoutLookingThemUp() {
        ClientAddress address = new ClientAddress(List.of("::1", "fd00::/8"));

        assertThat(address.isTrusted("::1")).isTrue();
        assertThat(address.isTrusted("fd12:3456::1")).isTrue();
        assertThat(address.isTrusted("fe80::1")).isFalse();
        assertThat(address.isTrusted("localhost")).isFalse();
        assertThat(address.isTrusted("999.1.1.1")).isFalse();
        assertThat(address.of(request("::1", "proxy.example, 2001:db8::5"))).isEqualTo("2001:db8::5");
    }

    @Test
    void refusesASettingThatIsNotAnAddress() {
        assertThatThrownBy(() -> new ClientAddress(List.of("proxy.example")))
                .hasMessageContaining("zhijian.security.trusted-proxies");
        assertThatThrownBy(() -> new ClientAddress(List.of("10.0.0.0/33"))).hasMessageContaining("前缀");
    }
}
