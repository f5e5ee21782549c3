/// How a client treats Wikimedia's servers: `maxlag`, retries with exponential backoff and
/// jitter, and a cap on concurrent requests per host (Wikimedia's API etiquette).
public struct Politeness: Sendable, Hashable {
    /// Sent as `maxlag=`: the wiki refuses work while replicas lag more than this many seconds.
    public var maxlag: Int
    /// Attempts in all for one request, the first included.
    public var attempts: Int
    /// First backoff delay in seconds; doubled each retry, up to ``maximumDelay``.
    public var baseDelay: Double
    /// The longest wait between retries, in seconds, whatever `Retry-After` asks.
    public var maximumDelay: Double
    /// Concurrent requests per host.
    public var concurrency: Int
    /// Seconds one attempt may take from sending the request to the last byte of the answer's
    /// body: a server that trickles its answer cannot hold a command for longer.
    public var timeout: Double
    /// Seconds to keep trying to connect before an attempt fails. The HTTP client retries a
    /// refused connection until then, so this is how long a wiki that is down takes per attempt.
    public var connectTimeout: Double
    /// Requests one client (one wiki) may send in one run, retries and redirects included: a
    /// wiki whose answers never end (a `continue` that always brings another) stops here.
    public var maxRequests: Int
    /// Bytes an answer's body may hold, after decompression. A bigger answer is an error, not
    /// read further and never cached.
    public var maxBodyBytes: Int

    /// Limits that keep within Wikimedia's API etiquette; the defaults are what `transtrack` uses.
    public init(
        maxlag: Int = 5, attempts: Int = 6, baseDelay: Double = 0.5, maximumDelay: Double = 30, concurrency: Int = 2, timeout: Double = 60,
        connectTimeout: Double = 15, maxRequests: Int = 10_000, maxBodyBytes: Int = 64 << 20
    ) {
        self.maxlag = maxlag
        self.attempts = attempts
        self.baseDelay = baseDelay
        self.maximumDelay = maximumDelay
        self.concurrency = concurrency
        self.timeout = timeout
        self.connectTimeout = connectTimeout
        self.maxRequests = maxRequests
        self.maxBodyBytes = maxBodyBytes
    }

    /// The delay before retry number `retry` (1 for the first retry): the server's Retry-After
    /// when it sent one, else exponential backoff with "full jitter" (a random fraction of the
    /// exponential delay), so many clients do not retry in step. `random` is in 0..<1.
    package func delay(retry: Int, retryAfter: Double?, random: Double) -> Double {
        if let retryAfter { return min(max(retryAfter, 0), maximumDelay) }
        let exponential = min(baseDelay * Double(1 << min(retry - 1, 20)), maximumDelay)
        return exponential * (0.5 + random / 2)
    }
}
