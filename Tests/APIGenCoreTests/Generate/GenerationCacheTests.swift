@testable import APIGenCore
import Foundation
import Testing

/// `apigen generate` remembers each output's inputs and files, and skips rendering when
/// nothing changed; anything that did change renders as before.
@Suite("Generation cache")
struct GenerationCacheTests {
    let apigen: CLIRunner

    init() throws { apigen = try CLIRunner.locate() }

    static let skipped = "(nothing changed since the last run: nothing rendered)"

    @Test("A run with nothing changed renders nothing, writes nothing, and says so")
    func unchangedRunIsSkipped() throws {
        let project = try ScratchProject.make()
        defer { project.remove() }
        let first = try apigen.run(["generate"], in: project.root)
        #expect(first.exitCode == 0, "\(first.standardError)")
        #expect(!first.standardError.contains(Self.skipped))
        let before = try project.snapshot(of: "out")

        let second = try apigen.run(["generate"], in: project.root)
        #expect(second.exitCode == 0)
        #expect(second.standardError.hasSuffix(" 0 changed \(Self.skipped)\n"), "\(second.standardError)")
        let after = try project.snapshot(of: "out")
        #expect(after.keys.sorted() == before.keys.sorted())
        for (path, file) in before {
            #expect(after[path]?.bytes == file.bytes && after[path]?.modified == file.modified, "\(path) was rewritten")
        }
        // The same run without the cache agrees that nothing changed.
        let uncached = try apigen.run(["generate", "--no-cache"], in: project.root)
        #expect(uncached.standardError.hasSuffix(" 0 changed\n"), "\(uncached.standardError)")
    }

    @Test("An edited, deleted or replaced generated file is noticed and generated again")
    func touchedOutputIsRegenerated() throws {
        let project = try ScratchProject.make()
        defer { project.remove() }
        #expect(try apigen.run(["generate"], in: project.root).exitCode == 0)
        let endpoint = "out/client/Endpoints/UpdateGuestToolsState.swift"
        let page = "out/docs/en/endpoints/UpdateGuestToolsState.md"
        let original = try project.read(endpoint)
        let originalPage = try project.read(page)

        // Same size, other bytes: the modification time gives it away.
        try project.write(endpoint, String(original.reversed()))
        try FileManager.default.removeItem(at: project.url(page))
        let run = try apigen.run(["generate"], in: project.root)
        #expect(run.standardError.hasSuffix(" 2 changed\n"), "\(run.standardError)")
        #expect(try project.read(endpoint) == original)
        #expect(try project.read(page) == originalPage)
        #expect(try apigen.run(["generate"], in: project.root).standardError.contains(Self.skipped))
    }

    @Test("A changed spec, template or option renders again")
    func changedInputsRender() throws {
        let project = try ScratchProject.make()
        defer { project.remove() }
        #expect(try apigen.run(["generate"], in: project.root).exitCode == 0)

        try project.edit(
            "api-specs/compute/vm/update-guest-tools-state.yaml", replacing: "description: Virtual Machine UUID}",
            with: "description: The VM's UUID}")
        let specRun = try apigen.run(["generate"], in: project.root)
        #expect(!specRun.standardError.contains(Self.skipped))
        #expect(try project.read("out/client/Endpoints/UpdateGuestToolsState.swift").contains("The VM's UUID"))

        try project.write("my-templates/markdown/readme.mustache", "{{% CONTENT_TYPE: TEXT}}\n# Mine: {{title}}\n")
        let templateRun = try apigen.run(["generate", "--templates", "my-templates"], in: project.root)
        #expect(templateRun.standardError.contains(", 1 changed\n"), "\(templateRun.standardError)")
        #expect(try project.read("out/docs/README.md").hasPrefix("# Mine: "))
        try project.write("my-templates/markdown/readme.mustache", "{{% CONTENT_TYPE: TEXT}}\n# Yours: {{title}}\n")
        #expect(try apigen.run(["generate", "--templates", "my-templates"], in: project.root).standardError.contains(", 1 changed\n"))

        let layoutRun = try apigen.run(["generate", "--templates", "my-templates", "--layout", "per-spec-file"], in: project.root)
        #expect(!layoutRun.standardError.contains(Self.skipped), "\(layoutRun.standardError)")
        #expect(FileManager.default.fileExists(atPath: project.url("out/client/compute.vm.update-guest-tools-state.swift").path))
    }

