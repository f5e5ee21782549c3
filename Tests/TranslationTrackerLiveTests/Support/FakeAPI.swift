import Foundation
import NIOConcurrencyHelpers
import NIOCore
import NIOHTTP1
import NIOHTTPCompression
import NIOPosix

/// A tiny HTTP server on loopback that plays a wiki's api.php the way a test scripts it: each
/// request goes to `respond`, and every request is recorded, so a test can prove that a server
/// received nothing. Every answer closes its connection. Call ``stop()`` when done.
///
/// What the server saw is the evidence for the client's manners: each request's headers and
/// the moment it arrived (on the server's clock, so a wait between two requests is measured
/// where it happened), and how many requests it was answering at once.
final class FakeAPI: Sendable {
    struct Request: Sendable {
        var method: String
        /// Path and query, as sent.
        var uri: String
        var body: String
        /// Header names lowercased; repeated headers joined with ", ".
        var headers: [String: String] = [:]
        /// When the whole request had arrived, on the server's clock.
        var arrived = ContinuousClock.now
    }

    struct Response: Sendable {
        var status: Int
        var headers: [(String, String)]
        var body: String
        /// Seconds between the bytes of the body, for a server that trickles its answer; nil
        /// sends it at once. A trickle stops when the client closes the connection.
        var pace: Double? = nil
        /// Seconds to hold the answer before sending it (the request counts as in flight meanwhile).
        var delay: Double? = nil

        static func json(_ body: String) -> Response { Response(status: 200, headers: [("Content-Type", "application/json")], body: body) }

        static func redirect(_ status: Int, to location: String) -> Response {
            Response(status: status, headers: [("Location", location)], body: "")
        }
    }

    let host: String
    let port: Int
    private let channel: any Channel
    private let log: NIOLockedValueBox<[Request]>
    private let load: NIOLockedValueBox<Load>

    /// Requests being answered now, and the most there ever were at once.
    struct Load: Sendable {
        var now = 0
        var most = 0
    }

    private init(host: String, port: Int, channel: any Channel, log: NIOLockedValueBox<[Request]>, load: NIOLockedValueBox<Load>) {
        self.host = host
        self.port = port
        self.channel = channel
        self.log = log
        self.load = load
    }

    /// The most requests the server was answering at once.
    var mostAtOnce: Int { load.withLockedValue { $0.most } }

    /// `http://host:port`
    var origin: String { "http://\(host):\(port)" }
    /// `http://host:port/w/api.php`
    var api: URL { URL(string: origin + "/w/api.php")! }

    /// The requests received so far.
    var requests: [Request] { log.withLockedValue { $0 } }

