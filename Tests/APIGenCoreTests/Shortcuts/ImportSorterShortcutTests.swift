@testable import APIGenCore
import Testing

/// `SwiftImportSorter.sorted` decides that the imports are in order from the lines it reads,
/// without first scanning the whole file for a carriage return. On seeded files of import and
/// other lines, in and out of order, with carriage returns in the imports, right after them or
/// only further down, it must give what sorting every time gives.
@Suite struct ImportSorterCarriageReturnTests {
    @Test func carriageReturnsAnywhereGiveWhatSortingGives() {
        let lines = ["import Foundation", "import A", "import B", "public import Zeta", "package import Alpha", "import B\r", "import\r",
            "", "struct X {}", "// import Z", "import C\r\nimport A", "\r", "e\u{301}", "import 资源", "  import D", "let x = 1\r"]
        var random = SeededGenerator(seed: 71)
        for _ in 0..<20_000 {
            let head = (0..<Int.random(in: 0...5, using: &random)).map { _ in lines.randomElement(using: &random)! }.joined(separator: "\n")
            let tail = (0..<Int.random(in: 0...4, using: &random)).map { _ in lines.randomElement(using: &random)! }
                .joined(separator: Bool.random(using: &random) ? "\n" : "\r\n")
            let source = head + "\nstruct S {}\n" + tail
            #expect(SwiftImportSorter.sorted(source) == ImportSorterShortcutTests.alwaysSorted(source), "\(source.debugDescription)")
            #expect(SwiftImportSorter.sorted(head) == ImportSorterShortcutTests.alwaysSorted(head), "\(head.debugDescription)")
        }
    }
}
