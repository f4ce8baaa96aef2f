package org.mhfa.partner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WebhookAddressesTest {

    @ParameterizedTest
    @ValueSource(strings = {"https://127.0.0.1/", "https://127.8.9.10/", "https://localhost/", "https://[::1]/", "https://10.1.2.3/",
            "https://172.16.0.1/", "https://172.31.255.255/", "https://192.168.0.1/", "https://169.254.169.254/latest/meta-data/",
            "https://100.64.0.1/", "https://100.127.255.254/", "https://0.0.0.0/", "https://0.1.2.3/", "https://224.0.0.1/",
            "https://240.0.0.1/", "https://[fd12:3456::1]/", "https://[fe80::1]/", "https://[::ffff:10.0.0.1]/", "https://[::]/"})
    void localPrivateAndMetadataAddressesAreRefused(String url) {
        Optional<String> refusal = WebhookAddresses.refusal(URI.create(url), false);
        assertTrue(refusal.isPresent(), url);
        assertTrue(refusal.get().contains("private or local network"), refusal.get());
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://93.184.216.34/hook", "https://172.32.0.1/", "https://100.128.0.1/", "https://[2001:4860:4860::8888]/",
            "https://[::ffff:93.184.216.34]/"})
    void publicAddressesAreAccepted(String url) {
        assertEquals(Optional.empty(), WebhookAddresses.refusal(URI.create(url), false), url);
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://localhost:8099/hooks", "http://127.0.0.1:8099/hooks"})
    void localhostOnlyWhereConfigured(String url) {
        assertEquals(Optional.empty(), WebhookAddresses.refusal(URI.create(url), true));
        assertTrue(WebhookAddresses.refusal(URI.create(url), false).isPresent());
    }

    @org.junit.jupiter.api.Test
    void anUnknownHostIsRefusedWithItsName() {
        Optional<String> refusal = WebhookAddresses.refusal(URI.create("https://no-such-host.invalid/hook"), false);
        assertEquals(Optional.of("The host no-such-host.invalid could not be found."), refusal);
    }
}
