import Foundation
import Testing
import TranslationTrackerLive

@Suite("WikiEndpoint: https everywhere, plain http only on this machine")
struct WikiEndpointTests {
    @Test(
        "accepted API URLs",
        arguments: [
            "https://meta.wikimedia.org/w/api.php", "HTTPS://example.org/api.php", "http://127.0.0.1:8391/w/api.php", "http://127.9.8.7/api.php",
            "http://localhost/w/api.php", "http://LOCALHOST:8080/api.php", "http://[::1]:8080/w/api.php",
        ])
    func accepted(_ text: String) throws {
        try WikiEndpoint.check(URL(string: text)!, wiki: "w")
    }

    @Test(
        "refused API URLs",
        arguments: [
            "http://meta.wikimedia.org/w/api.php", "http://example.invalid/w/api.php", "http://128.0.0.1/api.php", "http://127.0.0.1.example.org/api.php",
            "http://localhost.example.org/api.php", "http://10.0.0.1/api.php", "http://[::2]/api.php", "ftp://127.0.0.1/api.php", "file:///w/api.php",
        ])
    func refused(_ text: String) {
        #expect(throws: MediaWikiError.self) { try WikiEndpoint.check(URL(string: text)!, wiki: "w") }
    }

    @Test(
        "same origin: scheme, host and port, with the scheme's own port when none is given",
        arguments: [
            ("https://a.org/w/api.php", "https://a.org:443/x?y=1", true), ("http://127.0.0.1/a", "http://127.0.0.1:80/b", true),
            ("https://A.org/a", "https://a.org/b", true), ("https://a.org/a", "http://a.org/a", false), ("https://a.org/a", "https://b.org/a", false),
            ("http://127.0.0.1:8391/a", "http://127.0.0.1:8392/a", false), ("http://127.0.0.1/a", "http://127.0.0.2/a", false),
        ])
    func sameOrigin(_ first: String, _ second: String, _ same: Bool) {
        #expect(WikiEndpoint.sameOrigin(URL(string: first)!, URL(string: second)!) == same)
    }

    @Test("the origin shown in messages has no path or query")
    func origin() {
        #expect(WikiEndpoint.origin(of: URL(string: "http://127.0.0.1:8391/w/api.php?lgpassword=x")!) == "http://127.0.0.1:8391")
        #expect(WikiEndpoint.origin(of: URL(string: "https://meta.wikimedia.org/w/api.php")!) == "https://meta.wikimedia.org")
    }
}
