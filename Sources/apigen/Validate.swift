import APIGenCore
import ArgumentParser

struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check endpoint specs and print every problem as path:line:column: error|warning|note: message.",
        discussion: "Exits 0 when the specs are clean, 1 when there is an error (or a warning with --warnings-as-errors), 2 on a usage error.")

    @Argument(help: "Spec files or folders to read (every *.yaml / *.yml below a folder).")
    var paths: [String] = ["api-specs"]

    @Flag(help: "Treat warnings as errors.")
    var warningsAsErrors = false

    func run() throws {
        let collected = SpecSource.collect(paths)
        if !collected.errors.isEmpty {
            for error in collected.errors { printError("apigen: error: \(error)") }
            throw ExitCode(2)
        }
        let result = SpecCompiler().compile(collected.sources)
        for diagnostic in result.diagnostics { printError(diagnostic.formatted) }
        let summary = DiagnosticSummary(result: result, fileCount: collected.sources.count)
        printError(summary.text)
        if result.hasErrors || (warningsAsErrors && result.warningCount > 0) { throw ExitCode(1) }
    }
}
