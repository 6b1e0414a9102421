import APIGenCore
import Testing

/// Nothing in any input may trap: mangled versions of the seed spec all come back as a
/// model or as well-formed diagnostics.
@Suite("Robustness")
struct RobustnessTests {
    private static let seedPath = "api-specs/compute/vm/update-guest-tools-state.yaml"

    private static var seed: [UInt8] {
        SpecFolder.apiSpecs.first { $0.path == seedPath }?.bytes ?? []
    }

    /// Compiles `bytes` as the seed file, with the rest of api-specs, and checks the result
    /// is either clean or explained by at least one error in the compiler's format.
    private func compileMangled(_ bytes: [UInt8], _ what: String) {
        let others = SpecFolder.apiSpecs.filter { $0.path != Self.seedPath }
        let result = SpecCompiler().compile(others + [SpecSource(path: Self.seedPath, bytes: bytes)])
        for diagnostic in result.diagnostics {
            #expect(diagnostic.location.line >= 1 && diagnostic.location.column >= 1, "\(what): \(diagnostic.formatted)")
            #expect(!diagnostic.message.isEmpty && !diagnostic.message.contains("\n"), "\(what): \(diagnostic.formatted)")
        }
    }

    @Test("The seed spec cut short at many places never traps")
    func truncations() {
        #expect(Self.seed.count > 1_000)
        // Every 7th byte: a spread of cuts inside keys, values, flow collections and quotes.
        for length in stride(from: 0, to: Self.seed.count, by: 7) {
            compileMangled(Array(Self.seed.prefix(length)), "cut at \(length)")
        }
    }

    @Test("The seed spec without any one line, or with any one line doubled, never traps")
    func lineEdits() {
        let lines = Self.seed.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        #expect(lines.count > 40)
        for index in lines.indices {
            var dropped = lines
            dropped.remove(at: index)
            compileMangled(Array(dropped.joined(separator: [UInt8(ascii: "\n")])), "without line \(index + 1)")
            var doubled = lines
            doubled.insert(lines[index], at: index)
            compileMangled(Array(doubled.joined(separator: [UInt8(ascii: "\n")])), "line \(index + 1) doubled")
        }
    }

    @Test("YAML punctuation inserted all over the seed spec never traps", arguments: ["{", "}", "[", ":", "&a ", "*a ", "!", "'", "\"", "<", "\t"])
    func punctuation(inserted: String) {
        let text = String(decoding: Self.seed, as: UTF8.self)
        let characters = Array(text)
        for offset in stride(from: 0, to: characters.count, by: 23) {
            let mangled = String(characters[..<offset]) + inserted + String(characters[offset...])
            compileMangled(Array(mangled.utf8), "'\(inserted)' at \(offset)")
        }
    }
}