    /// Starts a server on `host` (which must be in 127.0.0.0/8) and an ephemeral port. With
    /// `compress`, answers are gzip-compressed for a client whose Accept-Encoding allows it.
    static func start(
        host: String = "127.0.0.1", compress: Bool = false, respond: @escaping @Sendable (Request) -> Response
    ) async throws -> FakeAPI {
        let log = NIOLockedValueBox<[Request]>([])
        let load = NIOLockedValueBox(Load())
        let bootstrap = ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .serverChannelOption(ChannelOptions.socketOption(.so_reuseaddr), value: 1)
            .childChannelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.configureHTTPServerPipeline()
                    if compress { try channel.pipeline.syncOperations.addHandler(HTTPResponseCompressor()) }
                    try channel.pipeline.syncOperations.addHandler(Handler(log: log, load: load, respond: respond))
                }
            }
        let channel = try await bootstrap.bind(host: host, port: 0).get()
        return FakeAPI(host: host, port: channel.localAddress?.port ?? 0, channel: channel, log: log, load: load)
    }

    /// A second server on another loopback address (127.0.0.2) where the system allows it, else
    /// on 127.0.0.1 (another port is another origin all the same).
    static func startElsewhere(respond: @escaping @Sendable (Request) -> Response) async throws -> FakeAPI {
        if let server = try? await start(host: "127.0.0.2", respond: respond) { return server }
        return try await start(host: "127.0.0.1", respond: respond)
    }

    func stop() async {
        try? await channel.close()
    }

    private final class Handler: ChannelInboundHandler {
        typealias InboundIn = HTTPServerRequestPart
        typealias OutboundOut = HTTPServerResponsePart

        private let log: NIOLockedValueBox<[Request]>
        private let load: NIOLockedValueBox<Load>
        private let respond: @Sendable (Request) -> Response
        private var head: HTTPRequestHead?
        private var body = ""

        init(log: NIOLockedValueBox<[Request]>, load: NIOLockedValueBox<Load>, respond: @escaping @Sendable (Request) -> Response) {
            self.log = log
            self.load = load
            self.respond = respond
        }

        func channelRead(context: ChannelHandlerContext, data: NIOAny) {
            switch unwrapInboundIn(data) {
            case .head(let head):
                self.head = head
                body = ""
            case .body(var buffer):
                body += buffer.readString(length: buffer.readableBytes) ?? ""
            case .end:
                guard let head else { return }
                var headers: [String: String] = [:]
                for (name, value) in head.headers { headers[name.lowercased(), default: ""] += (headers[name.lowercased()] == nil ? "" : ", ") + value }
                let request = Request(method: head.method.rawValue, uri: head.uri, body: body, headers: headers, arrived: .now)
                log.withLockedValue { $0.append(request) }
                load.withLockedValue { load in
                    load.now += 1
                    load.most = max(load.most, load.now)
                }
                let response = respond(request)
                if let delay = response.delay {
                    context.eventLoop.assumeIsolated().scheduleTask(in: .milliseconds(Int64(delay * 1000))) {
                        self.answer(response, to: head, context: context)
                    }
                } else {
                    answer(response, to: head, context: context)
                }
            }
        }

        private func finished(_ context: ChannelHandlerContext) {
            load.withLockedValue { $0.now -= 1 }
            context.close(promise: nil)
        }

        private func answer(_ response: Response, to head: HTTPRequestHead, context: ChannelHandlerContext) {
            var headers = HTTPHeaders(response.headers)
            if !headers.contains(name: "Transfer-Encoding") { headers.replaceOrAdd(name: "Content-Length", value: String(response.body.utf8.count)) }
            headers.replaceOrAdd(name: "Connection", value: "close")
            let status = HTTPResponseStatus(statusCode: response.status)
            context.write(wrapOutboundOut(.head(HTTPResponseHead(version: head.version, status: status, headers: headers))), promise: nil)
            if let pace = response.pace {
                context.flush()
                trickle(Array(response.body.utf8)[...], every: .milliseconds(Int64(pace * 1000)), context: context)
                return
            }
            context.write(wrapOutboundOut(.body(.byteBuffer(ByteBuffer(string: response.body)))), promise: nil)
            context.writeAndFlush(wrapOutboundOut(.end(nil))).whenComplete { [context] _ in self.finished(context) }
        }

        /// Sends one byte of `rest` now and the others `every` apart, then ends the answer.
        private func trickle(_ rest: ArraySlice<UInt8>, every pace: TimeAmount, context: ChannelHandlerContext) {
            guard context.channel.isActive else {
                load.withLockedValue { $0.now -= 1 }
                return
            }
            guard let byte = rest.first else {
                context.writeAndFlush(wrapOutboundOut(.end(nil))).whenComplete { [context] _ in self.finished(context) }
                return
            }
            context.writeAndFlush(wrapOutboundOut(.body(.byteBuffer(ByteBuffer(bytes: [byte])))), promise: nil)
            context.eventLoop.assumeIsolated().scheduleTask(in: pace) { self.trickle(rest.dropFirst(), every: pace, context: context) }
        }
    }
}

extension FakeAPI.Request {
    /// The form fields of a POST body or the query of a GET, decoded.
    var fields: [String: String] {
        let text = method == "POST" ? body : (uri.split(separator: "?", maxSplits: 1).dropFirst().first.map(String.init) ?? "")
        var fields: [String: String] = [:]
        for pair in text.split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1).map { String($0).replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? String($0) }
            fields[parts[0]] = parts.count > 1 ? parts[1] : ""
        }
        return fields
    }
}
