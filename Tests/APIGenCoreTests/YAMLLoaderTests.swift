import APIGenCore
import Testing

/// The libyaml loader: positions, scalar styles, and every way a file can be refused.
@Suite("YAML loader")
struct YAMLLoaderTests {
    /// The root node of `text`, loaded as `t.yaml`.
    private func load(_ text: String, loader: YAMLLoader = YAMLLoader()) throws -> YAMLNode {
        try loader.load(Array(text.utf8), path: "t.yaml")
    }

    /// The diagnostics `load` throws for `bytes`, one formatted line each.
    private func failure(_ bytes: [UInt8], loader: YAMLLoader = YAMLLoader()) -> [String] {
        do {
            _ = try loader.load(bytes, path: "t.yaml")
            return []
        } catch {
            return error.diagnostics.map(\.formatted)
        }
    }

    /// The diagnostics `load` throws for `text`, one formatted line each.
    private func failure(_ text: String, loader: YAMLLoader = YAMLLoader()) -> [String] {
        failure(Array(text.utf8), loader: loader)
    }

    /// The value of `key` in a mapping node.
    private func value(_ node: YAMLNode?, _ key: String) -> YAMLNode? {
        node?.pairs?.first { $0.key.scalar == key }?.value
    }

    @Test("Nested nodes carry their 1-based line and column")
    func nestedLocations() throws {
        let root = try load("""
            apigen: 1
            endpoint:
              fields:
                name: {type: String, tags: [a, "b"]}
              list:
                - first
                -   second: 2
            """)
        #expect(root.location.description == "t.yaml:1:1")
        let fields = value(value(root, "endpoint"), "fields")
        #expect(fields?.location.description == "t.yaml:4:5")
        let name = value(fields, "name")
        #expect(name?.location.description == "t.yaml:4:11")
        #expect(name?.pairs?.first?.key.location.description == "t.yaml:4:12")
        #expect(value(name, "type")?.location.description == "t.yaml:4:18")
        #expect(value(name, "tags")?.items?.map(\.location.description) == ["t.yaml:4:33", "t.yaml:4:36"])
        let list = value(value(root, "endpoint"), "list")?.items
        #expect(list?.first?.location.description == "t.yaml:6:7")
        #expect(list?.last?.pairs?.first?.key.location.description == "t.yaml:7:9")
        #expect(value(list?.last, "second")?.location.description == "t.yaml:7:17")
    }

    @Test("Columns count characters, not bytes")
    func columnsCountCharacters() throws {
        let root = try load("名前: {説明: café, x: y}\n")
        let inner = root.pairs?.first?.value
        #expect(value(inner, "x")?.location.description == "t.yaml:1:19")
    }

    @Test("Scalars keep their text and style; only untagged plain scalars count as plain")
    func scalarStyles() throws {
        let root = try load("""
            plain: 4.10
            single: 'yes'
            double: "no"
            literal: |
              line one
              line two
            folded: >
              folded
              text
            tagged: !custom true
            empty:
            """)
        #expect(value(root, "plain")?.content == .scalar("4.10", .plain))
        #expect(value(root, "single")?.content == .scalar("yes", .singleQuoted))
        #expect(value(root, "double")?.content == .scalar("no", .doubleQuoted))
        #expect(value(root, "literal")?.content == .scalar("line one\nline two\n", .literal))
        #expect(value(root, "folded")?.content == .scalar("folded text\n", .folded))
        #expect(value(root, "plain")?.isPlainScalar == true)
        #expect(value(root, "single")?.isPlainScalar == false)
        let tagged = try #require(value(root, "tagged"))
        #expect(tagged.scalar == "true")
        #expect(tagged.tag == "!custom")
        #expect(!tagged.isPlainScalar)
        #expect(value(root, "empty")?.isNull == true)
        #expect(value(root, "single")?.isNull == false)
    }

    @Test("Null spellings are null only when plain")
    func nullSpellings() throws {
        let root = try load("a: ~\nb: null\nc: NULL\nd: 'null'\ne: nil\n")
        #expect(["a", "b", "c", "d", "e"].map { value(root, $0)?.isNull } == [true, true, true, false, false])
    }

