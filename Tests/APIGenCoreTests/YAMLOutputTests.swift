import Foundation
import Testing

@testable import APIGenCore

/// What the importer writes must read back as exactly what it meant, whatever the text.
@Suite("Spec YAML writer")
struct YAMLOutputTests {
    /// Characters that YAML treats specially somewhere, and ordinary ones.
    static let alphabet: [String] = [
        "a", "Z", "0", "9", " ", " ", ":", ": ", " #", "#", "-", "- ", "?", ",", "[", "]", "{", "}", "&", "*", "!", "|", ">",
        "'", "\"", "%", "@", "`", "\\", "\n", "\n\n", "\t", "\r", "\u{7}", "\u{85}", "\u{A0}", "\u{2028}", "\u{FEFF}", "云", "é",
        "true", "null", "~", "1.5", "0x1F", ".inf", "yes", "<<", "---", "...",
    ]

    static func randomText(_ generator: inout SeededGenerator) -> String {
        let count = Int.random(in: 0...8, using: &generator)
        return (0..<count).map { _ in alphabet.randomElement(using: &generator)! }.joined()
    }

    @Test("Any text, as a key or a value, in a block, on one line or in a list, reads back unchanged")
    func roundTrip() throws {
        var generator = SeededGenerator(seed: 17)
        for round in 0..<2000 {
            let key = Self.randomText(&generator), value = Self.randomText(&generator), item = Self.randomText(&generator)
            let tree = YAMLOutput.block([
                ("apigen", .literal("1")),
                (key.isEmpty ? "k" : key, .text(value)),
                ("inline", .inline([("x", .text(value)), ("y", .list([.text(item), .text(value)]))])),
                ("items", .blockList([.text(item), .block([("a", .text(value)), ("b", .text(item))])])),
            ])
            let text = tree.document(header: ["round \(round)"])
            let node = try YAMLLoader().load(Array(text.utf8), path: "t.yaml")
            let pairs = try #require(node.pairs, "\(text)")
            #expect(pairs.count == 4, "\(text)")
            guard pairs.count == 4 else { continue }
            #expect(pairs[1].key.scalar == (key.isEmpty ? "k" : key), "\(text)")
            #expect(pairs[1].value.scalar == value, "\(text)")
            let inline = try #require(pairs[2].value.pairs)
            #expect(inline.first?.value.scalar == value, "\(text)")
            #expect(inline.last?.value.items?.map(\.scalar) == [item, value], "\(text)")
            let items = try #require(pairs[3].value.items, "\(text)")
            #expect(items.first?.scalar == item, "\(text)")
            #expect(items.last?.pairs?.map(\.value.scalar) == [value, item], "\(text)")
        }
    }

    @Test("Text of several lines is a literal block; a field with one is written as a block")
    func literalBlocks() {
        let tree = YAMLOutput.block([
            ("field", .inline([("type", .text("String")), ("description", .text("第一行\n\n  缩进的第三行"))])),
            ("short", .inline([("type", .text("List<String>")), ("since", .text("0.6"))])),
        ])
        #expect(tree.document() == """
            field:
              type: String
              description: |-
                第一行

                  缩进的第三行
            short: {type: List<String>, since: "0.6"}

            """)
    }
}
