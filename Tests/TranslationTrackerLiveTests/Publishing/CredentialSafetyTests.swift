import AsyncHTTPClient
import Foundation
import Testing
import TranslationTrackerLive

/// The bot password against a hostile api.php: fake servers on loopback that redirect the login
/// elsewhere, redirect reads to another port, echo the password back in a login error, or stand
/// on plain http away from this machine. Each test keeps to a handful of requests.
@Suite("Credential safety: redirects, plain http and login errors")
struct CredentialSafetyTests {
    static let password = "s3cret/Pass+word&ü\"x"
    static let credentials = BotCredentials(user: "Example@transtrack", password: password)
    static let quick = Politeness(attempts: 1, baseDelay: 0.01, timeout: 10, connectTimeout: 2)
    static let target = PublishTarget(wiki: "fake", title: "Translation status")

    /// The answer to the token query before a login: a login token, anonymous.
    static let tokens = #"{"batchcomplete":true,"query":{"tokens":{"logintoken":"fake-login-token+\\","csrftoken":"+\\"},"userinfo":{"id":0,"name":"127.0.0.1","anon":true}}}"#

    static func withClient<T: Sendable>(api: URL, _ body: (MediaWikiClient) async throws -> T) async throws -> T {
        let http = MediaWikiClient.makeHTTPClient(connectTimeout: quick.connectTimeout)
        defer { HTTPShutdown.later(http) }
        let client = MediaWikiClient(api: api, wiki: "fake", userAgent: "transtrack-tests/1.0 (tests@transtrack.invalid)", http: http, politeness: quick)
        return try await body(client)
    }

    /// The path of enum cases of an error, e.g. `wiki.redirect`.
    static func cases(_ error: any Error) -> String {
        var names: [String] = []
        var value: Any = error
        while let child = Mirror(reflecting: value).children.first, let label = child.label {
            names.append(label)
            value = child.value
            if Mirror(reflecting: value).displayStyle != .enum { break }
        }
        return names.joined(separator: ".")
    }

