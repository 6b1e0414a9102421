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
