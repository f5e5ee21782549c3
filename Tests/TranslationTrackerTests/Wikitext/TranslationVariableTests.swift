import Testing

@testable import TranslationTracker

@Suite("<tvar> variables")
struct TranslationVariableTests {
    @Test(
        "variable syntaxes",
        arguments: [
            ("Mail <tvar name=mail>a@example.org</tvar> now.", "mail"),
            ("Mail <tvar name=\"mail\">a@example.org</tvar> now.", "mail"),
            ("Mail <tvar name='mail'>a@example.org</tvar> now.", "mail"),
            ("Mail <tvar name = mail>a@example.org</tvar> now.", ""),
            ("Mail <tvar|mail>a@example.org</> now.", "mail"),
        ])
    func syntax(_ text: String, _ name: String) {
        let scan = TranslationVariable.scan(text)
        if name.isEmpty {
            // `name = mail` (spaces around '=') is not a name attribute.
            #expect(scan.variables.isEmpty)
            #expect(scan.unclosed == [5])
        } else {
            #expect(scan.variables == [TranslationVariable(name: name, value: "a@example.org")])
            #expect(scan.placeholderText == "Mail $\(name) now.")
            #expect(scan.unclosed.isEmpty)
        }
    }

    @Test func severalVariablesInOneUnit() {
        let scan = TranslationVariable.scan("<tvar name=a>1</tvar>, <tvar|b>2</> and <tvar name=\"c\">3</tvar>.")
        #expect(scan.variables.map(\.name) == ["a", "b", "c"])
        #expect(scan.variables.map(\.value) == ["1", "2", "3"])
        #expect(scan.placeholderText == "$a, $b and $c.")
    }

    @Test func textWithoutVariablesIsUnchanged() {
        let scan = TranslationVariable.scan("Plain text, <b>bold</b>.")
        #expect(scan.variables.isEmpty)
        #expect(scan.placeholderText == "Plain text, <b>bold</b>.")
        #expect(scan.unclosed.isEmpty)
    }

    @Test(
        "malformed variables are left as text and reported",
        arguments: [
            ("See <tvar name=x>unclosed", [4]),
            ("See <tvar name=x", [4]),
            ("<tvar>no name</tvar>", [0]),
            ("ok <tvar name=a>1</tvar> then <tvar|b>2", [30]),
            ("أ <tvar name=x>", [3]),
        ])
    func malformed(_ text: String, _ offsets: [Int]) {
        let scan = TranslationVariable.scan(text)
        #expect(scan.unclosed == offsets)
        #expect(scan.placeholderText.contains("<tvar"))
    }

    @Test func unclosedVariableIsAProblemAtItsPosition() {
        let document = WikitextDocument("<!--T:1-->\nSee <tvar name=x>unclosed\n\n<!--T:2-->\n<tvar>no name</tvar>")
        #expect(document.problemSummary == ["unclosedVariable 2:5", "unclosedVariable 5:1"])
        #expect(document.problems.first?.message.contains("unit 1") == true)
    }

    @Test func unclosedVariablePositionInACRLFFile() {
        // The unit's text folds CRLF, but the position must count the file's own bytes.
        let document = WikitextDocument("Line one\r\nSee <tvar name=x>foo\r\n\r\nnext")
        #expect(document.problemSummary == ["unclosedVariable 2:5"])
    }

    @Test func unclosedVariablePositionAfterArabicText() {
        let document = WikitextDocument("<!--T:1-->\nراسلنا على <tvar name=mail>")
        // "راسلنا على " is 11 characters.
        #expect(document.problemSummary == ["unclosedVariable 2:12"])
    }

    @Test func closedVariablesAreNoProblem() {
        let document = WikitextDocument("<!--T:1-->\nMail <tvar name=mail>a@example.org</tvar> or <tvar|web>example.org</>.")
        #expect(document.problems.isEmpty)
        #expect(document.unit("1")?.translatableText == "Mail $mail or $web.")
    }
}
