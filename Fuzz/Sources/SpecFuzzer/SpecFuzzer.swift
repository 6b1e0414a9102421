// libFuzzer target for apigen's front end: YAML bytes in, `SpecCompiler().compile` on them, and
// traps (which libFuzzer reports as crashes, with the input saved) when the result breaks an
// invariant of the diagnostic format or of `SpecCompiler.Result`. See ../../README.md.
//
// Input layout: the first byte picks the mode (byte % 2), the rest is the text.
//   mode 0: the text is one spec file, `fuzz/spec.yaml`.
//   mode 1: the text is split at its first line `---8<---` into `fuzz/api.yaml` (before) and
//           `fuzz/spec.yaml` (after); both are compiled together, so cross-file rules run
//           (settings and locales, type merging, duplicate operation ids and routes).
//           Without the separator line the whole text is `fuzz/api.yaml` and the spec is empty.

import APIGenCore

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

private let singlePath = "fuzz/spec.yaml"
private let apiPath = "fuzz/api.yaml"
private let separator = Array("---8<---".utf8)
/// `SPEC_FUZZER_PRINT=1 SpecFuzzer <file>`: print the files and diagnostics of each input run.
private let printsResults = getenv("SPEC_FUZZER_PRINT") != nil
/// `SPEC_FUZZER_SKIP=line-break,...`: invariants not to check, to fuzz on past a known finding.
private let skipped: Set<Invariant> = Set(
    (getenv("SPEC_FUZZER_SKIP").map { String(cString: $0) } ?? "").split(separator: ",").map { name in
        guard let invariant = Invariant(rawValue: String(name.filter { $0 != " " })) else {
            fatalError("SPEC_FUZZER_SKIP: no invariant '\(name)'; known: \(Invariant.allCases.map(\.rawValue))")
        }
        return invariant
    })

/// The invariants checked, by the name SPEC_FUZZER_SKIP uses.
private enum Invariant: String, CaseIterable {
    case position, file, emptyMessage = "empty-message", lineBreak = "line-break", note, sorted, model
}

// SwiftPM links every Swift executable with `--defsym main=<module>_main` (so that tests can
// link the executable's code), and `-parse-as-library` leaves no `SpecFuzzer_main` to point
// at; this one hands control to libFuzzer's driver, as libFuzzer's own `main` would.
@_silgen_name("LLVMFuzzerRunDriver")
private func runFuzzerDriver(
    _ argc: UnsafeMutablePointer<Int32>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32
) -> Int32

@_cdecl("SpecFuzzer_main")
public func specFuzzerMain(
    _ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?
) -> Int32 {
    var argc = argc, argv = argv
    return runFuzzerDriver(&argc, &argv) { data, size in fuzzOneInput(data, size) }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    guard let data, size > 0 else { return 0 }
    let input = UnsafeBufferPointer(start: data, count: size)
    let text = Array(input.dropFirst())
    let sources: [SpecSource]
    if input[0] % 2 == 0 {
        sources = [SpecSource(path: singlePath, bytes: text)]
    } else {
        let (api, spec) = split(text)
        sources = [SpecSource(path: apiPath, bytes: api), SpecSource(path: singlePath, bytes: spec)]
    }
    let result = SpecCompiler().compile(sources)
    if printsResults {
        print("files: \(sources.map { "\($0.path) (\($0.bytes.count) bytes)" }.joined(separator: ", "))")
        print("errors: \(result.errorCount), warnings: \(result.warningCount), endpoints: \(result.model.endpoints.count), types: \(result.model.types.count)")
        for diagnostic in result.diagnostics { print(diagnostic.formatted) }
        fflush(nil)  // before a trap in `check` ends the process
    }
    check(result, sources: sources)
    return 0
}

/// The bytes before the first line that is exactly `---8<---` (a `\r` before its `\n` allowed),
/// and the bytes after that line.
private func split(_ text: [UInt8]) -> (api: [UInt8], spec: [UInt8]) {
    var lineStart = 0
    while lineStart <= text.count {
        var lineEnd = lineStart
        while lineEnd < text.count, text[lineEnd] != UInt8(ascii: "\n") { lineEnd += 1 }
        var contentEnd = lineEnd
        if contentEnd > lineStart, text[contentEnd - 1] == UInt8(ascii: "\r") { contentEnd -= 1 }
        if text[lineStart..<contentEnd].elementsEqual(separator) {
            return (Array(text[..<lineStart]), Array(text[min(lineEnd + 1, text.count)...]))
        }
        lineStart = lineEnd + 1
    }
    return (text, [])
}

