@testable import APIGenCore
import Foundation
import Testing

/// Which files `SpecSource.collect` reads from a spec folder.
@Suite("Spec collection")
struct SpecCollectionTests {
    /// A scratch folder holding `files` (relative paths), removed by `body`'s caller.
    private func folder(_ files: [String]) throws -> String {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("apigen-collect-\(UUID().uuidString)").path
        for file in files {
            let path = root + "/" + file
            try FileManager.default.createDirectory(
                atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try Data("apigen: 1\n".utf8).write(to: URL(fileURLWithPath: path))
        }
        return root
    }

    @Test("YAML files at every depth, sorted; hidden files and folders and other files left out")
    func yamlFilesBelowTheFolder() throws {
        let root = try folder([
            "api.yaml", "compute/vm/Start.yaml", "compute/vm/Stop.yml", "compute/README.md", "types/zone.yaml",
            ".hidden.yaml", ".git/config.yaml", "compute/.drafts/New.yaml", "notes.yaml.txt", "yaml", "compute/v.yml",
        ])
        defer { try? FileManager.default.removeItem(atPath: root) }
        let collected = SpecSource.collect([root + "/"])
        #expect(collected.errors == [])
        #expect(collected.sources.map { String($0.path.dropFirst(root.count + 1)) } == [
            "api.yaml", "compute/v.yml", "compute/vm/Start.yaml", "compute/vm/Stop.yml", "types/zone.yaml",
        ])
        #expect(collected.sources.allSatisfy { $0.bytes == Array("apigen: 1\n".utf8) })
    }

    @Test("A symbolic link to a spec file is read; one to a folder is not followed")
    func symbolicLinks() throws {
        let root = try folder(["specs/api.yaml", "elsewhere/Shared.yaml", "elsewhere/more/Deep.yaml"])
        defer { try? FileManager.default.removeItem(atPath: root) }
        try FileManager.default.createSymbolicLink(atPath: root + "/specs/Linked.yaml", withDestinationPath: root + "/elsewhere/Shared.yaml")
        try FileManager.default.createSymbolicLink(atPath: root + "/specs/more", withDestinationPath: root + "/elsewhere/more")
        let collected = SpecSource.collect([root + "/specs"])
        #expect(collected.errors == [])
        #expect(collected.sources.map(\.path) == [root + "/specs/Linked.yaml", root + "/specs/api.yaml"])
    }

    @Test("A folder that cannot be read is an error; the rest is still read", .enabled(if: getuid() != 0, "root reads any folder"))
    func unreadableFolder() throws {
        let root = try folder(["api.yaml", "locked/Secret.yaml"])
        defer {
            chmod(root + "/locked", 0o755)
            try? FileManager.default.removeItem(atPath: root)
        }
        chmod(root + "/locked", 0)
        let collected = SpecSource.collect([root])
        #expect(collected.errors == ["cannot read folder: \(root)/locked"])
        #expect(collected.sources.map(\.path) == [root + "/api.yaml"])
    }

    @Test("File names are matched on their bytes")
    func specFileNames() {
        func matches(_ name: String) -> Bool {
            Array(name.utf8).withUnsafeBufferPointer { SpecSource.isSpecFileName($0) }
        }
        #expect(matches("a.yaml") && matches("a.yml") && matches("版本.yaml") && matches("x.y.yml"))
        #expect(!matches("yaml") && !matches(".yml") && !matches("a.yaml~") && !matches("a.YAML") && !matches("a.json"))
    }
}
