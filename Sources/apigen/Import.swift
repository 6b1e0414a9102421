import APIGenCore
import ArgumentParser
import Foundation

struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write apigen specs from another description of an API.",
        subcommands: [ImportZStackDoc.self])
}

struct ImportZStackDoc: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "zstack-doc",
        abstract: "Write specs from ZStack's REST documentation, the *Doc_zh_cn.groovy files of a zstackio/zstack checkout.",
        discussion: """
            Writes one spec per URL of each API page (folders by Java package below org.zstack), one file per \
            documented class or enum under types/, and api.yaml with ZStack's REST conventions. What cannot be \
            mapped is a warning at its file:line:column. The output folder is apigen's: files it wrote before and \
            no longer writes are removed, files it does not know are left alone. Nothing is written when a \
            documentation file does not read. Exits 0 on success, 1 on an error (or a warning with \
            --warnings-as-errors), 2 on a usage error.
            """)

    @Argument(help: "The root of a checkout of github.com/zstackio/zstack.")
    var checkout: String

    @Option(name: .shortAndLong, help: "The specs folder to write.")
    var output: String

    @Option(help: "apigen's JSON Schema (schema/apigen-spec.schema.json); each file then names it for editors.")
    var schema: String?

    @Flag(help: "Write nothing; fail, with a diff, when the output folder is not what an import writes.")
    var check = false

    @Flag(help: "Treat warnings as errors.")
    var warningsAsErrors = false

    func run() throws {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: checkout, isDirectory: &isFolder), isFolder.boolValue else {
            printError("apigen: error: '\(checkout)' is not a folder")
            throw ExitCode(2)
        }
        let result = ZStackDocImport.run(checkout: checkout, displayPath: checkout, schema: schema.map { relativePath(of: $0, from: output) })
        for diagnostic in result.diagnostics { printError(diagnostic.formatted) }
        let failed = result.diagnostics.contains { $0.severity == .error }
        if failed || (warningsAsErrors && result.diagnostics.contains { $0.severity == .warning }) {
            printError("apigen: nothing was written")
            throw ExitCode(1)
        }
        let files = result.files.map { GeneratedFile(path: $0.path, contents: $0.text) }
        let plan: OutputPlan
        do {
            plan = try OutputPlan.make(folder: output, files: files)
        } catch {
            printError("apigen: error: \(error)")
            throw ExitCode(1)
        }
        if check {
            for entry in plan.changes {
                print("\(entry.action.rawValue): \(output)/\(entry.path)")
                print(UnifiedDiff.make(old: entry.current ?? "", new: entry.contents ?? "", oldName: "a/\(entry.path)", newName: "b/\(entry.path)"))
            }
            printError("apigen: \(result.summary.text)")
            guard plan.changes.isEmpty else {
                printError("apigen: \(plan.changes.count) imported file\(plan.changes.count == 1 ? " is" : "s are") not current; run 'apigen import zstack-doc'")
                throw ExitCode(1)
            }
            printError("apigen: the imported specs are current")
            return
        }
        do {
            try OutputWriter.apply(plan)
        } catch {
            printError("apigen: error: \(error)")
            throw ExitCode(1)
        }
        printError("apigen: \(result.summary.text); \(plan.changes.count) files changed in \(output)")
    }

    /// `path` as seen from the folder `folder` (both relative to the working directory or absolute).
    private func relativePath(of path: String, from folder: String) -> String {
        let base = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        let target = URL(fileURLWithPath: path, relativeTo: base).standardizedFileURL.pathComponents
        let origin = URL(fileURLWithPath: folder, relativeTo: base).standardizedFileURL.pathComponents
        let shared = zip(target, origin).prefix { $0 == $1 }.count
        return (Array(repeating: "..", count: origin.count - shared) + target[shared...]).joined(separator: "/")
    }
}