    @Test("--check renders, whatever the cache says")
    func checkIgnoresTheCache() throws {
        let project = try ScratchProject.make()
        defer { project.remove() }
        #expect(try apigen.run(["generate"], in: project.root).exitCode == 0)
        // An edit that keeps the size and the modification time fools the cache, not --check.
        let endpoint = project.url("out/client/Endpoints/UpdateGuestToolsState.swift")
        let modified = try FileManager.default.attributesOfItem(atPath: endpoint.path)[.modificationDate] as? Date
        let text = try project.read("out/client/Endpoints/UpdateGuestToolsState.swift")
        let edited = text.replacingOccurrences(of: "Virtual Machine UUID", with: "Virtual Machine UUIX")
        #expect(edited != text && edited.utf8.count == text.utf8.count)
        var handle = try FileHandle(forWritingTo: endpoint)
        try handle.write(contentsOf: Data(edited.utf8))
        try handle.close()
        try FileManager.default.setAttributes([.modificationDate: modified as Any], ofItemAtPath: endpoint.path)
        handle = try FileHandle(forReadingFrom: endpoint)
        try handle.close()

        let check = try apigen.run(["generate", "--check"], in: project.root)
        #expect(check.exitCode == 1)
        #expect(check.standardOutput.contains("stale: out/client/Endpoints/UpdateGuestToolsState.swift"), "\(check.standardOutput)")
        #expect(try apigen.run(["generate", "--no-cache"], in: project.root).standardError.hasSuffix(" 1 changed\n"))
    }

    @Test("A run with warnings is not remembered: the next run prints them again")
    func warningsAreNotCached() throws {
        let project = try ScratchProject.make()
        defer { project.remove() }
        try project.write("api-specs/empty.yaml", "apigen: 1\n")
        let first = try apigen.run(["generate"], in: project.root)
        #expect(first.exitCode == 0)
        #expect(first.standardError.contains("api-specs/empty.yaml:1:1: warning: "), "\(first.standardError)")
        let second = try apigen.run(["generate"], in: project.root)
        #expect(second.standardError.contains("api-specs/empty.yaml:1:1: warning: "), "\(second.standardError)")
        #expect(!second.standardError.contains(Self.skipped))
    }

    @Test("A cache that cannot be written is no error: every run renders")
    func unwritableCache() throws {
        let project = try ScratchProject.make()
        defer { project.remove() }
        try project.write("not-a-folder", "a file where the cache folder would go\n")
        let environment = ["APIGEN_CACHE_DIR": project.url("not-a-folder/cache").path]
        for _ in 0..<2 {
            let run = try apigen.run(["generate"], in: project.root, environment: environment)
            #expect(run.exitCode == 0, "\(run.standardError)")
            #expect(!run.standardError.contains(Self.skipped))
        }
    }

    @Test("Fingerprints change with any byte of a spec, its path, a template or the folder, not the parallelism")
    func fingerprints() throws {
        let templates = try TemplateSet.builtinSources()
        var otherTemplates = templates
        otherTemplates["markdown/readme"]?.text += " "
        func fingerprint(
            _ path: String = "a.yaml", _ text: String = "ab", folder: String = "out", parallelism: Int = 1,
            templates: [String: TemplateSet.TemplateSource] = templates
        ) -> GenerationCache.Fingerprint {
            var output = GeneratorConfig.Output(emitter: "markdown", path: folder)
            output.options.parallelism = parallelism
            return GenerationCache.fingerprint(output: output, specs: [SpecSource(path: path, text: text)], templates: templates)
        }
        let base = fingerprint()
        #expect(base == fingerprint())
        #expect(base == fingerprint(parallelism: 7))
        let others = [
            fingerprint("a.yaml", "ac"), fingerprint("b.yaml", "ab"), fingerprint("a.yam", "lab"), fingerprint(folder: "out2"),
            fingerprint(templates: otherTemplates),
        ]
        #expect(Set(others + [base]).count == 6)
    }
}
