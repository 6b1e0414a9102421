import Foundation
import Testing

@testable import APIGenCore

/// `apigen import zstack-doc` on the miniature checkout in `Fixtures/zstack-checkout`, which has
/// each construct of the documentation DSL and of the Java declarations the importer reads.
@Suite("ZStack documentation import")
struct ZStackDocImportTests {
    static let checkout = TestPaths.fixtures.appendingPathComponent("zstack-checkout").path

    static func importFixture() -> ZStackDocImport.Result {
        ZStackDocImport.run(checkout: checkout, displayPath: "zstack-checkout")
    }

    @Test("Every imported spec file, byte for byte")
    func importedFiles() {
        let result = Self.importFixture()
        #expect(result.files.map(\.path) == [
            "api.yaml",
            "header/identity/log-in-by-account.yaml",
            "header/vm/get-vm-console-address.yaml",
            "header/vm/query-vm-instance-by-uuid.yaml",
            "header/vm/query-vm-instance.yaml",
            "header/vm/start-vm-instance.yaml",
            "network/service/eip/create-eip.yaml",
            "types/header/errorcode/error-code.yaml",
            "types/header/vm/vm-instance-inventory.yaml",
            "types/header/vm/vm-instance-state.yaml",
            "types/header/vm/vm-nic-inventory.yaml",
            "types/network/service/eip/eip-inventory.yaml",
        ])
        for file in result.files {
            assertMatchesSnapshot(file.text, at: "__Snapshots__/ZStackDocImport/" + file.path)
        }
    }

    @Test("What cannot be mapped is a warning at its file:line:column, and the summary counts them by kind")
    func warningsAndSummary() {
        let result = Self.importFixture()
        let lines = result.diagnostics.map(\.formatted) + [result.summary.text]
        assertMatchesSnapshot(lines.joined(separator: "\n"), at: "__Snapshots__/ZStackDocImport/diagnostics.txt")
        #expect(result.diagnostics.allSatisfy { $0.severity == .warning })
        #expect(result.summary.endpoints == 6 && result.summary.types == 5 && result.summary.apiPages == 5)
    }

    @Test("The imported specs validate with no error and no warning")
    func importedSpecsValidate() {
        let result = Self.importFixture()
        let sources = result.files.map { SpecSource(path: $0.path, bytes: Array($0.text.utf8)) }
        let compiled = SpecCompiler().compile(sources)
        #expect(compiled.diagnostics.map(\.formatted) == [])
    }

    @Test("The same checkout gives the same bytes")
    func deterministic() {
        let first = Self.importFixture(), second = Self.importFixture()
        #expect(first.files.map(\.path) == second.files.map(\.path))
        #expect(first.files.map(\.text) == second.files.map(\.text))
        #expect(first.summary == second.summary)
    }

    @Test("With a schema, every file names it for editors, relative to the file")
    func schemaLine() throws {
        let result = ZStackDocImport.run(checkout: Self.checkout, displayPath: "zstack-checkout", schema: "../schema/apigen-spec.schema.json")
        let api = try #require(result.files.first { $0.path == "api.yaml" })
        #expect(api.text.hasPrefix("# yaml-language-server: $schema=../schema/apigen-spec.schema.json\n# Imported by"))
        let type = try #require(result.files.first { $0.path == "types/header/vm/vm-nic-inventory.yaml" })
        #expect(type.text.hasPrefix("# yaml-language-server: $schema=../../../../schema/apigen-spec.schema.json\n# Imported by"))
        for (named, plain) in zip(result.files, Self.importFixture().files) {
            let prefix = String(repeating: "../", count: plain.path.count { $0 == "/" })
            #expect(named.text == "# yaml-language-server: $schema=\(prefix)../schema/apigen-spec.schema.json\n" + plain.text)
        }
    }

    @Test("A folder with no documentation is an error")
    func noDocumentation() throws {
        let empty = FileManager.default.temporaryDirectory.appendingPathComponent("apigen-empty-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: empty) }
        let result = ZStackDocImport.run(checkout: empty.path, displayPath: "empty")
        #expect(result.files.isEmpty)
        #expect(result.diagnostics.map(\.formatted) == [
            "empty:1:1: error: 'empty' holds no *Doc_zh_cn.groovy file; give the root of a checkout of zstackio/zstack"
        ])
    }
}

/// Operation ids and file names.
@Suite("ZStack documentation import: names")
struct ZStackDocImportNameTests {
    @Test("Kebab-case file names keep acronyms and their plurals whole", arguments: [
        ("StartVmInstance", "start-vm-instance"), ("GetSupportAPIs", "get-support-apis"), ("APIKey", "api-key"),
        ("AddIpv6Range", "add-ipv6-range"), ("QueryL2VlanNetwork", "query-l2-vlan-network"), ("GetVMs", "get-vms"),
    ])
    func kebabCase(name: String, expected: String) {
        #expect(ZStackDocImport.kebabCase(name) == expected)
    }
}
