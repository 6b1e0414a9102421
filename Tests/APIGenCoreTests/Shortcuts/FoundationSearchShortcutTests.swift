@testable import APIGenCore
import Foundation
import Testing

/// Shell quoting, output path checks and the mock's raw-string hashes skip Foundation's string
/// search when the text lacks the one byte the searched character is made of. On seeded
/// random hostile text (quotes, backslashes, `#`, NUL, combining marks) they must give what
/// the Foundation-only code they replaced gives.
@Suite struct FoundationSearchShortcutTests {
    static let samples: [String] = {
        var random = SeededGenerator(seed: 41)
        let pieces = MarkdownTextEquivalenceTests.pieces + [
            "'", "'\u{301}", "\"", "\"#", "\\#", "##", "#\u{301}", "\0", "\0\u{301}", "/", "..", "{}", "\u{37E}", "\u{1FEF}",
        ]
        var result = pieces + ["", "a/b.swift", "\"#\"##", "\\##"] + [
            "a/./b", "./a", "a/..", "a//b", "/a", "a/", ".apigen-manifest", "a/.apigen-manifest", "...", "a/.../b", ".hidden/x",
            "a/b\\c", "a\0b", "a/.\u{301}/b", "a/\u{301}/b",
        ]
        for _ in 0..<20_000 {
            let length = Int.random(in: 0...12, using: &random)
            result.append((0..<length).map { _ in pieces.randomElement(using: &random)! }.joined())
        }
        return result
    }()

    @Test func shellQuotingMatchesFoundation() {
        for text in Self.samples {
            #expect(CurlExample.shellQuoted(text) == "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'", "\(text.debugDescription)")
        }
    }

    @Test func outputPathChecksMatchFoundation() {
        for text in Self.samples {
            let accepted = (try? OutputPath.check(text)) != nil
            #expect(accepted == Reference.isSafe(text), "\(text.debugDescription)")
        }
    }

    @Test func rawStringHashesMatchFoundation() {
        for text in Self.samples {
            #expect(SwiftServerModelBuilder.rawStringHashes(for: text) == Reference.rawStringHashes(for: text), "\(text.debugDescription)")
        }
    }
}

/// The checks as they were before their shortcuts.
private enum Reference {
    static func isSafe(_ path: String) -> Bool {
        let components = path.split(separator: "/", omittingEmptySubsequences: false)
        let unsafe =
            path.isEmpty || path.hasPrefix("/") || path.contains("\\") || path.contains("\0")
            || components.contains { $0.isEmpty || $0 == "." || $0 == ".." }
            || path == OutputPlan.manifestName
        return !unsafe
    }

    static func rawStringHashes(for json: String) -> String {
        var hashes = "#"
        while json.contains("\"" + hashes) || json.contains("\\" + hashes) { hashes += "#" }
        return hashes
    }
}
