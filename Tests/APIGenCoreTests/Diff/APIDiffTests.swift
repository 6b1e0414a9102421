import APIGenCore
import Foundation
import Testing

/// `Fixtures/diff/old` and `Fixtures/diff/new`: two versions of a small API, one change per endpoint or type.
enum DiffFixture {
    static let folder = TestPaths.fixtures.appendingPathComponent("diff")

    static func model(_ version: String) throws -> APIModel {
        let sources = SpecFolder.sources(at: folder.appendingPathComponent(version), relativeTo: TestPaths.fixtures)
        let result = SpecCompiler().compile(sources)
        try #require(!result.hasErrors, "\(result.diagnostics.map(\.formatted))")
        return result.model
    }

    static func changes() throws -> [APIChange] {
        APIDiff(old: try model("old"), new: try model("new")).changes()
    }
}

@Suite("apigen diff: what changed, and whom it breaks")
struct APIDiffTests {
    /// Every change of the fixture, with its two verdicts: (subject, kind, wire, Swift source).
    @Test("Each kind of change is found once and judged on the wire and in Swift source")
    func verdicts() throws {
        let found = try DiffFixture.changes().map { "\($0.subject) \($0.kind) \($0.wire.rawValue) \($0.source.rawValue)" }
        #expect(found.sorted() == [
            "AttachDisk method-changed breaking compatible",
            "AttachDisk path-changed breaking compatible",
            "AttachDisk status-changed breaking compatible",
            "ClusterInventory type-added compatible additive",
            "Color enum-value-added compatible breaking",
            "CreateCluster endpoint-added compatible additive",
            "CreateZone inputs-reordered compatible breaking",
            "DeleteHost endpoint-removed breaking breaking",
            "GetZone deprecated compatible deprecation",
            "GetZone history-changed compatible compatible",
            "GetZone since-changed compatible compatible",
            "ErrorCode fields-reordered compatible breaking",
            "LegacyInfo type-removed compatible breaking",
            "ListTags auth-changed compatible compatible",
            "ListTags reply-field-added compatible additive",
            "ListTags reply-field-nullability-changed compatible compatible",
            "ListTags reply-field-removed compatible breaking",
            "QueryVolumes operation-renamed compatible breaking",
            "ResizeDisk input-retyped compatible breaking",  // Integer to Long: every old value is still valid
            "ResizeDisk reply-field-retyped breaking breaking",  // String to Integer
            "ResizeDisk reply-field-retyped compatible breaking",  // Long to Integer: old clients read it as Long
            "SetTags input-moved-into-wrapper breaking compatible",
            "SetTags input-moved-out-of-wrapper compatible compatible",
            "Shape type-kind-changed breaking breaking",
            "Speed enum-value-removed breaking breaking",  // Speed travels in requests: old clients may send it
            "StartVm execution-changed breaking additive",
            "StopVm deprecated compatible compatible",  // a field's deprecation is in its doc comment only
            "StopVm input-moved breaking compatible",
            "StopVm inputs-reordered compatible breaking",  // force (was a query parameter) now comes after type
            "StopVm wrapper-changed breaking compatible",
            "UpdateZone input-added compatible additive",
            "UpdateZone input-now-required breaking breaking",
            "UpdateZone input-removed compatible breaking",
            "ZoneInventory field-added compatible additive",
            "ZoneInventory field-removed compatible breaking",
            "ZoneInventory field-retyped breaking breaking",  // Integer to Long in a reply: an old client's int is 32 bits
        ].sorted())
    }

    @Test("Text output is one compiler-style line per change, at the new spec's position or the old one's")
    func text() throws {
        assertMatchesSnapshot(APIChangeReport(changes: try DiffFixture.changes()).text, at: "Fixtures/diff/expected.txt")
    }

    @Test("Markdown release notes group the changes by category, breaking changes first")
    func markdown() throws {
        let report = APIChangeReport(changes: try DiffFixture.changes())
        assertMatchesSnapshot(report.markdown(title: "apigen diff fixture API: changes since 1.0"), at: "Fixtures/diff/expected.md")
    }

    @Test("JSON output has every change with its verdicts, reasons and position")
    func json() throws {
        let report = APIChangeReport(changes: try DiffFixture.changes())
        assertMatchesSnapshot(try report.json(old: "diff/old", new: "diff/new"), at: "Fixtures/diff/expected.json")
    }

    @Test(
        "An API compared with itself has no changes, and comparing the other way round swaps additions and removals",
        arguments: ["FixtureAPI", "ZStackSDK"]
    )
    func symmetry(api: String) throws {
        let folder = api == "FixtureAPI"
            ? TestPaths.packageRoot.appendingPathComponent("Tests/FixtureAPI/specs")
            : TestPaths.packageRoot.appendingPathComponent("Examples/ZStackSDK/api-specs")
        let result = SpecCompiler().compile(SpecFolder.sources(at: folder, relativeTo: TestPaths.packageRoot))
        #expect(APIDiff(old: result.model, new: result.model).changes().isEmpty)
        let old = try DiffFixture.model("old")
        let new = try DiffFixture.model("new")
        let forward = APIDiff(old: old, new: new).changes()
        let backward = APIDiff(old: new, new: old).changes()
        let count = { (changes: [APIChange], kind: String) in changes.count { $0.kind == kind } }
        for (kind, opposite) in [("endpoint-added", "endpoint-removed"), ("type-added", "type-removed"),
                                 ("enum-value-added", "enum-value-removed"), ("input-added", "input-removed")] {
            #expect(count(forward, kind) == count(backward, opposite), "\(kind)")
        }
    }
}
