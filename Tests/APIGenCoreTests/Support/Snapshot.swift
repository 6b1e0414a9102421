import APIGenCore
import Foundation
import Testing

/// True when the environment asks to (re)write golden files instead of comparing: `APIGEN_RECORD=1`.
let isRecordingSnapshots = ProcessInfo.processInfo.environment["APIGEN_RECORD"] == "1"

/// Compares `actual` with the golden file at `path` (relative to `Tests/APIGenCoreTests`, or
/// absolute) and records a failure with a line diff when they differ, or when the file is
/// missing. With `APIGEN_RECORD=1` it writes `actual` to the file instead.
///
/// Texts are compared with exactly one final newline, which is how the file is written.
func assertMatchesSnapshot(
    _ actual: String, at path: String, sourceLocation: Testing.SourceLocation = #_sourceLocation
) {
    let url = TestPaths.resolve(path, against: TestPaths.testTarget)
    let normalized = withFinalNewline(actual)
    let stored = try? String(contentsOf: url, encoding: .utf8)
    if isRecordingSnapshots {
        guard stored != normalized else { return }
        do {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try normalized.write(to: url, atomically: true, encoding: .utf8)
        } catch {
            Issue.record("could not record the snapshot \(path): \(error)", sourceLocation: sourceLocation)
        }
        return
    }
    guard let stored else {
        Issue.record(
            "no snapshot at \(path); run the tests with APIGEN_RECORD=1 to record it, then review it. Actual:\n\(normalized)",
            sourceLocation: sourceLocation)
        return
    }
    if stored != normalized {
        let diff = UnifiedDiff.make(old: stored, new: normalized, oldName: "expected", newName: "actual", maxLines: 400)
        Issue.record("\(path) does not match (APIGEN_RECORD=1 re-records it):\n\(diff)", sourceLocation: sourceLocation)
    }
}

/// `text` ending in exactly one newline.
private func withFinalNewline(_ text: String) -> String {
    var trimmed = Substring(text)
    while trimmed.hasSuffix("\n") { trimmed = trimmed.dropLast() }
    return String(trimmed) + "\n"
}
