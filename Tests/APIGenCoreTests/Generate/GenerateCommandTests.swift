import APIGenCore
import Foundation
import Testing

/// `apigen generate` as a build tool: it touches nothing it need not touch, loses nothing,
/// and fails loudly and precisely.
@Suite("apigen generate")
struct GenerateCommandTests {
    let apigen: CLIRunner

    init() throws { apigen = try CLIRunner.locate() }

    @Test("The checked-in generated output of this repository is current")
    func checkedInOutputIsCurrent() throws {
        let run = try apigen.run(["generate", "--check"], in: TestPaths.packageRoot)
        #expect(run.exitCode == 0, "\(run.standardOutput)\(run.standardError)")
        #expect(run.standardError.hasSuffix("apigen: generated output is current\n"))
    }

    @Test("A second generate rewrites nothing: same bytes, same modification times")
    func secondRunWritesNothing() throws {
        let project = try ScratchProject.make()
        defer { project.remove() }
        let first = try apigen.run(["generate"], in: project.root)
        #expect(first.exitCode == 0, "\(first.standardError)")
        let before = try project.snapshot(of: "out")
        #expect(before.keys.contains("client/Endpoints/UpdateGuestToolsState.swift"))
        #expect(before.keys.contains("docs/en/endpoints/UpdateGuestToolsState.md"))
        Thread.sleep(forTimeInterval: 0.05)

        let second = try apigen.run(["generate"], in: project.root)
        #expect(second.exitCode == 0)
        #expect(second.standardError.contains(" 0 changed"))
        let after = try project.snapshot(of: "out")
        #expect(after.keys.sorted() == before.keys.sorted())
        for (path, file) in before {
            #expect(after[path]?.bytes == file.bytes, "\(path) changed")
            #expect(after[path]?.modified == file.modified, "\(path) was rewritten")
        }
        let check = try apigen.run(["generate", "--check"], in: project.root)
        #expect(check.exitCode == 0)
    }

