import APIGenCore
import Foundation
import Testing

/// The Swift source verdicts of `apigen diff`, checked by the compiler: the fixture's old and new versions are
/// generated as client modules, and code written against the old one is compiled against both. A change judged
/// breaking must compile against the old module and fail against the new one; an additive or compatible one must
/// compile against both without a warning; a deprecation must compile against both, with a deprecation warning
/// against the new one.
@Suite("apigen diff's Swift source verdicts agree with the compiler", .serialized)
struct DiffSourceVerdictTests {
    /// Code written against the old client, using what each change touches: (subject, kind, code).
    static let uses: [(subject: String, kind: String, code: String)] = [
        ("UpdateZone", "input-now-required", #"_ = UpdateZone.Request(uuid: "z")"#),
        ("UpdateZone", "input-added", #"_ = UpdateZone.Request(uuid: "z", name: "n")"#),
        ("UpdateZone", "input-removed", #"_ = UpdateZone.Request(uuid: "z", name: "n", description: "d")"#),
        ("CreateZone", "inputs-reordered", #"_ = CreateZone.Request(name: "n", kind: "k")"#),
        ("StopVm", "inputs-reordered", #"_ = StopVm.Request(uuid: "v", force: true, type: "t")"#),
        ("StopVm", "input-moved", #"_ = StopVm.Request(uuid: "v", force: true)"#),
        ("StopVm", "wrapper-changed", #"_ = StopVm.Request(uuid: "v")"#),
        ("ResizeDisk", "input-retyped", #"let size: Int = 1; _ = ResizeDisk.Request(uuid: "d", size: size)"#),
        ("ListTags", "reply-field-removed", "func total(_ reply: ListTags.Response) -> Int64? { reply.total }"),
        ("ListTags", "reply-field-added", #"_ = ListTags.Response(tags: ["a"])"#),
        ("ListTags", "auth-changed", "_ = ListTags.operation"),
        ("Color", "enum-value-added", """
            func number(_ color: Color) -> Int {
                switch color {
                case .red: 1
                case .blue: 2
                case .undocumented: 3
                }
            }
            """),
        ("Speed", "enum-value-removed", "_ = Speed.fast"),
        ("QueryVolumes", "operation-renamed", "_ = QueryVolume.Request()"),
        ("DeleteHost", "endpoint-removed", #"_ = DeleteHost.Request(uuid: "h")"#),
        ("CreateCluster", "endpoint-added", "_ = ListTags.Response()"),
        ("GetZone", "deprecated", #"func get(_ client: DiffedClient) async throws { _ = try await client.getZone(uuid: "z") }"#),
        ("StartVm", "execution-changed", #"func start(_ client: DiffedClient) async throws { _ = try await client.startVm(uuid: "v") }"#),
        ("AttachDisk", "path-changed", #"_ = AttachDisk.Request(diskUuid: "d", vmUuid: "v")"#),
        ("Shape", "type-kind-changed", "_ = Shape(sides: 3)"),
        ("ZoneInventory", "field-removed", #"_ = ZoneInventory(zoneType: "t")"#),
        ("ZoneInventory", "field-added", #"_ = ZoneInventory(uuid: "u", name: "n")"#),
        ("ZoneInventory", "field-retyped", "let ordinal: Int = 1; _ = ZoneInventory(ordinal: ordinal)"),
        ("LegacyInfo", "type-removed", "_ = LegacyInfo()"),
        ("ClusterInventory", "type-added", #"_ = ZoneInventory(uuid: "u")"#),
        ("ErrorCode", "fields-reordered", #"_ = ErrorCode(code: "c", details: "d")"#),
        ("StopVm", "deprecated", "func how(_ request: StopVm.Request) -> String? { request.type }"),
        ("SetTags", "input-moved-out-of-wrapper", #"_ = SetTags.Request(resourceUuid: "r", userTags: ["u"])"#),
        ("AttachDisk", "status-changed", "_ = AttachDisk.operation"),
        ("ListTags", "reply-field-nullability-changed", "func tags(_ reply: ListTags.Response) -> [String]? { reply.tags }"),
    ]

    @Test("Code that uses what a change touches compiles, fails or warns against the new client as the verdict says")
    func verdictsAgreeWithTheCompiler() throws {
        let changes = try DiffFixture.changes()
        let compiler = try ClientCompiler()
        defer { compiler.remove() }
        let old = try compiler.module(from: "old")
        let new = try compiler.module(from: "new")
        // Every snippet compiles against the old client, all at once.
        let together = Self.uses.enumerated().map { "func use\($0.offset)() async throws {\n\($0.element.code)\n}" }
        let againstOld = try compiler.typecheck(together.joined(separator: "\n"), against: old)
        #expect(againstOld.status == 0 && againstOld.output.isEmpty, "\(againstOld.output)")

        for use in Self.uses {
            let change = try #require(
                changes.first { $0.subject == use.subject && $0.kind == use.kind }, "no \(use.kind) of \(use.subject)")
            let result = try compiler.typecheck("func use() async throws {\n\(use.code)\n}", against: new)
            let what = "\(use.subject) \(use.kind), judged \(change.source.rawValue): \(result.output)"
            switch change.source {
            case .breaking:
                #expect(result.status != 0 && result.output.contains("error:"), "\(what)")
            case .deprecation:
                #expect(result.status == 0 && result.output.contains("deprecated"), "\(what)")
            case .additive, .compatible:
                #expect(result.status == 0 && !result.output.contains("warning:"), "\(what)")
            }
        }
        #expect(Set(Self.uses.map(\.kind)).count >= 20)
    }
}

/// Generates the diff fixture's clients with the built apigen and compiles them into modules with swiftc, against
/// the swift-openapi-runtime and swift-http-types modules of this package's build.
private struct ClientCompiler {
    let scratch: URL
    let apigen: CLIRunner
    let modules: URL

    init() throws {
        apigen = try CLIRunner.locate()
        modules = apigen.executable.deletingLastPathComponent().appendingPathComponent("Modules")
        scratch = FileManager.default.temporaryDirectory.appendingPathComponent("apigen-diff-verdicts-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
    }

    func remove() {
        try? FileManager.default.removeItem(at: scratch)
    }

    /// The folder holding the `Diffed` module built from the fixture's `version`.
    func module(from version: String) throws -> URL {
        let folder = scratch.appendingPathComponent(version)
        let specs = DiffFixture.folder.appendingPathComponent(version).path
        let generated = try apigen.run(
            ["generate", "--specs", specs, "--output", folder.path, "--emitter", "swift-client", "--module", "Diffed",
             "--access", "public", "--no-cache"], in: scratch)
        try #require(generated.exitCode == 0, "\(generated.standardError)")
        let sources = try FileManager.default.subpathsOfDirectory(atPath: folder.appendingPathComponent("swift-client").path)
            .filter { $0.hasSuffix(".swift") }.sorted().map { folder.appendingPathComponent("swift-client").appendingPathComponent($0).path }
        let built = try Self.swiftc(
            ["-emit-module", "-parse-as-library", "-swift-version", "6", "-module-name", "Diffed", "-I", modules.path,
             "-emit-module-path", folder.appendingPathComponent("Diffed.swiftmodule").path] + sources)
        try #require(built.status == 0, "\(built.output)")
        return folder
    }

    /// Type-checks `code`, after `import Diffed`, against the module in `folder`.
    func typecheck(_ code: String, against folder: URL) throws -> (status: Int32, output: String) {
        let file = folder.appendingPathComponent("Use.swift")
        try ("import Diffed\n\n" + code + "\n").write(to: file, atomically: true, encoding: .utf8)
        return try Self.swiftc(["-typecheck", "-swift-version", "6", "-I", folder.path, "-I", modules.path, file.path])
    }

    private static func swiftc(_ arguments: [String]) throws -> (status: Int32, output: String) {
        try ToolRunner.run(["swiftc"] + arguments)
    }
}