    @Test("A duplicate key is reported at the second key, with a note at the first")
    func duplicateKey() {
        #expect(failure("a: 1\nb:\n  c: 2\n  d: 3\n  c: 4\n") == [
            "t.yaml:5:3: error: duplicate key 'c'\nt.yaml:3:3: note: 'c' first appears here"
        ])
    }

    @Test("Duplicates are found in large mappings too, each against the key's first appearance")
    func duplicateKeysInLargeMappings() throws {
        // 30 keys; k3 comes back after the twelfth key and k25 again twice, k3 once more at the end.
        var lines = (0..<30).map { "k\($0): \($0)" }
        lines.insert("k3: again", at: 14)
        lines.insert("k25: again", at: 28)
        lines.insert("k25: and again", at: 31)
        lines.append("k3: at the end")
        let text = lines.joined(separator: "\n") + "\n"
        #expect(failure(text) == [
            "t.yaml:15:1: error: duplicate key 'k3'\nt.yaml:4:1: note: 'k3' first appears here",
            "t.yaml:29:1: error: duplicate key 'k25'\nt.yaml:27:1: note: 'k25' first appears here",
            "t.yaml:32:1: error: duplicate key 'k25'\nt.yaml:27:1: note: 'k25' first appears here",
            "t.yaml:34:1: error: duplicate key 'k3'\nt.yaml:4:1: note: 'k3' first appears here",
        ])
        // Without the duplicates, every key is kept in order.
        let clean = try load((0..<30).map { "k\($0): \($0)" }.joined(separator: "\n") + "\n")
        #expect(clean.pairs?.compactMap(\.key.scalar) == (0..<30).map { "k\($0)" })
    }

    @Test("An alias shares its anchor's subtree")
    func aliasesAreShared() throws {
        let root = try load("a: &x {k: v}\nb: *x\n")
        #expect(value(root, "a") == value(root, "b"))
        #expect(value(value(root, "b"), "k")?.scalar == "v")
    }

    @Test("Aliases that expand beyond the node budget are refused at the list that holds them")
    func nodeBudget() {
        let loader = YAMLLoader(nodeBudget: 20)
        let diagnostics = failure("a: &a [1, 2, 3, 4]\nb: &b [*a, *a, *a]\nc: [*b, *b]\n", loader: loader)
        #expect(diagnostics == [
            "t.yaml:2:4: error: aliases expand to more than 20 nodes; refusing to expand further (is this an alias bomb?)"
        ])
    }

    @Test("An alias inside its own anchor is refused at the alias's key, with a note at the anchor")
    func recursiveAlias() {
        #expect(failure("a: &a\n  b: *a\n") == [
            "t.yaml:2:3: error: recursive alias: an alias here refers to a node that contains it\nt.yaml:1:4: note: the aliased node starts here"
        ])
    }

    @Test("Nesting deeper than the limit is refused at the first level too deep")
    func depthLimit() {
        let loader = YAMLLoader(depthLimit: 3)
        #expect(failure("a: [[x]]\n", loader: loader) == [])
        #expect(failure("a: [[[x]]]\n", loader: loader) == ["t.yaml:1:7: error: the YAML nests more than 3 levels deep"])
    }

    @Test("Invalid UTF-8 is reported at the offending byte")
    func invalidUTF8() {
        #expect(failure(Array("a: é\nb: ".utf8) + [0xC3, 0x28]) == [
            "t.yaml:2:4: error: the file is not valid UTF-8: byte 0xC3 cannot start or continue a character (save the file as UTF-8)"
        ])
    }

    @Test("A byte-order mark is accepted and counts in no column")
    func byteOrderMark() throws {
        let root = try YAMLLoader().load([0xEF, 0xBB, 0xBF] + Array("a: b\n".utf8), path: "t.yaml")
        #expect(root.pairs?.first?.key.location.description == "t.yaml:1:1")
        #expect(failure([0xEF, 0xBB, 0xBF] + Array("a: \u{1}".utf8)) == ["t.yaml:1:4: error: invalid YAML: control characters are not allowed"])
    }

    @Test("A control character is reported where it stands")
    func controlCharacter() {
        #expect(failure("a: b\nc: d\u{0}\n") == ["t.yaml:2:5: error: invalid YAML: control characters are not allowed"])
    }

    @Test("Empty files, comment-only files and second documents are refused")
    func documentCount() {
        #expect(failure("") == ["t.yaml:1:1: error: the file is empty; a spec file starts with 'apigen: 1'"])
        #expect(failure("# nothing\n") == ["t.yaml:1:1: error: the file is empty; a spec file starts with 'apigen: 1'"])
        #expect(failure("a: 1\n---\nb: 2\n") == ["t.yaml:2:1: error: a spec file holds one YAML document, but a second document starts here"])
    }

    @Test("A syntax error names libyaml's problem and its context")
    func syntaxError() {
        #expect(failure("a: {b: 1\nc: 2\n") == [
            "t.yaml:2:2: error: invalid YAML: did not find expected ',' or '}' (while parsing a flow mapping at line 1, column 4)"
        ])
    }
}