    @Test("a login POST answered with 307 to another host is not sent there; the error names both hosts and the manifest's api:")
    func loginRedirectToAnotherHost() async throws {
        let elsewhere = try await FakeAPI.startElsewhere { _ in .json(#"{"login":{"result":"Success","lgusername":"Example"}}"#) }
        let location = elsewhere.origin + "/w/api.php?stolen=1"
        let api = try await FakeAPI.start { request in
            request.method == "POST" ? .redirect(307, to: location) : .json(Self.tokens)
        }
        defer { Task { await api.stop(); await elsewhere.stop() } }

        let error = try await Self.withClient(api: api.api) { client -> PublishError? in
            do throws(PublishError) {
                _ = try await Publisher(client: client, target: Self.target).publish(block: "x", summary: "x", create: false, credentials: Self.credentials)
                return nil
            } catch {
                return error
            }
        }
        #expect(elsewhere.requests.isEmpty, "the other host received \(elsewhere.requests.count) request(s), the login form included")
        let found = try #require(error)
        #expect(Self.cases(found) == "wiki.redirect")
        let text = found.description
        #expect(text.contains("127.0.0.1:\(api.port)"))
        #expect(text.contains("\(elsewhere.host):\(elsewhere.port)"))
        #expect(text.contains("api:"))
        #expect(!text.contains("stolen"))
        #expect(!text.contains(Self.password))
        #expect(api.requests.map(\.method) == ["GET", "POST"])
    }

    @Test("a GET redirected to another port is refused, and the other server receives nothing")
    func readRedirectToAnotherPort() async throws {
        let elsewhere = try await FakeAPI.start { _ in .json(#"{"query":{"general":{"sitename":"Elsewhere"}}}"#) }
        let api = try await FakeAPI.start { _ in .redirect(302, to: elsewhere.origin + "/w/api.php?action=query") }
        defer { Task { await api.stop(); await elsewhere.stop() } }

        let error = try await Self.withClient(api: api.api) { client -> MediaWikiError? in
            do throws(MediaWikiError) {
                _ = try await client.call([("action", "query"), ("meta", "siteinfo")])
                return nil
            } catch {
                return error
            }
        }
        #expect(elsewhere.requests.isEmpty)
        let found = try #require(error)
        #expect(Self.cases(found) == "redirect")
        #expect(found.description.contains("127.0.0.1:\(elsewhere.port)"))
        #expect(!found.description.contains("action=query"))
        #expect(api.requests.count == 1)
    }

    @Test("a GET redirect within the wiki's scheme, host and port is followed; a POST redirect within it is not")
    func redirectWithinTheWiki() async throws {
        let api = try await FakeAPI.start { request in
            if request.uri.hasPrefix("/moved/") { return .json(#"{"query":{"moved":true}}"#) }
            return .redirect(request.method == "POST" ? 308 : 301, to: "/moved/api.php?" + (request.uri.split(separator: "?").dropFirst().first.map(String.init) ?? ""))
        }
        defer { Task { await api.stop() } }

        try await Self.withClient(api: api.api) { client in
            let answer = try await client.call([("action", "query"), ("meta", "siteinfo")])
            #expect(answer["query"]?["moved"]?.bool == true)
            #expect(api.requests.map(\.method) == ["GET", "GET"])

            do throws(MediaWikiError) {
                _ = try await client.call([("action", "edit"), ("title", "X"), ("text", "y")], post: true)
                Issue.record("a redirected POST was followed")
            } catch {
                #expect(Self.cases(error) == "redirect")
            }
            #expect(api.requests.map(\.method) == ["GET", "GET", "POST"])
        }
    }

    /// The password as a hostile server might echo it: exact, percent-encoded, upper- and
    /// lower-cased, JSON `\u00xx`-escaped (as text, after decoding), cut short, in base64.
    static let echoes: [String] = {
        let unreserved = CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")
        let escaped = password.unicodeScalars.map { String(format: "\\u%04x", $0.value) }.joined()
        return [
            password,
            password.addingPercentEncoding(withAllowedCharacters: unreserved)!,
            password.uppercased(),
            password.lowercased(),
            escaped,
            String(password.prefix(8)),
            Data(password.utf8).base64EncodedString(),
        ]
    }()

    /// `text` as a JSON string literal, so the server's decoded text is exactly `text`.
    static func jsonString(_ text: String) -> String {
        String(decoding: try! JSONEncoder().encode(text), as: UTF8.self)
    }

    static let serverMarker = "SERVER-WORDS"

    @Test(
        "a login error echoing the password in any encoding prints none of it, nor any server text",
        arguments: ["Failed", "WrongPass", "Throttled", "Aborted", "error-object", "maxlag", "strange"])
    func loginErrorEchoes(_ kind: String) async throws {
        let echo = Self.jsonString(Self.serverMarker + " " + Self.echoes.joined(separator: " | "))
        let answer: String =
            switch kind {
            case "error-object": #"{"error":{"code":"SERVER-WORDS-code","info":\#(echo)}}"#
            case "maxlag": #"{"error":{"code":"maxlag","info":\#(echo),"lag":7}}"#
            case "strange": #"{"login":{"result":\#(echo),"reason":\#(echo)}}"#
            default: #"{"login":{"result":"\#(kind)","reason":{"code":"SERVER-WORDS","text":\#(echo)}}}"#
            }
        // `Failed` carries its reason as a plain string in older MediaWiki versions.
        let flat = kind == "Failed" ? #"{"login":{"result":"Failed","reason":\#(echo)}}"# : answer
        let api = try await FakeAPI.start { request in
            request.method == "POST" ? .json(flat) : .json(Self.tokens)
        }
        defer { Task { await api.stop() } }

        let error = try await Self.withClient(api: api.api) { client -> PublishError? in
            do throws(PublishError) {
                _ = try await Publisher(client: client, target: Self.target).publish(block: "x", summary: "x", create: false, credentials: Self.credentials)
                return nil
            } catch {
                return error
            }
        }
        let text = try #require(error).description
        for leaked in Self.echoes { #expect(!text.contains(leaked), "the message repeats \(leaked)") }
        #expect(!text.lowercased().contains(Self.serverMarker.lowercased()), "the message repeats the server's words: \(text)")
        #expect(text.contains("fake"))
        #expect(api.requests.map(\.method) == ["GET", "POST"])
    }

    @Test("a non-loopback http API URL is refused for reading and for publishing before any request")
    func plainHTTPElsewhereIsRefused() async throws {
        let api = URL(string: "http://example.invalid/w/api.php")!
        try await Self.withClient(api: api) { client in
            var messages: [String] = []
            do throws(MediaWikiError) {
                _ = try await client.call([("action", "query"), ("meta", "siteinfo")])
                Issue.record("a read over plain http to example.invalid was attempted")
            } catch {
                #expect(Self.cases(error) == "insecure")
                messages.append(error.description)
            }
            let publisher = Publisher(client: client, target: Self.target)
            do throws(PublishError) {
                _ = try await publisher.preview(block: "x", create: false)
                Issue.record("a dry run over plain http was attempted")
            } catch {
                messages.append(error.description)
            }
            do throws(PublishError) {
                _ = try await publisher.publish(block: "x", summary: "x", create: false, credentials: Self.credentials)
                Issue.record("a login over plain http was attempted")
            } catch {
                #expect(Self.cases(error) == "wiki.insecure")
                messages.append(error.description)
            }
            #expect(await client.requestCount == 0)
            for message in messages {
                #expect(message.contains("https://"))
                #expect(message.contains("example.invalid"))
                #expect(message.contains("api:"))
            }
        }
    }
}
