package org.zhijian.account.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The client's address as sign-in lock-out and the audit trail see it: the socket's peer, unless the peer is one
 * of {@code zhijian.security.trusted-proxies} (addresses or CIDR ranges, comma-separated; empty by default). Behind a
 * trusted proxy it is the right-most {@code X-Forwarded-For} entry that is not itself a trusted proxy, so a client
 * cannot choose its address by sending the header: only what the trusted proxies appended counts. Literals only:
 * nothing here looks a name up in DNS.
 */
@Component
public class ClientAddress {

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9a-fA-F:.]*:[0-9a-fA-F:.]*");

    private final List<Range> trusted;

    public ClientAddress(@Value("${zhijian.security.trusted-proxies:}") List<String> trustedProxies) {
        List<Range> ranges = new ArrayList<>();
        for (String entry : trustedProxies) {
            if (!entry.isBlank()) {
                ranges.add(Range.parse(entry.strip()));
            }
        }
        this.trusted = List.copyOf(ranges);
    }

    public String of(HttpServletRequest request) {
        String peer = request.getRemoteAddr();
        if (!isTrusted(peer)) {
            return peer;
        }
        List<String> forwarded = forwardedFor(request);
        for (int i = forwarded.size() - 1; i >= 0; i--) {
            if (!isTrusted(forwarded.get(i))) {
                return forwarded.get(i);
            }
        }
        return forwarded.isEmpty() ? peer : forwarded.get(0);
    }

    private static List<String> forwardedFor(HttpServletRequest request) {
        List<String> entries = new ArrayList<>();
        for (String header : Collections.list(request.getHeaders("X-Forwarded-For"))) {
            for (String part : header.split(",")) {
                String entry = part.strip();
                if (!entry.isEmpty()) {
                    entries.add(entry);
                }
            }
        }
        return entries;
    }

    boolean isTrusted(String address) {
        byte[] bytes = literal(address);
        return bytes != null && trusted.stream().anyMatch(r -> r.contains(bytes));
    }

    /** The address's bytes if it is an IPv4 or IPv6 literal, else {@code null}; never a DNS lookup. */
    static byte[] literal(String text) {
        if (text == null) {
            return null;
        }
        String s = text.startsWith("[") && text.endsWith("]") ? text.substring(1, text.length() - 1) : text;
        boolean v4 = IPV4.matcher(s).matches();
        if (v4 ? !octetsInRange(s) : !IPV6.matcher(s).matches()) {
            return null;
        }
        try {
            return InetAddress.getByName(s).getAddress();
        } catch (UnknownHostException e) {
            return null;
        }
    }

    private static boolean octetsInRange(String ipv4) {
        for (String octet : ipv4.split("\\.")) {
            if (Integer.parseInt(octet) > 255) {
                return false;
            }
        }
        return true;
    }

    /** An address range: a literal with an optional prefix length. */
    record Range(byte[] network, int prefix) {

        static Range parse(String entry) {
            int slash = entry.indexOf('/');
            byte[] network = literal(slash < 0 ? entry : entry.substring(0, slash));
            if (network == null) {
                throw new IllegalArgumentException("zhijian.security.trusted-proxies：不是 IP 地址或网段：" + entry);
            }
            int prefix = slash < 0 ? network.length * 8 : Integer.parseInt(entry.substring(slash + 1));
            if (prefix < 0 || prefix > network.length * 8) {
                throw new IllegalArgumentException("zhijian.security.trusted-proxies：前缀长度无效：" + entry);
            }
            return new Range(network, prefix);
        }

        boolean contains(byte[] address) {
            if (address.length != network.length) {
                return false;
            }
            for (int bit = 0; bit < prefix; bit++) {
                int mask = 0x80 >>> (bit % 8);
                if ((address[bit / 8] & mask) != (network[bit / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }
    }
}
