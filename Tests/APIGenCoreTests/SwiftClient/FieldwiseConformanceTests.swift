@testable import APIGenCore
import Foundation
import Testing

/// Every generated record type (a final class of constant fields: requests, replies, named and generic types) writes
/// `==` (and, when `Hashable`, `hash(into:)`) out over its fields through the runtime's `Fieldwise`, under a name of
/// its own: a class has no synthesized ones, and an `==` operator declared in a type would join the overloads that
/// every `==` expression of the module and of its importers is checked against (declaring them that way made the
/// whole ZStack client build 1.5 times slower, not faster).
@Suite("Generated equality and hashing")
struct FieldwiseConformanceTests {
    @Test("Over the whole ZStack API, every model is a final class that writes its own ==, and none declares an == operator")
    func wholeAPI() throws {
        let folder = TestPaths.packageRoot.appendingPathComponent("Examples/ZStackSDK/api-specs")
        let result = SpecCompiler().compile(SpecFolder.sources(at: folder, relativeTo: TestPaths.packageRoot))
        try #require(!result.hasErrors)
        let files = try SwiftClientEmitter(options: EmitterOptions(moduleName: "ZStackSDK")).emit(
            result.model, templates: try TemplateSet.builtin())
        var classes = 0
        for file in files where file.path.hasSuffix(".swift") {
            guard file.path.hasPrefix("Types/") || file.path.hasPrefix("Endpoints/") else { continue }
            #expect(!file.contents.contains("func =="), "\(file.path) declares an == operator")
            let lines = file.contents.split(separator: "\n", omittingEmptySubsequences: false)
            for (index, line) in lines.enumerated() where line.hasSuffix("{") {
                let conformances = line.split(separator: ":").dropFirst().joined(separator: ":")
                guard conformances.contains("Equatable") || conformances.contains("Hashable") else { continue }
                // Only enumerations (raw-value cases) stay value types; a struct with fields would be a record.
                #expect(!line.contains(" struct "), "\(file.path):\(index + 1) is a struct")
                guard line.contains(" final class ") else { continue }
                let body = Self.body(of: lines, from: index)
                classes += 1
                #expect(body.contains { $0.hasSuffix("@_implements(Equatable,==(_:_:))") }, "\(file.path):\(index + 1)")
                #expect(body.contains { $0.contains("static func fieldsAreEqual(") }, "\(file.path):\(index + 1)")
                if conformances.contains("Hashable") {
                    #expect(body.contains { $0.hasSuffix("func hash(into hasher: inout Hasher) {") }, "\(file.path):\(index + 1)")
                }
            }
        }
        // Requests, replies, named types and generic replies (737 today): a change of the layout cannot pass by
        // finding none.
        #expect(classes > 700)
    }

    /// The lines of the declaration that opens at `start`, up to its closing brace at the same indentation.
    static func body(of lines: [Substring], from start: Int) -> [Substring] {
        let indentation = lines[start].prefix { $0 == " " }
        var end = start + 1
        while end < lines.count, lines[end] != indentation + "}" { end += 1 }
        return Array(lines[start..<min(end, lines.count)])
    }
}