// MARK: - Invariants

private func check(_ result: SpecCompiler.Result, sources: [SpecSource]) {
    let paths = Set(sources.map(\.path))
    for diagnostic in result.diagnostics {
        checkWellFormed(diagnostic, paths: paths, in: diagnostic)
        for note in diagnostic.notes {
            checkWellFormed(note, paths: paths, in: diagnostic)
            guard skipped.contains(.note) || (note.severity == .note && note.notes.isEmpty) else {
                violation("a note attached to a diagnostic is not a plain note", diagnostic)
            }
        }
    }
    // `Result.diagnostics` is documented as sorted by file and position, without repeats.
    for (earlier, later) in zip(result.diagnostics, result.diagnostics.dropFirst()) where !skipped.contains(.sorted) {
        if later < earlier { violation("diagnostics are not sorted", later, context: earlier) }
        if later == earlier { violation("a diagnostic is repeated", later) }
    }
    if !result.hasErrors, !skipped.contains(.model) { checkModel(result.model, paths: paths, diagnostics: result.diagnostics) }
}

/// One line of `path:line:column: severity: message`, pointing into one of the inputs.
private func checkWellFormed(_ diagnostic: Diagnostic, paths: Set<String>, in parent: Diagnostic) {
    let location = diagnostic.location
    if location.line < 1 || location.column < 1, !skipped.contains(.position) {
        violation("diagnostic without a position (line and column must be >= 1)", parent)
    }
    if !paths.contains(location.file), !skipped.contains(.file) {
        violation("diagnostic in a file that is not an input ('\(location.file)')", parent)
    }
    if diagnostic.message.unicodeScalars.allSatisfy({ $0.properties.isWhitespace }), !skipped.contains(.emptyMessage) {
        violation("diagnostic with an empty message", parent)
    }
    // By scalar, not by Character: "\r\n" is one Character and `contains("\n")` misses it.
    if diagnostic.message.unicodeScalars.contains(where: { $0 == "\n" || $0 == "\r" }), !skipped.contains(.lineBreak) {
        violation("diagnostic message with a line break", parent)
    }
}

/// A result without errors must carry a model emitters can use.
private func checkModel(_ model: APIModel, paths: Set<String>, diagnostics: [Diagnostic]) {
    let context = diagnostics.map(\.formatted).joined(separator: "\n")
    func fail(_ what: String) -> Never {
        fatalError("fuzz invariant violated: no errors, but \(what)\ndiagnostics:\n\(context)")
    }
    if model.settings.name.isEmpty { fail("the API name is empty") }
    if model.settings.locales.isEmpty { fail("the model has no locales") }
    var ids: Set<String> = []
    for endpoint in model.endpoints {
        if endpoint.operationID.isEmpty { fail("an endpoint has no operation id") }
        if !ids.insert(endpoint.operationID).inserted { fail("operation id '\(endpoint.operationID)' is in the model twice") }
        if !endpoint.path.hasPrefix("/") { fail("endpoint '\(endpoint.operationID)' has path '\(endpoint.path)'") }
        if !paths.contains(endpoint.file) { fail("endpoint '\(endpoint.operationID)' comes from '\(endpoint.file)'") }
    }
    var names: Set<String> = []
    for type in model.types {
        if type.name.isEmpty { fail("a type has no name") }
        if !names.insert(type.name).inserted { fail("type '\(type.name)' is in the model twice") }
        if model.type(named: type.name) == nil { fail("type '\(type.name)' cannot be looked up by name") }
    }
}

private func violation(_ what: String, _ diagnostic: Diagnostic, context: Diagnostic? = nil) -> Never {
    var text = "fuzz invariant violated: \(what)\n\(describe(diagnostic))"
    if let context { text += "\nafter:\n\(describe(context))" }
    fatalError(text)
}

/// The diagnostic as the CLI prints it, plus its raw fields (the message escaped, so that a
/// line break in it shows).
private func describe(_ diagnostic: Diagnostic) -> String {
    let all = [diagnostic] + diagnostic.notes
    return all.map { d in
        "  \(d.location.file):\(d.location.line):\(d.location.column): \(d.severity.rawValue): \(d.message.debugDescription)"
    }.joined(separator: "\n")
}