    @Test("Editing one description makes --check fail, naming exactly the affected files")
    func checkNamesStaleFiles() throws {
        let project = try ScratchProject.make()
        defer { project.remove() }
        #expect(try apigen.run(["generate"], in: project.root).exitCode == 0)
        try project.edit(
            "api-specs/compute/vm/update-guest-tools-state.yaml",
            replacing: "description: Virtual Machine VMTools version",
            with: "description: Version of the VM tools")

        let check = try apigen.run(["generate", "--check"], in: project.root)
        #expect(check.exitCode == 1)
        let stale = check.standardOutput.split(separator: "\n").filter { $0.hasPrefix("stale: ") || $0.hasPrefix("missing: ") || $0.hasPrefix("extra: ") }
        #expect(
            stale == [
                "stale: out/client/Types/GuestToolsStateInventory.swift",
                "stale: out/docs/en/endpoints/UpdateGuestToolsState.md",
                "stale: out/docs/en/types/GuestToolsStateInventory.md",
                "stale: out/docs/zh-CN/endpoints/UpdateGuestToolsState.md",
                "stale: out/docs/zh-CN/types/GuestToolsStateInventory.md",
            ])
        #expect(check.standardOutput.contains("-    /// Virtual Machine VMTools version\n+    /// Version of the VM tools\n"))
        #expect(check.standardError.contains("5 generated files are not current"))
        // --check writes nothing.
        #expect(try project.read("out/client/Types/GuestToolsStateInventory.swift").contains("Virtual Machine VMTools version"))
    }

    @Test("A run that fails validation leaves the previous output byte-identical")
    func failedRunWritesNothing() throws {
        let project = try ScratchProject.make()
        defer { project.remove() }
        #expect(try apigen.run(["generate"], in: project.root).exitCode == 0)
        let before = try project.snapshot(of: "out")
        // One harmless edit that would change output, and one error.
        try project.edit("api-specs/compute/vm/update-guest-tools-state.yaml", replacing: "title: Update Guest Tools State", with: "title: Changed")
        try project.edit("api-specs/compute/vm/update-guest-tools-state.yaml", replacing: "method: PUT", with: "method: PUTT")

        let run = try apigen.run(["generate"], in: project.root)
        #expect(run.exitCode == 1)
        #expect(run.standardError.contains("update-guest-tools-state.yaml:11:11: error: invalid method 'PUTT'"))
        #expect(run.standardError.contains("apigen: nothing was written"))
        let after = try project.snapshot(of: "out")
        #expect(after.keys.sorted() == before.keys.sorted())
        for (path, file) in before {
            #expect(after[path]?.bytes == file.bytes, "\(path) changed")
            #expect(after[path]?.modified == file.modified, "\(path) was touched")
        }
    }

    @Test("A file from a removed spec is deleted; a hand-added file is kept")
    func staleFilesAreRemovedHandFilesKept() throws {
        let project = try ScratchProject.make()
        defer { project.remove() }
        #expect(try apigen.run(["generate"], in: project.root).exitCode == 0)
        try project.write("out/client/Endpoints/HandWritten.swift", "// mine\n")
        try project.write("out/client/Extensions/ErrorCode+Mine.swift", "// mine too\n")
        try FileManager.default.removeItem(at: project.url("api-specs/compute/vm/update-guest-tools-state.yaml"))

        let dryRun = try apigen.run(["generate", "--dry-run"], in: project.root)
        #expect(dryRun.standardOutput.contains("delete out/client/Endpoints/UpdateGuestToolsState.swift\n"))
        #expect(!dryRun.standardOutput.contains("HandWritten"))
        #expect(FileManager.default.fileExists(atPath: project.url("out/client/Endpoints/UpdateGuestToolsState.swift").path))

        let run = try apigen.run(["generate"], in: project.root)
        #expect(run.exitCode == 0, "\(run.standardError)")
        let files = try project.snapshot(of: "out").keys
        #expect(!files.contains("client/Endpoints/UpdateGuestToolsState.swift"))
        #expect(!files.contains("client/Types/GuestToolsStateInventory.swift"))
        #expect(!files.contains("docs/en/endpoints/UpdateGuestToolsState.md"))
        #expect(files.contains("client/Types/ErrorCode.swift"))
        #expect(try project.read("out/client/Endpoints/HandWritten.swift") == "// mine\n")
        #expect(try project.read("out/client/Extensions/ErrorCode+Mine.swift") == "// mine too\n")
        #expect(!(try project.read("out/client/.apigen-manifest")).contains("UpdateGuestToolsState"))
    }

    @Test("Names that try to leave the output folder write nothing anywhere")
    func pathTraversalWritesNothing() throws {
        let project = try ScratchProject.make()
        defer { project.remove() }
        try project.write(
            "api-specs/escape.yaml",
            """
            apigen: 1
            endpoint:
              operation-id: ../../x
              title: Escape
              method: GET
              path: /x
              response:
                fields:
                  thing: {type: ../../Evil, fields: {a: {type: String}}}

            """)
        let run = try apigen.run(["generate"], in: project.root)
        #expect(run.exitCode == 1)
        #expect(run.standardError.contains("api-specs/escape.yaml:3:17: error: operation id '../../x' must be an UpperCamel identifier"))
        #expect(!FileManager.default.fileExists(atPath: project.url("out").path))
        #expect(!FileManager.default.fileExists(atPath: project.root.deletingLastPathComponent().appendingPathComponent("x").path))
        #expect(!FileManager.default.fileExists(atPath: project.root.deletingLastPathComponent().appendingPathComponent("Evil.swift").path))
    }

    @Test("The dependency file drives a real make: a touched spec regenerates, nothing touched does nothing")
    func depfileWithMake() throws {
        let project = try ScratchProject.make()
        defer { project.remove() }
        try project.write(
            "Makefile",
            """
            generated.stamp:
            \t\(apigen.executable.path) generate --depfile generated.d --depfile-target generated.stamp
            \ttouch generated.stamp

            -include generated.d

            """)
        let first = try Self.make(in: project.root)
        #expect(first.status == 0, "\(first.output)")
        #expect(first.output.contains("generate --depfile"))
        let depfile = try project.read("generated.d")
        #expect(depfile.hasPrefix("generated.stamp: \\\n  api-specs/api.yaml \\\n"))
        #expect(depfile.contains("  api-specs/compute/vm/update-guest-tools-state.yaml"))

        let idle = try Self.make(in: project.root)
        #expect(idle.status == 0)
        #expect(idle.output.contains("'generated.stamp' is up to date"), "\(idle.output)")

        Thread.sleep(forTimeInterval: 1.1)  // make compares whole-second times on some file systems
        let spec = project.url("api-specs/types/error-code.yaml")
        try FileManager.default.setAttributes([.modificationDate: Date()], ofItemAtPath: spec.path)
        let rerun = try Self.make(in: project.root)
        #expect(rerun.output.contains("generate --depfile"), "\(rerun.output)")
        let idleAgain = try Self.make(in: project.root)
        #expect(idleAgain.output.contains("'generated.stamp' is up to date"))
    }

    /// Runs `make` in `folder`.
    static func make(in folder: URL) throws -> (status: Int32, output: String) {
        try ToolRunner.run(["make"], in: folder)
    }
}

