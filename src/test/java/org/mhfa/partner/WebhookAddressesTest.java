package org.mhfa.partner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The webhook address filter: only globally routable unicast, numbers written plainly, one lookup per check. */
class WebhookAddressesTest {

    /** Names the tests look up; any other name is unknown, as on a machine without DNS. */
    private static final Map<String, List<String>> NAMES = Map.of(
            "hooks.agency.example", List.of("93.184.215.14", "2606:2800:21f:cb07:6820:80da:af6b:8b2c"),
            "mixed.agency.example", List.of("93.184.215.14", "10.0.0.7"),
            "nat64.agency.example", List.of("64:ff9b::7f00:1"),
            "localhost", List.of("127.0.0.1"));

    private final List<String> lookups = new ArrayList<>();

    private WebhookAddresses addresses(List<IPAddress> hostNetworks) {
        return new WebhookAddresses(this::resolve, () -> hostNetworks);
    }

    private InetAddress[] resolve(String host) throws UnknownHostException {
        lookups.add(host);
        List<String> found = NAMES.get(host);
        if (found == null) {
            throw new UnknownHostException(host);
        }
        List<InetAddress> resolved = new ArrayList<>();
        for (String address : found) {
            resolved.add(InetAddress.getByName(address));
        }
        return resolved.toArray(InetAddress[]::new);
    }

