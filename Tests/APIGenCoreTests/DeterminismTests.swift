import APIGenCore
import Testing

/// Same input, same output: whatever the order the sources come in, and run after run.
@Suite("Determinism")
struct DeterminismTests {
    /// A few fixed shuffles (seeded, so a failure can be replayed) of `sources`.
    private func orders(of sources: [SpecSource]) -> [[SpecSource]] {
        var generator = SeededGenerator(seed: 0x5eed)
        return [sources, sources.reversed()] + (0..<8).map { _ in sources.shuffled(using: &generator) }
    }

    @Test("The model does not depend on the order of the sources")
    func modelIgnoresSourceOrder() {
        let reference = SpecCompiler().compile(SpecFolder.apiSpecs)
        for order in orders(of: SpecFolder.apiSpecs) {
            let result = SpecCompiler().compile(order)
            #expect(result.model == reference.model)
            #expect(ModelDump.text(of: result.model) == ModelDump.text(of: reference.model))
            #expect(result.diagnostics == reference.diagnostics)
        }
    }

    @Test("Diagnostics are sorted, free of repeats, and the same for every order and run")
    func diagnosticsAreStable() {
        let corpus = MalformedCase.baseSources + SpecFolder.sources(at: MalformedCase.folder, relativeTo: TestPaths.fixtures)
        let reference = SpecCompiler().compile(corpus).diagnostics
        #expect(reference.count > 45)
        #expect(reference == reference.sorted())
        #expect(Set(reference).count == reference.count)
        for order in orders(of: corpus) {
            #expect(SpecCompiler().compile(order).diagnostics == reference)
        }
    }
}

/// SplitMix64: a small random generator with a seed, for shuffles that repeat run to run.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
