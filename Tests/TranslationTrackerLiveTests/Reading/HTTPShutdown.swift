import AsyncHTTPClient

/// Shuts an HTTP client down from a `defer` in an async test (where `syncShutdown` is refused).
enum HTTPShutdown {
    static func later(_ http: HTTPClient) {
        http.shutdown { _ in }
    }
}
