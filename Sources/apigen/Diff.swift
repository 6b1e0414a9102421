import APIGenCore
import ArgumentParser
import Foundation

struct Diff: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List what changed between two versions of an API's specs, and whom each change breaks.",
        discussion: """
            apigen diff OLD NEW compares two spec folders (or files). apigen diff --base REF [SPECS] compares SPECS \
            (default: api-specs) in the working tree with the same folder at the git revision REF.

            Each change is judged twice: on the wire (does a client built from the old version still work against a \
            server of the new one?) and in Swift source (does code written against the client generated from the old \
            version still compile and mean the same?). Text output is one path:line:column line per change, at the \
            new spec's position (a removed thing at the old spec's); a change that breaks either is a warning.

            Exits 0; 1 with --fail-on when a change breaks what it names; 2 on a usage error or specs that do not \
            validate.
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, markdown, json
    }

    @Argument(help: "OLD and NEW spec folders or files; with --base, the spec folder (default: api-specs).")
    var paths: [String] = []

    @Option(help: "Compare the specs with the same folder at this git revision (a commit, tag or branch).")
    var base: String?

    @Option(help: "text (compiler-style lines), markdown (release notes) or json.")
    var format: Format = .text

    @Option(name: .customLong("fail-on"), help: "Exit 1 when a change breaks the wire or Swift source; repeatable.")
    var failOn: [APIChange.Gate] = []

    func validate() throws {
        if base == nil && paths.count != 2 {
            throw ValidationError("Give two spec folders, OLD and NEW, or --base REF and at most one folder.")
        }
        if base != nil && paths.count > 1 {
            throw ValidationError("With --base, give at most one spec folder.")
        }
    }

    func run() throws {
        let versions: (old: SpecVersion, new: SpecVersion)
        let revision: GitRevisionSpecs?
        if let base {
            let folder = paths.first ?? "api-specs"
            let extracted: GitRevisionSpecs
            do {
                extracted = try GitRevisionSpecs(folder: folder, revision: base)
            } catch let error as GitRevisionSpecs.Failure {
                printError("apigen: error: \(error.message)")
                throw ExitCode(2)
            }
            revision = extracted
            versions = (SpecVersion(path: extracted.extracted, label: "\(base):\(extracted.relativeFolder)"),
                        SpecVersion(path: folder, label: folder))
        } else {
            revision = nil
            versions = (SpecVersion(path: paths[0], label: paths[0]), SpecVersion(path: paths[1], label: paths[1]))
        }
        defer { revision?.remove() }

        guard let old = compile(versions.old, revision: revision), let new = compile(versions.new, revision: nil) else {
            throw ExitCode(2)
        }
        var changes = APIDiff(old: old, new: new).changes()
        if let revision {
            changes = changes.map { change in
                var change = change
                change.location.file = revision.displayPath(change.location.file)
                return change
            }
        }
        let report = APIChangeReport(changes: changes)
        switch format {
        case .text:
            if !changes.isEmpty { print(report.text) }
        case .markdown:
            let locales = new.settings.locales
            let name = new.settings.title.text(in: locales.first ?? "en", fallbacks: locales) ?? new.settings.name
            print(report.markdown(title: "\(name): changes since \(versions.old.label)"), terminator: "")
        case .json:
            print(try report.json(old: versions.old.label, new: versions.new.label), terminator: "")
        }
        printError("apigen: \(report.summary)")
        if changes.contains(where: { change in failOn.contains { change.breaks($0) } }) { throw ExitCode(1) }
    }

    /// One side of the comparison: where its specs are, and how to name it.
    private struct SpecVersion {
        var path: String
        var label: String
    }

    /// The model of one version, or nil after printing why it cannot be read.
    private func compile(_ version: SpecVersion, revision: GitRevisionSpecs?) -> APIModel? {
        let collected = SpecSource.collect([version.path])
        if !collected.errors.isEmpty {
            for error in collected.errors { printError("apigen: error: \(error)") }
            return nil
        }
        let result = SpecCompiler().compile(collected.sources)
        guard !result.hasErrors else {
            for diagnostic in result.diagnostics where diagnostic.severity == .error {
                var diagnostic = diagnostic
                if let revision { diagnostic.location.file = revision.displayPath(diagnostic.location.file) }
                printError(diagnostic.formatted)
            }
            printError("apigen: error: the specs of \(version.label) do not validate; nothing was compared")
            return nil
        }
        return result.model
    }
}

extension APIChange.Gate: ExpressibleByArgument {}
