import APIGenCore
import Foundation
import Testing

/// `docs/api/` holds the docs of this repository's `api-specs/`; they must be exactly what
/// the emitter makes now. `APIGEN_RECORD=1 swift test --filter MarkdownDocsStaleness`
/// rewrites them (and removes pages the emitter no longer makes).
@Suite struct MarkdownDocsStalenessTests {
    static let docsFolder = TestPaths.packageRoot.appendingPathComponent("docs/api")

    @Test func checkedInDocsMatchAFreshEmit() throws {
        let pages = try MarkdownTestSupport.emit(MarkdownTestSupport.repositoryModel())
        for (path, contents) in pages.sorted(by: { $0.key < $1.key }) {
            assertMatchesSnapshot(contents, at: Self.docsFolder.appendingPathComponent(path).path)
        }
        let onDisk = (FileManager.default.enumerator(atPath: Self.docsFolder.path)?.allObjects as? [String] ?? [])
            .filter { $0.hasSuffix(".md") }
        let stale = Set(onDisk).subtracting(pages.keys).sorted()
        if isRecordingSnapshots {
            for path in stale { try FileManager.default.removeItem(at: Self.docsFolder.appendingPathComponent(path)) }
        } else {
            #expect(stale.isEmpty, "docs/api holds pages the emitter no longer makes: \(stale)")
        }
    }
}
