/// The session cookies a login sets, kept in memory only for the life of one command.
/// AsyncHTTPClient does not keep cookies, and MediaWiki's login needs them.
actor CookieJar {
    private var cookies: [String: String] = [:]

    /// Stores the cookies of `Set-Cookie` header values.
    func store(_ headers: [String]) {
        for header in headers {
            let pair = header.split(separator: ";", maxSplits: 1).first.map(String.init) ?? ""
            guard let equals = pair.firstIndex(of: "=") else { continue }
            let name = String(pair[..<equals]).trimmingCharacters(in: .whitespaces)
            let value = String(pair[pair.index(after: equals)...]).trimmingCharacters(in: .whitespaces)
            if value.isEmpty || value == "deleted" { cookies.removeValue(forKey: name) } else { cookies[name] = value }
        }
    }

    /// The `Cookie` header value, or nil when there are none.
    func header() -> String? {
        guard !cookies.isEmpty else { return nil }
        return cookies.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: "; ")
    }
}

import Foundation
