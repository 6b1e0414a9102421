import APIGenCore

import Foundation

/// Diagnostics and summaries go to standard error, as compilers print them.
func printError(_ text: String) {
    FileHandle.standardError.write(Data((text + "\n").utf8))
}

/// "2 errors, 1 warning in 3 files" or "3 files, no problems".
struct DiagnosticSummary {
    var result: SpecCompiler.Result
    var fileCount: Int

    var text: String {
        let files = "\(fileCount) spec file\(fileCount == 1 ? "" : "s")"
        if result.errorCount == 0 && result.warningCount == 0 { return "\(files) checked: no problems" }
        func count(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }
        return "\(files) checked: \(count(result.errorCount, "error")), \(count(result.warningCount, "warning"))"
    }
}
