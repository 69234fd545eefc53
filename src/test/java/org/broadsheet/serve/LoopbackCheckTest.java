package org.broadsheet.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetSocketAddress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LoopbackCheckTest {
    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "127.0.1.1", "::1", "localhost"})
    void saysNothingForLoopback(String host) {
        assertEquals(java.util.Optional.empty(), LoopbackCheck.warning(new InetSocketAddress(host, 8080)));
    }

    @Test
    void warnsThatAllInterfacesExposeTheSite() {
        String warning =
                LoopbackCheck.warning(new InetSocketAddress("0.0.0.0", 8080)).orElseThrow();
        assertTrue(warning.contains("every network interface"), warning);
        assertTrue(warning.contains("--bind 127.0.0.1"), warning);
    }

    @Test
    void warnsForALanAddress() {
        String warning = LoopbackCheck.warning(new InetSocketAddress("192.168.1.20", 8080))
                .orElseThrow();
        assertTrue(warning.contains("192.168.1.20, which is not a loopback address"), warning);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "localhost",
                "localhost:8080",
                "LOCALHOST:8080",
                "127.0.0.1:4000",
                "127.1.2.3",
                "[::1]:8080",
                "archive.localhost:8080",
                "localhost."
            })
    void acceptsHostNamesOfThisMachine(String host) {
        assertTrue(LoopbackCheck.isLocalHost(host));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "evil.example",
                "evil.example:8080",
                "127.0.0.1.evil.example",
                "localhost.evil.example",
                "10.0.0.1:8080",
                "[::2]:8080",
                "1270.0.0.1",
                "127.0.0.256"
            })
    void refusesOtherHostNames(String host) {
        assertFalse(LoopbackCheck.isLocalHost(host));
    }
}
