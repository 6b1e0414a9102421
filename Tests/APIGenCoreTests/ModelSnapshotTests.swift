import APIGenCore
import Testing

/// The model of the repository's own specs, as text, against `__Snapshots__/seed-model.txt`.
@Suite("Model snapshot")
struct ModelSnapshotTests {
    @Test("The repository's specs resolve to the recorded model")
    func seedModel() {
        let result = SpecCompiler().compile(SpecFolder.apiSpecs)
        #expect(result.diagnostics.map(\.formatted) == [])
        assertMatchesSnapshot(ModelDump.text(of: result.model), at: "__Snapshots__/seed-model.txt")
    }
}
