import APIGenCore
import Foundation
import Testing

/// The malformed corpus: every case in `Fixtures/malformed/` must produce exactly the
/// diagnostics in its `.expected` file (`APIGEN_RECORD=1` re-records them).
@Suite("Malformed spec corpus")
struct MalformedCorpusTests {
    @Test("The base the cases are compiled with is clean")
    func baseIsClean() {
        let result = SpecCompiler().compile(MalformedCase.baseSources)
        #expect(result.diagnostics.map(\.formatted) == [])
        #expect(result.model.type(named: "ErrorCode") != nil)
    }

    @Test("The corpus covers at least 45 cases")
    func corpusSize() {
        #expect(MalformedCase.all.count >= 45)
    }

    @Test("Each case produces its golden diagnostics", arguments: MalformedCase.all)
    func goldenDiagnostics(of malformed: MalformedCase) {
        let text = malformed.diagnosticsText()
        #expect(!text.isEmpty, "a malformed case must produce at least one diagnostic")
        for line in text.split(separator: "\n") {
            #expect(line.wholeMatch(of: /[^:\n]+:[0-9]+:[0-9]+: (error|warning|note): \S.*/) != nil, "not a compiler-style line: \(line)")
        }
        assertMatchesSnapshot(text, at: malformed.expectedURL.path)
    }

    @Test("Each .expected file belongs to a case")
    func noOrphanGoldenFiles() throws {
        let cases = Set(MalformedCase.all.map(\.name))
        let goldens = try FileManager.default.contentsOfDirectory(atPath: MalformedCase.folder.path)
            .filter { $0.hasSuffix(".expected") }
            .map { String($0.dropLast(".expected".count)) }
        #expect(goldens.filter { !cases.contains($0) }.sorted() == [])
    }

    @Test("An alias bomb is refused with an error instead of being expanded")
    func aliasBombIsRefused() throws {
        let url = MalformedCase.folder.appendingPathComponent("billion-laughs.yaml")
        let bytes = Array(try Data(contentsOf: url))
        #expect(bytes.count < 1_000)
        let error = #expect(throws: YAMLLoader.Failure.self) { try YAMLLoader().load(bytes, path: "billion-laughs.yaml") }
        #expect(error?.diagnostics.map(\.message).contains { $0.contains("alias bomb") } == true)
    }
}
