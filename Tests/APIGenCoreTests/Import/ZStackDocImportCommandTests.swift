import Foundation
import Testing

/// `apigen import zstack-doc` as a maintainer runs it: what it prints, what it writes, and that a
/// failed run leaves the previous output as it was.
@Suite("apigen import zstack-doc")
struct ZStackDocImportCommandTests {
    let cli: CLIRunner
    let folder: URL

    init() throws {
        cli = try CLIRunner.locate()
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("apigen-import-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try FileManager.default.copyItem(
            at: TestPaths.fixtures.appendingPathComponent("zstack-checkout"), to: folder.appendingPathComponent("zstack"))
    }

    private func files(in path: String) throws -> [String: Data] {
        let base = folder.appendingPathComponent(path)
        var result: [String: Data] = [:]
        for case let relative as String in FileManager.default.enumerator(atPath: base.path)?.allObjects ?? [] {
            var isFolder: ObjCBool = false
            let url = base.appendingPathComponent(relative)
            if FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), !isFolder.boolValue {
                result[relative] = try Data(contentsOf: url)
            }
        }
        return result
    }

    @Test("Imports, then a second run changes nothing and --check passes")
    func importTwice() throws {
        let first = try cli.run(["import", "zstack-doc", "zstack", "--output", "specs"], in: folder)
        #expect(first.exitCode == 0)
        #expect(first.standardError.hasSuffix(
            "apigen: read 14 documentation files (5 API pages); wrote 6 endpoints and 5 types; 9 warnings: "
                + "2 zstack-map-with-unknown-value-type, 2 zstack-undocumented-path-parameter, 1 zstack-class-without-doc, "
                + "1 zstack-list-without-element-type, 1 zstack-page-without-response, 1 zstack-several-urls, "
                + "1 zstack-unknown-type; 12 files changed in specs\n"))
        #expect(first.standardError.contains(
            "zstack/header/src/main/java/org/zstack/header/vm/APIQueryVmInstanceMsgDoc_zh_cn.groovy:16:4: warning: the page lists 2 URLs; "
                + "each is imported as an endpoint of its own: QueryVmInstance, QueryVmInstanceByUuid\n"))
        let written = try files(in: "specs")
        #expect(written.count == 13)  // 12 specs and the manifest

        let second = try cli.run(["import", "zstack-doc", "zstack", "--output", "specs"], in: folder)
        #expect(second.exitCode == 0)
        #expect(second.standardError.hasSuffix("; 0 files changed in specs\n"))
        #expect(try files(in: "specs") == written)

        let check = try cli.run(["import", "zstack-doc", "zstack", "--output", "specs", "--check"], in: folder)
        #expect(check.exitCode == 0)
        #expect(check.standardError.hasSuffix("apigen: the imported specs are current\n"))

        let validate = try cli.run(["validate", "specs"], in: folder)
        #expect(validate.exitCode == 0 && validate.standardError == "12 spec files checked: no problems\n")
    }

    @Test("--schema names apigen's JSON Schema in every file, relative to it")
    func schemaOption() throws {
        let run = try cli.run(["import", "zstack-doc", "zstack", "--output", "out/specs", "--schema", "schema.json"], in: folder)
        #expect(run.exitCode == 0)
        let spec = try String(contentsOf: folder.appendingPathComponent("out/specs/header/vm/start-vm-instance.yaml"), encoding: .utf8)
        #expect(spec.hasPrefix("# yaml-language-server: $schema=../../../../schema.json\n"))
    }

    @Test("A documentation file that does not read is an error at its line and column, and nothing is written")
    func brokenFileWritesNothing() throws {
        #expect(try cli.run(["import", "zstack-doc", "zstack", "--output", "specs"], in: folder).exitCode == 0)
        let before = try files(in: "specs")
        let broken = "zstack/header/src/main/java/org/zstack/header/vm/APIBrokenMsgDoc_zh_cn.groovy"
        try Data("doc {\n    title \"unterminated\n}\n".utf8).write(to: folder.appendingPathComponent(broken))
        try Data("doc {\n    title \"云主机\"\n}\n".utf8).write(
            to: folder.appendingPathComponent("zstack/header/src/main/java/org/zstack/header/vm/VmNicInventoryDoc_zh_cn.groovy"))

        let run = try cli.run(["import", "zstack-doc", "zstack", "--output", "specs"], in: folder)
        #expect(run.exitCode == 1)
        #expect(run.standardError == "\(broken):2:11: error: the string does not end; only a string in triple quotes may span lines\napigen: nothing was written\n")
        #expect(try files(in: "specs") == before)
    }

    @Test("--check reports a spec that is not what an import writes")
    func checkFindsEdits() throws {
        #expect(try cli.run(["import", "zstack-doc", "zstack", "--output", "specs"], in: folder).exitCode == 0)
        let spec = folder.appendingPathComponent("specs/header/vm/start-vm-instance.yaml")
        let text = try String(contentsOf: spec, encoding: .utf8)
        try Data(text.replacingOccurrences(of: "启动一个云主机", with: "edited").utf8).write(to: spec)
        let check = try cli.run(["import", "zstack-doc", "zstack", "--output", "specs", "--check"], in: folder)
        #expect(check.exitCode == 1)
        #expect(check.standardOutput.hasPrefix("update: specs/header/vm/start-vm-instance.yaml\n"))
        #expect(check.standardError.hasSuffix("apigen: 1 imported file is not current; run 'apigen import zstack-doc'\n"))
    }
}
