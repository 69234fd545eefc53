package org.broadsheet.serve;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Locale;
import java.util.Optional;

/**
 * What binding the development server to an address means for who can read the site.
 * <p>
 * On a loopback address only this machine can connect, but a web page in the browser could still
 * reach the server through DNS rebinding (a hostile name that resolves to 127.0.0.1). The Host
 * header check refuses such requests: a server on loopback answers only to names that mean this
 * machine.
 */
public final class LoopbackCheck {
    private LoopbackCheck() {}

    /** A warning to print before serving, or empty when the address is loopback. */
    public static Optional<String> warning(InetSocketAddress address) {
        InetAddress host = address.getAddress();
        if (host == null) {
            return Optional.of("warning: cannot resolve " + address.getHostString()
                    + "; the development server may be reachable from other machines.");
        }
        if (host.isLoopbackAddress()) {
            return Optional.empty();
        }
        String where = host.isAnyLocalAddress()
                ? host.getHostAddress() + " (every network interface)"
                : host.getHostAddress() + ", which is not a loopback address";
        return Optional.of("warning: serving on " + where + ": anyone who can reach this machine can read"
                + " the site, drafts included. The development server is not hardened for a network;"
                + " use --bind 127.0.0.1 unless you need this.");
    }

    /**
     * Whether a request's Host header names this machine (localhost, *.localhost or a loopback
     * address, with any port). A missing header (HTTP/1.0) is accepted.
     */
    static boolean isLocalHost(String hostHeader) {
        if (hostHeader == null || hostHeader.isBlank()) {
            return true;
        }
        String host = hostHeader.trim().toLowerCase(Locale.ROOT);
        if (host.startsWith("[")) {
            int close = host.indexOf(']');
            return close > 0 && host.substring(1, close).equals("::1");
        }
        int colon = host.lastIndexOf(':');
        if (colon >= 0) {
            host = host.substring(0, colon);
        }
        if (host.endsWith(".")) {
            host = host.substring(0, host.length() - 1);
        }
        return host.equals("localhost") || host.endsWith(".localhost") || isLoopbackIpv4(host);
    }

    private static boolean isLoopbackIpv4(String host) {
        String[] parts = host.split("\\.", -1);
        if (parts.length != 4 || !parts[0].equals("127")) {
            return false;
        }
        for (String part : parts) {
            if (part.isEmpty()
                    || part.length() > 3
                    || !part.chars().allMatch(Character::isDigit)
                    || Integer.parseInt(part) > 255) {
                return false;
            }
        }
        return true;
    }
}
