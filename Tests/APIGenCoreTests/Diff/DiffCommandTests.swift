import Foundation
import Testing

@Suite("apigen diff on the command line")
struct DiffCommandTests {
    private let fixtures = TestPaths.fixtures

    private func expected(_ name: String) throws -> String {
        try String(contentsOf: DiffFixture.folder.appendingPathComponent(name), encoding: .utf8)
    }

    @Test("Two folders: compiler-style lines on standard output, the counts on standard error, exit 0")
    func twoFolders() throws {
        let run = try CLIRunner.locate().run(["diff", "diff/old", "diff/new"], in: fixtures)
        #expect(run.exitCode == 0)
        let expectedText = try expected("expected.txt")
        #expect(run.standardOutput == expectedText)
        #expect(run.standardError == "apigen: 36 changes: 13 break the wire, 17 break Swift source\n")
    }

    @Test("--fail-on exits 1 when a change breaks what it names, and 0 when nothing does")
    func failOn() throws {
        let apigen = try CLIRunner.locate()
        #expect(try apigen.run(["diff", "diff/old", "diff/new", "--fail-on", "wire"], in: fixtures).exitCode == 1)
        #expect(try apigen.run(["diff", "diff/old", "diff/new", "--fail-on", "source"], in: fixtures).exitCode == 1)
        let same = try apigen.run(["diff", "diff/old", "diff/old", "--fail-on", "wire", "--fail-on", "source"], in: fixtures)
        #expect(same.exitCode == 0 && same.standardOutput.isEmpty)
        #expect(same.standardError == "apigen: 0 changes: 0 break the wire, 0 break Swift source\n")
    }

    @Test("JSON and Markdown output")
    func formats() throws {
        let apigen = try CLIRunner.locate()
        let json = try apigen.run(["diff", "diff/old", "diff/new", "--format", "json"], in: fixtures)
        let expectedJSON = try expected("expected.json")
        #expect(json.exitCode == 0 && json.standardOutput == expectedJSON)
        let markdown = try apigen.run(["diff", "diff/old", "diff/new", "--format", "markdown"], in: fixtures)
        let body = try expected("expected.md").split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false)[1]
        #expect(markdown.standardOutput == "# apigen diff fixture API: changes since diff/old\n" + body)
    }

    @Test("Specs that do not validate are reported, and nothing is compared (exit 2)")
    func invalidSpecs() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("apigen-diff-invalid-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.copyItem(at: DiffFixture.folder.appendingPathComponent("new"), to: folder)
        let broken = folder.appendingPathComponent("list-tags.yaml")
        try String(contentsOf: broken, encoding: .utf8).replacingOccurrences(of: "method: GET", with: "method: FETCH")
            .write(to: broken, atomically: true, encoding: .utf8)
        let run = try CLIRunner.locate().run(["diff", "diff/old", folder.path], in: fixtures)
        #expect(run.exitCode == 2 && run.standardOutput.isEmpty)
        #expect(run.standardError.contains("\(broken.path):9:11: error:"))
        #expect(run.standardError.contains("apigen: error: the specs of \(folder.path) do not validate; nothing was compared"))
    }

    @Test("--base REF compares the working tree's specs with the same folder at a git revision")
    func gitBase() throws {
        let repository = FileManager.default.temporaryDirectory.appendingPathComponent("apigen-diff-git-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: repository) }
        let specs = repository.appendingPathComponent("api/specs")
        try FileManager.default.createDirectory(at: specs.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: DiffFixture.folder.appendingPathComponent("old"), to: specs)
        for arguments in [["init", "-q"], ["add", "."], ["-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-q", "-m", "old"]] {
            #expect(try ToolRunner.run(["git"] + arguments, in: repository).status == 0)
        }
        try FileManager.default.removeItem(at: specs)
        try FileManager.default.copyItem(at: DiffFixture.folder.appendingPathComponent("new"), to: specs)

        let apigen = try CLIRunner.locate()
        let run = try apigen.run(["diff", "--base", "HEAD", "specs"], in: specs.deletingLastPathComponent())
        #expect(run.exitCode == 0)
        let lines = run.standardOutput.split(separator: "\n")
        #expect(lines.count == 36)
        // Something removed is at the old spec's position, named as git names it; the rest at the working tree's.
        #expect(lines.contains { $0.hasPrefix("HEAD:api/specs/delete-host.yaml:3:17: warning: DeleteHost: endpoint ") })
        #expect(lines.contains { $0.hasPrefix("specs/create-cluster.yaml:3:17: note: CreateCluster: new endpoint") })

        let unknown = try apigen.run(["diff", "--base", "no-such-ref", "specs"], in: specs.deletingLastPathComponent())
        #expect(unknown.exitCode == 2 && unknown.standardError == "apigen: error: no such revision: no-such-ref\n")
        let usage = try apigen.run(["diff", "diff/old"], in: fixtures)
        #expect(usage.exitCode == 2)
    }
}
