import Foundation
import Testing

/// `transtrack publish` exit 1 through the built binary. The binary has no hook between its read
/// and its save, so the wiki is a loopback server that plays api.php: it logs the bot in, serves
/// the page, and answers every `action=edit` with MediaWiki's `editconflict`, as a wiki does
/// when someone keeps saving the same lines between our read and our save.
@Suite("transtrack publish: an unresolved edit conflict exits 1")
struct PublishConflictEndToEndTests {
    /// The request's parameters, from its query string or its form body.
    static func parameters(_ request: FakeAPI.Request) -> [String: String] {
        var components = URLComponents()
        components.percentEncodedQuery = request.method == "POST" ? request.body.replacingOccurrences(of: "+", with: "%20") : URLComponents(string: request.uri)?.percentEncodedQuery
        var result: [String: String] = [:]
        for item in components.queryItems ?? [] { result[item.name] = item.value ?? "" }
        return result
    }

    static func answer(_ request: FakeAPI.Request) -> FakeAPI.Response {
        let parameters = parameters(request)
        switch (parameters["action"], parameters["meta"], parameters["type"], parameters["prop"]) {
        case ("query", "tokens|userinfo", "login|csrf", _):
            return .json(#"{"batchcomplete":true,"query":{"tokens":{"csrftoken":"+\\","logintoken":"login-token+\\"},"userinfo":{"id":0,"name":"127.0.0.1","anon":true,"rights":["read"]}}}"#)
        case ("login", _, _, _):
            return .json(#"{"login":{"result":"Success","lguserid":7,"lgusername":"Example"}}"#)
        case ("query", "tokens|userinfo", "csrf", _):
            return .json(#"{"batchcomplete":true,"query":{"tokens":{"csrftoken":"edit-token+\\"},"userinfo":{"id":7,"name":"Example","rights":["read","edit","bot"]}}}"#)
        case ("query", _, _, "revisions"):
            return .json(
                #"{"batchcomplete":true,"curtimestamp":"2026-01-15T10:00:05Z","query":{"pages":[{"pageid":3,"ns":0,"title":"Translation status","revisions":[{"revid":41,"parentid":40,"timestamp":"2026-01-15T10:00:00Z","slots":{"main":{"contentmodel":"wikitext","contentformat":"text/x-wiki","content":"#
                    + #""Intro.\n\n<!-- transtrack:begin -->\nold table\n<!-- transtrack:end -->\n\nAfter the table.""# + #"}}}]}]}}"#)
        case ("edit", _, _, _):
            return .json(#"{"error":{"code":"editconflict","info":"Edit conflict.","docref":"See api.php for API usage."}}"#)
        default:
            return FakeAPI.Response(status: 400, headers: [], body: "unexpected request \(request.method) \(request.uri)")
        }
    }

    @Test("a page that changes again after the re-read: exit 1, the conflict on stderr, nothing on stdout, two reads and two saves")
    func conflictExitsOne() async throws {
        let api = try await FakeAPI.start(respond: Self.answer)
        let manifest = try LiveManifest(
            api: api.api,
            documents: """
                  - id: plan
                    pages:
                      - { wiki: meta, source: "Plan", translation: "Plan/{lang}", translatable: true }
                """, wikis: ["meta"])
        defer { manifest.remove() }
        let credentials = manifest.root + "/bot.credentials"
        try "user=Example@transtrack\npassword=0123456789abcdefghijklmnopqrstuv\n".write(toFile: credentials, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: credentials)

        let output = try CLI.run(["publish", "--local", "--to", "meta:Translation status", "--credentials", "bot.credentials"], in: manifest.root)
        await api.stop()
        #expect(output.status == 1)
        #expect(output.stdout == "")
        #expect(
            output.stderr
                == "error: meta:Translation status: edit conflict: the page changed again after a re-read and one retry: Edit conflict. (editconflict); look at the page's history, then run publish again\n"
        )
        let actions = api.requests.map { Self.parameters($0)["action"] ?? "" }
        #expect(actions == ["query", "login", "query", "query", "edit", "query", "edit"])
        let edits = api.requests.filter { Self.parameters($0)["action"] == "edit" }.map(Self.parameters)
        #expect(edits.map { $0["baserevid"] } == ["41", "41"])
        #expect(edits.map { $0["basetimestamp"] } == ["2026-01-15T10:00:00Z", "2026-01-15T10:00:00Z"])
        #expect(edits.map { $0["nocreate"] } == ["1", "1"])
    }
}