    private InvalidPartnerRequestException refused(String url) {
        return assertThrows(InvalidPartnerRequestException.class, () -> addresses(List.of()).target(URI.create(url), false), url);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        // this host's own subnet (192.0.2.2/24 here), and benchmarking
        "https://192.0.2.2:8080/hook", "https://198.18.0.1/", "https://198.19.255.254/",
        // NAT64, well-known and local-use prefixes, and SIIT (IPv4-translated), of 127.0.0.1 and 169.254.169.254
        "https://[64:ff9b::7f00:1]/", "https://[64:ff9b::127.0.0.1]/", "https://[64:ff9b::a9fe:a9fe]/",
        "https://[64:ff9b:1:7f00:0:100::]/", "https://[64:ff9b:1:a9fe:a9:fe00::]/", "https://[64:ff9b:1::7f00:1]/",
        "https://[::ffff:0:7f00:1]/", "https://[::ffff:0:a9fe:a9fe]/",
        // IPv4-mapped, IPv4-compatible and 6to4 forms of loopback and metadata; Teredo
        "https://[::ffff:127.0.0.1]/", "https://[::ffff:169.254.169.254]/", "https://[::ffff:10.0.0.1]/",
        "https://[::127.0.0.1]/", "https://[::7f00:1]/", "https://[2002:7f00:1::]/", "https://[2002:a9fe:a9fe::1]/",
        "https://[2001:0:4136:e378:8000:63bf:3fff:fdd2]/", "https://[2001::1]/",
        // numbers not written plainly: octal, hexadecimal, short, whole, with leading zeros, too many parts
        "https://0177.0.0.1/", "https://0x7f.0.0.1/", "https://127.1/", "https://2130706433/", "https://127.0.0.01/",
        "https://017700000001/", "https://0x7f000001/", "https://1.2.3.4.5/", "https://93.184.215.014/",
        // the special-purpose ranges, multicast and broadcast
        "https://0.0.0.0/", "https://0.1.2.3/", "https://10.1.2.3/", "https://100.64.0.1/", "https://100.127.255.254/",
        "https://127.0.0.1/", "https://127.8.9.10/", "https://169.254.169.254/latest/meta-data/", "https://172.16.0.1/",
        "https://172.31.255.255/", "https://192.0.0.1/", "https://192.0.0.9/", "https://192.0.2.1/", "https://192.168.0.1/",
        "https://198.51.100.1/", "https://203.0.113.1/", "https://224.0.0.1/", "https://239.255.255.250/", "https://240.0.0.1/",
        "https://255.255.255.255/", "https://[::1]/", "https://[::]/", "https://[fc00::1]/", "https://[fd12:3456::1]/",
        "https://[fe80::1]/", "https://[fe80::1%25eth0]/", "https://[ff02::1]/", "https://[ff0e::1]/", "https://[2001:db8::1]/",
        "https://[3fff::1]/", "https://[100::1]/", "https://[5f00::1]/", "https://[2001:2::1]/",
        // names: any address not public, or one that is not found
        "https://mixed.agency.example/hook", "https://nat64.agency.example/hook", "https://localhost/",
        "https://no-such-host.invalid/hook"})
    void localReservedAndDisguisedAddressesAreRefusedNamingTheUrlField(String url) {
        InvalidPartnerRequestException refusal = refused(url);
        assertTrue(refusal.errors().containsKey("url"), refusal.errors().toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://93.184.215.14/hook", "https://[2606:2800:21f:cb07:6820:80da:af6b:8b2c]/hook",
        "https://8.8.8.8/", "https://[2001:4860:4860::8888]/", "https://172.32.0.1/", "https://100.128.0.1/",
        "https://[::ffff:93.184.215.14]/", "https://[64:ff9b::5db8:d70e]/", "https://[2002:5db8:d70e::1]/",
        "https://hooks.agency.example/events?agency=7"})
    void globallyRoutableAddressesAreAccepted(String url) {
        WebhookTarget target = addresses(List.of()).target(URI.create(url), false);
        assertTrue(target.https());
        assertEquals(443, target.port());
    }

    @Test
    void aNameIsLookedUpOnceAndTheCheckedAddressIsTheOneToConnectTo() throws UnknownHostException {
        WebhookTarget target = addresses(List.of()).target(URI.create("https://hooks.agency.example:8443/events?agency=7"), false);
        assertEquals(List.of("hooks.agency.example"), lookups);
        assertEquals(InetAddress.getByName("93.184.215.14"), target.address());
        assertEquals("hooks.agency.example", target.host());
        assertEquals(8443, target.port());
        assertEquals("/events?agency=7", target.pathAndQuery());
    }

    @Test
    void literalsAreNeverLookedUp() {
        addresses(List.of()).target(URI.create("https://93.184.215.14/"), false);
        refused("https://0177.0.0.1/");
        refused("https://[::ffff:127.0.0.1]/");
        assertEquals(List.of(), lookups);
    }

    @Test
    void theNetworksThisHostIsOnAreRefusedEvenWhenPublic() {
        List<IPAddress> ownNetworks = List.of(new IPAddressString("93.184.215.0/24").getAddress(),
                new IPAddressString("2606:2800:21f::/48").getAddress());
        WebhookAddresses onPublicNetwork = addresses(ownNetworks);
        for (String url : List.of("https://93.184.215.14:8080/", "https://[2606:2800:21f:cb07:6820:80da:af6b:8b2c]/",
                "https://[::ffff:93.184.215.14]/", "https://[64:ff9b::5db8:d70e]/", "https://hooks.agency.example/")) {
            assertThrows(InvalidPartnerRequestException.class, () -> onPublicNetwork.target(URI.create(url), false), url);
        }
        onPublicNetwork.target(URI.create("https://8.8.8.8/"), false);
    }

    @Test
    void thisHostsNetworksAreReadFromItsInterfaces() {
        IPAddress loopback = new IPAddressString("127.0.0.1").getAddress();
        assertTrue(PublicAddresses.hostNetworks().stream().anyMatch(network -> network.contains(loopback)),
                PublicAddresses.hostNetworks().toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://localhost:8099/hooks", "http://127.0.0.1:8099/hooks"})
    void localhostOnlyWhereConfigured(String url) throws UnknownHostException {
        WebhookTarget target = addresses(List.of()).target(URI.create(url), true);
        assertEquals(InetAddress.getByName("127.0.0.1"), target.address());
        assertEquals(8099, target.port());
        assertThrows(InvalidPartnerRequestException.class, () -> addresses(List.of()).target(URI.create(url), false));
    }

    @Test
    void plainHttpIsRefusedElsewhere() {
        assertEquals(Map.of("url", "https required"), refused("http://93.184.215.14/hook").errors());
        assertEquals(Map.of("url", "https required"),
                assertThrows(InvalidPartnerRequestException.class, () -> addresses(List.of())
                        .target(URI.create("http://93.184.215.14/hook"), true)).errors());
    }

    @Test
    void anUnknownHostIsRefusedWithItsName() {
        assertEquals("The host no-such-host.invalid could not be found.", refused("https://no-such-host.invalid/hook").getMessage());
    }

    @Test
    void everyTableRowIsABlockTheLibraryDoesNotClassify() {
        PublicAddresses.SPECIAL_PURPOSE.forEach((block, row) -> {
            IPAddress first = block.getLower();
            assertTrue(!first.isLoopback() && !first.isLinkLocal() && !first.isMulticast(), row);
            assertTrue(row.contains("Special-Purpose") && row.contains("RFC"), row);
        });
    }
}
