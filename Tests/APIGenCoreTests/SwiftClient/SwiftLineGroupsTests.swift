@testable import APIGenCore
import Testing

/// Templates mark lists that swift-format would join when they fit; `SwiftLineGroups` joins or
/// breaks them after rendering.
@Suite("Swift line groups")
struct SwiftLineGroupsTests {
    static let nested = """
        let request = X.Request(⟦
            a: try call.required(⟦
                body.a,
                .bodyField("a")
            ⟧),
            b: body.b
        ⟧)
        """

    @Test("A group that fits is joined onto one line, groups inside it too")
    func joinsWhatFits() {
        #expect(SwiftLineGroups.laidOut(Self.nested) == #"let request = X.Request(a: try call.required(body.a, .bodyField("a")), b: body.b)"#)
    }

    @Test("A group that does not fit stays broken, and each group inside it is tried on its own line")
    func breaksWhatDoesNot() {
        #expect(SwiftLineGroups.laidOut(Self.nested, lineLength: 50) == """
            let request = X.Request(
                a: try call.required(body.a, .bodyField("a")),
                b: body.b
            )
            """)
        #expect(SwiftLineGroups.laidOut(Self.nested, lineLength: 40) == """
            let request = X.Request(
                a: try call.required(
                    body.a,
                    .bodyField("a")
                ),
                b: body.b
            )
            """)
    }

    @Test("The limit counts characters, the closing line's text included")
    func countsCharacters() {
        let source = "f(⟦\n    \"é\",\n    b\n⟧) {"
        #expect(SwiftLineGroups.laidOut(source, lineLength: 11) == "f(\"é\", b) {")
        #expect(SwiftLineGroups.laidOut(source, lineLength: 10) == "f(\n    \"é\",\n    b\n) {")
    }

    @Test("An empty group is always joined; text without markers is left as it is")
    func emptyGroupsAndPlainText() {
        #expect(SwiftLineGroups.laidOut("init(⟦\n⟧) {", lineLength: 3) == "init() {")
        let plain = "struct A {\n    var a: Int\n}\n"
        #expect(SwiftLineGroups.laidOut(plain) == plain)
    }

    @Test("A doc comment line never opens a group")
    func commentsAreText() {
        let source = "/// see f(⟦\n⟧) x\nlet a = 1"
        #expect(SwiftLineGroups.laidOut(source) == source)
    }
}