extension GenerateCommandTests {
    @Test("The bytes are identical whatever the parallelism")
    func parallelismDoesNotChangeOutput() throws {
        let project = try ScratchProject.make()
        defer { project.remove() }
        try FileManager.default.copyItem(
            at: TestPaths.packageRoot.appendingPathComponent("Tests/FixtureAPI/specs"), to: project.url("api-specs/fixture"))
        // The fixture API brings its own `api:` block and ErrorCode; keep the repository's.
        try FileManager.default.removeItem(at: project.url("api-specs/fixture/api.yaml"))
        try FileManager.default.removeItem(at: project.url("api-specs/fixture/error-code.yaml"))
        var outputs: [String: [String: (bytes: Data, modified: Date)]] = [:]
        for jobs in ["1", "2", "7"] {
            let run = try apigen.run(["generate", "--output", "out-\(jobs)", "--jobs", jobs], in: project.root)
            #expect(run.exitCode == 0, "\(run.standardError)")
            outputs[jobs] = try project.snapshot(of: "out-\(jobs)")
        }
        let reference = try #require(outputs["1"])
        #expect(reference.count > 40)
        for jobs in ["2", "7"] {
            let other = try #require(outputs[jobs])
            #expect(other.keys.sorted() == reference.keys.sorted())
            for (path, file) in reference { #expect(other[path]?.bytes == file.bytes, "\(path) differs with --jobs \(jobs)") }
        }
    }
}

extension GenerateCommandTests {
    @Test("The per-spec-file layout gives every spec file its own Swift file, named from its path")
    func perSpecFileLayout() throws {
        let project = try ScratchProject.make()
        defer { project.remove() }
        let run = try apigen.run(
            ["generate", "--output", "out", "--emitter", "swift-client", "--layout", "per-spec-file"], in: project.root)
        #expect(run.exitCode == 0, "\(run.standardError)")
        let files = try project.snapshot(of: "out/swift-client").keys.filter { !$0.hasPrefix(".") }.sorted()
        #expect(files == ["APIGenRuntime.swift", "api.swift", "compute.vm.update-guest-tools-state.swift", "types.error-code.swift"])
        let endpoint = try project.read("out/swift-client/compute.vm.update-guest-tools-state.swift")
        #expect(endpoint.hasPrefix("// Generated by apigen from compute/vm/update-guest-tools-state.yaml. Do not edit.\n\npublic import Foundation\nimport HTTPTypes\n\n"))
        #expect(endpoint.contains("public nonisolated enum UpdateGuestToolsState {"))
        #expect(endpoint.contains("public nonisolated final class GuestToolsStateInventory: Codable, Sendable, Hashable {"))
        #expect(try project.read("out/swift-client/api.swift") == "// Generated by apigen from api.yaml. Do not edit.\n")
    }
}

@Suite("apigen generate --modules")
struct GenerateModulesCommandTests {
    let apigen: CLIRunner

    init() throws { apigen = try CLIRunner.locate() }

    @Test("--modules per-category writes each module's folder and MODULES.md; switching back removes them")
    func splitAndBack() throws {
        let project = try ScratchProject.make()
        defer { project.remove() }
        let split = try apigen.run(
            ["generate", "--specs", "api-specs", "--output", "out", "--emitter", "swift-client", "--module", "ZStackClient", "--modules", "per-category"],
            in: project.root)
        #expect(split.exitCode == 0, "\(split.standardError)")
        let files = try project.snapshot(of: "out/swift-client").keys.sorted()
        #expect(files.contains("ZStackClientCore/Client/ZStackClient.swift"))
        #expect(files.contains("ZStackClientCore/Types/ErrorCode.swift"))
        #expect(files.contains("ZStackClientComputeManagement/Endpoints/UpdateGuestToolsState.swift"))
        #expect(files.contains("ZStackClientComputeManagement/Types/GuestToolsStateInventory.swift"))
        #expect(files.contains("ZStackClient/ZStackClient.swift"))
        #expect(files.contains("MODULES.md"))

        let single = try apigen.run(
            ["generate", "--specs", "api-specs", "--output", "out", "--emitter", "swift-client", "--module", "ZStackClient"], in: project.root)
        #expect(single.exitCode == 0, "\(single.standardError)")
        let after = try project.snapshot(of: "out/swift-client").keys
        #expect(after.contains("Client/ZStackClient.swift"))
        #expect(!after.contains { $0.hasPrefix("ZStackClientCore/") || $0 == "MODULES.md" })
        #expect(!FileManager.default.fileExists(atPath: project.url("out/swift-client/ZStackClientCore").path), "emptied module folders go too")
    }

    @Test("--modules per-category with an access level other than public is a usage error naming the output")
    func needsPublicAccess() throws {
        let project = try ScratchProject.make()
        defer { project.remove() }
        let run = try apigen.run(
            ["generate", "--specs", "api-specs", "--output", "out", "--emitter", "swift-client", "--modules", "per-category", "--access", "package"],
            in: project.root)
        #expect(run.exitCode == 2)
        #expect(
            run.standardError.hasPrefix(
                "Error: out/swift-client: 'modules: per-category' needs 'access: public': the category modules and the umbrella module use each other's declarations\n"))
        #expect(!FileManager.default.fileExists(atPath: project.url("out").path))
    }
}
