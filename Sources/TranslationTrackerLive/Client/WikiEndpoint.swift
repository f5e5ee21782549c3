import Foundation

/// The one rule for where a wiki's API may be: `https://` anywhere, plain `http://` only on this
/// machine (`localhost`, `127.0.0.0/8`, `::1`), where no one on the network can read the bot
/// password or change the answers. Reading and publishing both go through `MediaWikiClient`,
/// which checks its API URL with this before its first request.
///
/// It also says when a redirect stays on the same wiki: same scheme, host and port.
///
/// ```swift
/// try WikiEndpoint.check(URL(string: "http://127.0.0.1:8391/w/api.php")!, wiki: "test")   // fine
/// try WikiEndpoint.check(URL(string: "http://meta.wikimedia.org/w/api.php")!, wiki: "meta")  // throws .insecure
/// ```
package enum WikiEndpoint {
    /// Throws ``MediaWikiError/insecure(wiki:origin:)`` unless `url` is https, or http on loopback.
    package static func check(_ url: URL, wiki: String) throws(MediaWikiError) {
        guard let scheme = url.scheme?.lowercased(), let host = host(of: url), !host.isEmpty else {
            throw .insecure(wiki: wiki, origin: origin(of: url))
        }
        switch scheme {
        case "https": return
        case "http" where isLoopback(host): return
        default: throw .insecure(wiki: wiki, origin: origin(of: url))
        }
    }

    /// Whether `host` names this machine: `localhost`, an IPv4 address in 127.0.0.0/8, or `::1`.
    /// Only literal addresses and the name `localhost` count; no name is resolved.
    package static func isLoopback(_ host: String) -> Bool {
        var name = host.lowercased()
        if name.hasPrefix("["), name.hasSuffix("]") { name = String(name.dropFirst().dropLast()) }
        if name.hasSuffix(".") { name.removeLast() }
        if name == "localhost" { return true }
        if name == "::1" || name == "0:0:0:0:0:0:0:1" { return true }
        let octets = name.split(separator: ".", omittingEmptySubsequences: false)
        guard octets.count == 4, octets[0] == "127" else { return false }
        return octets.allSatisfy { octet in
            !octet.isEmpty && octet.count <= 3 && octet.allSatisfy(\.isASCII) && octet.allSatisfy(\.isNumber) && Int(octet).map { $0 <= 255 } == true
        }
    }

    /// Whether two URLs have the same scheme, host and port (a missing port is the scheme's own).
    package static func sameOrigin(_ first: URL, _ second: URL) -> Bool {
        guard let a = key(first), let b = key(second) else { return false }
        return a == b
    }

    /// `scheme://host:port` of a URL, for messages: never its path or query, which can hold
    /// parameters (and, in a form sent by mistake, secrets).
    package static func origin(of url: URL) -> String {
        let scheme = url.scheme?.lowercased() ?? "?"
        guard let host = host(of: url) else { return scheme + "://(no host)" }
        let shown = host.contains(":") ? "[" + host + "]" : host
        return scheme + "://" + shown + (url.port.map { ":" + String($0) } ?? "")
    }

    private static func key(_ url: URL) -> String? {
        guard let scheme = url.scheme?.lowercased(), let host = host(of: url) else { return nil }
        let port = url.port ?? (scheme == "https" ? 443 : scheme == "http" ? 80 : -1)
        return scheme + "|" + host.lowercased() + "|" + String(port)
    }

    private static func host(of url: URL) -> String? {
        guard var host = url.host, !host.isEmpty else { return nil }
        if host.hasPrefix("["), host.hasSuffix("]") { host = String(host.dropFirst().dropLast()) }
        return host.lowercased()
    }
}
